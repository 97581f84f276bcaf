package org.anchang.ui.shell;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The main window's frame: a left navigation (看板 first; the screens of later issues say which issue
 * brings them) and a status bar with project, date, user and database.
 */
public final class Shell {

    private final BorderPane root = new BorderPane();
    private final ResourceBundle m;

    /**
     * {@code screens} in navigation order; the first is shown at once, the others are built when first
     * opened. A screen the role may not open is shown greyed out.
     */
    public Shell(ResourceBundle m, List<Screen> screens, String status) {
        this.m = m;
        VBox nav = new VBox(6);
        nav.setPadding(new Insets(16, 8, 16, 8));
        nav.setStyle("-fx-background-color: #263238;");
        ToggleGroup group = new ToggleGroup();
        Map<String, Node> built = new HashMap<>();
        for (Screen screen : screens) {
            String key = screen.navKey();
            ToggleButton b = new ToggleButton(m.getString(key));
            b.setId(key.replace('.', '-'));
            b.setToggleGroup(group);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setFocusTraversable(false);
            b.setStyle("-fx-font-size: 22px; -fx-padding: 12 20; -fx-base: #37474f; -fx-text-fill: white;");
            b.setOnAction(e -> {
                b.setSelected(true);
                root.setCenter(built.computeIfAbsent(key, k -> screen.view().get()));
            });
            b.setDisable(!screen.allowed());
            nav.getChildren().add(b);
        }
        Label bar = new Label(status);
        bar.setId("status-bar");
        bar.setStyle("-fx-font-size: 16px; -fx-text-fill: #eceff1;");
        HBox statusBar = new HBox(bar);
        statusBar.setPadding(new Insets(6, 16, 6, 16));
        statusBar.setStyle("-fx-background-color: #37474f;");
        root.setLeft(nav);
        root.setBottom(statusBar);
        root.setStyle("-fx-font-family: " + Theme.FONTS + ";");
        Theme.apply(root);
        if (!screens.isEmpty()) {
            ((ToggleButton) nav.getChildren().get(0)).setSelected(true);
            root.setCenter(built.computeIfAbsent(screens.get(0).navKey(), k -> screens.get(0).view().get()));
        }
    }

    /** A placeholder for a screen whose issue has not landed yet. */
    public static Parent later(ResourceBundle m, String key, String issue) {
        Label l = new Label(MessageFormat.format(m.getString("nav.later"), m.getString(key), issue));
        l.setStyle("-fx-font-size: 28px; -fx-text-fill: #555;");
        VBox box = new VBox(l);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    public Parent root() {
        return root;
    }
}
