package org.anchang.ui.shell;

import java.util.Locale;
import java.util.ResourceBundle;
import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import javafx.stage.Stage;

/** The desk application. A placeholder window until the board issue builds the shell. */
public final class DeskApp extends Application {

    public static void launchDesk(String[] args) {
        Application.launch(DeskApp.class, args);
    }

    /** Chinese first, whatever the machine's locale; English only when asked for with {@code -Danchang.lang=en}. */
    static ResourceBundle messages() {
        Locale l = "en".equals(System.getProperty("anchang.lang")) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        return ResourceBundle.getBundle("org.anchang.ui.messages", l);
    }

    @Override
    public void start(Stage stage) {
        ResourceBundle m = messages();
        Label title = new Label(m.getString("placeholder.headline"));
        title.setStyle("-fx-font-size: 44px; -fx-font-weight: bold;");
        Label sub = new Label(m.getString("placeholder.subtitle"));
        sub.setStyle("-fx-font-size: 24px;");
        Label body = new Label(m.getString("placeholder.body"));
        body.setStyle("-fx-font-size: 18px; -fx-text-fill: #555;");
        body.setTextAlignment(TextAlignment.CENTER);
        VBox box = new VBox(20, title, sub, body);
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(48));
        box.setStyle("-fx-font-family: 'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', sans-serif;");
        stage.setTitle(m.getString("app.title"));
        stage.setScene(new Scene(box, 960, 540));
        stage.show();
    }
}
