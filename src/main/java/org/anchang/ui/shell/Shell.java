package org.anchang.ui.shell;

import java.text.MessageFormat;
import java.util.LinkedHashMap;
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

    /** {@code manager}: settings are the manager's (the other screens are open to every desk role). */
    public Shell(ResourceBundle m, Parent board, String status, boolean manager) {
        this.m = m;
        Map<String, Node> screens = new LinkedHashMap<>();
        screens.put("nav.board", board);
        screens.put("nav.register", later("nav.register", "#3 (登记)"));
        screens.put("nav.customers", later("nav.customers", "#3 (客户)"));
        screens.put("nav.disputes", later("nav.disputes", "#5 (判客)"));
        screens.put("nav.export", later("nav.export", "#6 (导出)"));
        screens.put("nav.settings", later("nav.settings", "#4 (设置)"));
        VBox nav = new VBox(6);
        nav.setPadding(new Insets(16, 8, 16, 8));
        nav.setStyle("-fx-background-color: #263238;");
        ToggleGroup group = new ToggleGroup();
        screens.forEach((key, node) -> {
            ToggleButton b = new ToggleButton(m.getString(key));
            b.setId(key.replace('.', '-'));
            b.setToggleGroup(group);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setFocusTraversable(false);
            b.setStyle("-fx-font-size: 22px; -fx-padding: 12 20; -fx-base: #37474f; -fx-text-fill: white;");
            b.setOnAction(e -> {
                b.setSelected(true);
                root.setCenter(node);
            });
            nav.getChildren().add(b);
            b.setDisable(key.equals("nav.settings") && !manager);
            if (key.equals("nav.board")) {
                b.setSelected(true);
            }
        });
        Label bar = new Label(status);
        bar.setId("status-bar");
        bar.setStyle("-fx-font-size: 16px; -fx-text-fill: #eceff1;");
        HBox statusBar = new HBox(bar);
        statusBar.setPadding(new Insets(6, 16, 6, 16));
        statusBar.setStyle("-fx-background-color: #37474f;");
        root.setLeft(nav);
        root.setCenter(board);
        root.setBottom(statusBar);
        root.setStyle("-fx-font-family: 'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', sans-serif;");
    }

    private Node later(String key, String issue) {
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
