package org.anchang.ui.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.application.Application;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import javafx.stage.Stage;
import org.anchang.office.Office;
import org.anchang.office.OfficeException;
import org.anchang.office.SampleLoader;

/**
 * The desk application. Until the board issue builds the shell this window shows the office in the data
 * directory, or, on first start, offers to load the sample office (off the JavaFX thread).
 */
public final class DeskApp extends Application {

    private final ResourceBundle m = messages();
    private final Label status = new Label();
    private final ProgressIndicator busy = new ProgressIndicator();

    public static void launchDesk(String[] args) {
        Application.launch(DeskApp.class, args);
    }

    /** Chinese first, whatever the machine's locale; English only when asked for with {@code -Danchang.lang=en}. */
    static ResourceBundle messages() {
        Locale l = "en".equals(System.getProperty("anchang.lang")) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        return ResourceBundle.getBundle("org.anchang.ui.messages", l);
    }

    static Path dataDirectory() {
        String d = System.getProperty("anchang.data");
        return d != null ? Path.of(d) : Office.defaultDirectory();
    }

    @Override
    public void start(Stage stage) {
        Label title = new Label(m.getString("placeholder.headline"));
        title.setStyle("-fx-font-size: 44px; -fx-font-weight: bold;");
        Label sub = new Label(m.getString("placeholder.subtitle"));
        sub.setStyle("-fx-font-size: 24px;");
        Label body = new Label(m.getString("placeholder.body"));
        body.setStyle("-fx-font-size: 18px; -fx-text-fill: #555;");
        body.setTextAlignment(TextAlignment.CENTER);
        status.setStyle("-fx-font-size: 20px;");
        status.setWrapText(true);
        status.setTextAlignment(TextAlignment.CENTER);
        busy.setVisible(false);
        Label where = new Label(MessageFormat.format(m.getString("firststart.where"), dataDirectory()));
        where.setStyle("-fx-font-size: 14px; -fx-text-fill: #777;");
        VBox box = new VBox(20, title, sub, body, status, busy, where);
        Path dir = dataDirectory();
        if (Files.exists(dir.resolve("office.mv.db"))) {
            run(() -> describe(dir));
        } else {
            status.setText(m.getString("firststart.none"));
            Button sample = new Button(m.getString("firststart.sample"));
            sample.setStyle("-fx-font-size: 20px;");
            sample.setDefaultButton(true);
            sample.setOnAction(e -> {
                sample.setDisable(true);
                status.setText(m.getString("firststart.loading"));
                run(() -> loadSample(dir));
            });
            box.getChildren().add(4, sample);
        }
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(48));
        box.setStyle("-fx-font-family: 'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', sans-serif;");
        stage.setTitle(m.getString("app.title"));
        stage.setScene(new Scene(box, 1024, 640));
        stage.show();
    }

    /** Runs {@code work} off the JavaFX thread; its answer or a Chinese message (never a stack trace) lands in the status line. */
    private void run(java.util.concurrent.Callable<String> work) {
        Task<String> task = new Task<>() {
            @Override
            protected String call() throws Exception {
                return work.call();
            }
        };
        busy.visibleProperty().bind(task.runningProperty());
        task.setOnSucceeded(e -> status.setText(task.getValue()));
        task.setOnFailed(e -> {
            Throwable t = task.getException();
            String why = t instanceof OfficeException ? t.getMessage() : t.getClass().getSimpleName() + ": " + t.getMessage();
            status.setText(MessageFormat.format(m.getString("firststart.failed"), why));
        });
        Thread t = new Thread(task, "anchang-first-start");
        t.setDaemon(true);
        t.start();
    }

    private String loadSample(Path dir) throws Exception {
        try (Office office = Office.openDirectory(dir)) {
            SampleLoader.Loaded l = SampleLoader.load(office, SampleLoader.bundled());
            return MessageFormat.format(m.getString("firststart.loaded"), l.project(), l.people(), l.rosterDays(), l.entries());
        }
    }

    private String describe(Path dir) {
        try (Office office = Office.openDirectory(dir); var backups = org.anchang.office.BackupRoutine.start(office, dir)) {
            Office.Summary s = office.summary();
            return MessageFormat.format(m.getString("firststart.office"), s.project(), s.people(), s.entries(), s.customers());
        }
    }
}
