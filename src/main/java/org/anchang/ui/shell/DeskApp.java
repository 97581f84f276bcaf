package org.anchang.ui.shell;

import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** The desk application. A placeholder window until the board issue builds the shell. */
public final class DeskApp extends Application {

    public static void launchDesk(String[] args) {
        Application.launch(DeskApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Label title = new Label("案场 anchang");
        title.setStyle("-fx-font-size: 40px; -fx-font-weight: bold;");
        Label sub = new Label("客户归属 · 轮序接待 · 判客\n看板与登记界面即将上线;判客引擎请用命令行: java -jar anchang.jar judge 档案.json");
        sub.setStyle("-fx-font-size: 18px;");
        VBox box = new VBox(24, title, sub);
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(48));
        box.setStyle("-fx-font-family: 'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', sans-serif;");
        stage.setTitle("案场 anchang");
        stage.setScene(new Scene(box, 960, 540));
        stage.show();
    }
}
