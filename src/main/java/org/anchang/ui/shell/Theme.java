package org.anchang.ui.shell;

import javafx.scene.Parent;
import javafx.scene.control.DialogPane;

/**
 * Light (Modena) or dark ({@code -Danchang.theme=dark}) for the whole desk: the shell's root and every
 * dialog get the same stylesheet and the same large CJK font, so a dialog never shows light on a dark desk.
 */
public final class Theme {

    /** The font list every screen uses: Windows, macOS, then the Linux CJK fonts. */
    public static final String FONTS = "'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', sans-serif";

    private Theme() {
    }

    public static boolean dark() {
        return "dark".equals(System.getProperty("anchang.theme"));
    }

    /** Adds the dark stylesheet to {@code root} when the desk is dark. */
    public static void apply(Parent root) {
        if (dark()) {
            root.getStylesheets().add(Theme.class.getResource("dark.css").toExternalForm());
        }
    }

    /** A dialog in the desk's theme, in type readable at arm's length ({@code px}). */
    public static void style(DialogPane pane, int px) {
        pane.setStyle("-fx-font-size: " + px + "px; -fx-font-family: " + FONTS + ";");
        apply(pane);
    }
}
