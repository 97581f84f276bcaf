package org.anchang.ui.shell;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.event.Event;
import javafx.event.EventType;
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

    /**
     * Fired (bubbling up from a screen) when a screen changed the office's setup — the roster, the regime, the
     * project: the other screens are built afresh the next time they are shown, so the board shows the new order.
     */
    public static final EventType<Event> OFFICE_CHANGED = new EventType<>(Event.ANY, "ANCHANG_OFFICE_CHANGED");

    private final BorderPane root = new BorderPane();
    private final ResourceBundle m;
    private final Label bar = new Label();
    private final HBox statusBar = new HBox(16);
    private String current;

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
                current = key;
                root.setCenter(built.computeIfAbsent(key, k -> screen.view().get()));
            });
            b.setDisable(!screen.allowed());
            nav.getChildren().add(b);
        }
        bar.setText(status);
        bar.setId("status-bar");
        bar.setStyle("-fx-font-size: 16px; -fx-text-fill: #eceff1;");
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, javafx.scene.layout.Priority.ALWAYS);
        statusBar.getChildren().add(bar);
        statusBar.setAlignment(Pos.CENTER_LEFT);
        statusBar.setPadding(new Insets(6, 16, 6, 16));
        statusBar.setStyle("-fx-background-color: #37474f;");
        root.setLeft(nav);
        root.setBottom(statusBar);
        root.setStyle("-fx-font-family: " + Theme.FONTS + ";");
        Theme.apply(root);
        root.addEventHandler(OFFICE_CHANGED, e -> built.keySet().removeIf(k -> !k.equals(current)));
        if (!screens.isEmpty()) {
            ((ToggleButton) nav.getChildren().get(0)).setSelected(true);
            current = screens.get(0).navKey();
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

    /** Replaces the status line (project, date, user, database). */
    public void status(String text) {
        bar.setText(text);
    }

    /** Adds a control at the right end of the status bar (关于/诊断). */
    public void addStatusItem(Node item) {
        statusBar.getChildren().add(item);
    }

    public Parent root() {
        return root;
    }
}
