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
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.Parent;
import org.anchang.office.BackupRoutine;
import org.anchang.office.BoardDesk;
import org.anchang.office.Office;
import org.anchang.office.SignIn;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.PasswordField;
import org.anchang.ui.board.BoardView;
import org.anchang.ui.board.BoardViewModel;
import org.anchang.office.OfficeException;
import org.anchang.office.SampleLoader;

/**
 * The desk application: the shell with the day's reception board when the data directory holds an office
 * ({@code -Danchang.day=2026-11-28} picks another day); on first start it offers the sample office
 * (loaded off the JavaFX thread) and then opens its board.
 */
public final class DeskApp extends Application {

    private final ResourceBundle m = messages();
    private final Label status = new Label();
    private final ProgressIndicator busy = new ProgressIndicator();
    private Stage stage;
    private Office office;
    private BackupRoutine backups;

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
        this.stage = stage;
        if (Files.exists(dir.resolve("office.mv.db"))) {
            status.setText(m.getString("firststart.opening"));
            openBoard(dir);
        } else {
            status.setText(m.getString("firststart.none"));
            Button sample = new Button(m.getString("firststart.sample"));
            sample.setStyle("-fx-font-size: 20px;");
            sample.setDefaultButton(true);
            sample.setOnAction(e -> {
                sample.setDisable(true);
                status.setText(m.getString("firststart.loading"));
                run(() -> loadSample(dir), () -> openBoard(dir));
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
    private void run(java.util.concurrent.Callable<String> work, Runnable then) {
        Task<String> task = new Task<>() {
            @Override
            protected String call() throws Exception {
                return work.call();
            }
        };
        busy.visibleProperty().bind(task.runningProperty());
        task.setOnSucceeded(e -> {
            status.setText(task.getValue());
            then.run();
        });
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

    /** Opens the office off the JavaFX thread, then puts the day's board in the shell. */
    private void openBoard(Path dir) {
        TaskRunner runner = new FxTaskRunner();
        runner.run(() -> {
            Office o = Office.openDirectory(dir);
            backups = BackupRoutine.start(o, dir);
            return o;
        }, o -> {
            office = o;
            signIn(o, dir, "");
        }, t -> status.setText(MessageFormat.format(m.getString("firststart.failed"),
                t instanceof OfficeException ? t.getMessage() : t.getClass().getSimpleName() + ": " + t.getMessage())));
    }

    /** Asks who is at the desk and their password; a person without one chooses it now. Cancel quits. */
    private void signIn(Office o, Path dir, String problem) {
        SignIn signIn = new SignIn(o);
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(stage);
        d.setTitle(m.getString("signin.title"));
        d.setHeaderText(m.getString("signin.title"));
        ComboBox<SignIn.Person> who = new ComboBox<>();
        who.getItems().setAll(signIn.people());
        javafx.util.StringConverter<SignIn.Person> text = new javafx.util.StringConverter<>() {
            @Override
            public String toString(SignIn.Person p) {
                return p == null ? "" : p.name() + "(" + m.getString("role." + p.role()) + ")";
            }

            @Override
            public SignIn.Person fromString(String s) {
                return null;
            }
        };
        who.setConverter(text);
        String wanted = System.getProperty("anchang.user", "");
        who.getItems().stream().filter(p -> p.id().equals(wanted)).findFirst().ifPresentOrElse(who::setValue,
                () -> who.getSelectionModel().selectFirst());
        PasswordField password = new PasswordField();
        Label hint = new Label();
        hint.setWrapText(true);
        Runnable explain = () -> hint.setText(who.getValue() != null && !signIn.hasPassword(who.getValue().id())
                ? m.getString("signin.first") : "");
        who.valueProperty().addListener((ob, a, b) -> explain.run());
        explain.run();
        Label error = new Label(problem);
        error.setStyle("-fx-text-fill: #c62828; -fx-font-weight: bold;");
        javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane();
        grid.setHgap(12);
        grid.setVgap(12);
        grid.addRow(0, new Label(m.getString("signin.user")), who);
        grid.addRow(1, new Label(m.getString("signin.password")), password);
        grid.add(hint, 0, 2, 2, 1);
        grid.add(error, 0, 3, 2, 1);
        d.getDialogPane().setContent(grid);
        d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        ((Button) d.getDialogPane().lookupButton(ButtonType.OK)).setText(m.getString("signin.ok"));
        ((Button) d.getDialogPane().lookupButton(ButtonType.CANCEL)).setText(m.getString("signin.cancel"));
        d.getDialogPane().setStyle("-fx-font-size: 22px; -fx-font-family: 'Microsoft YaHei', 'PingFang SC', "
                + "'Noto Sans CJK SC', 'WenQuanYi Micro Hei', sans-serif;");
        javafx.application.Platform.runLater(password::requestFocus);
        Optional<ButtonType> answer = d.showAndWait();
        if (answer.isEmpty() || answer.get() != ButtonType.OK || who.getValue() == null) {
            javafx.application.Platform.exit();
            return;
        }
        String id = who.getValue().id();
        char[] secret = password.getText().toCharArray();
        new FxTaskRunner().run(() -> signIn.signIn(id, secret), p -> showBoard(o, dir, p),
                t -> signIn(o, dir, t instanceof OfficeException ? t.getMessage() : t.getClass().getSimpleName()));
    }

    private void showBoard(Office o, Path dir, SignIn.Person person) {
        LocalDate day = Optional.ofNullable(System.getProperty("anchang.day")).map(LocalDate::parse)
                .orElse(o.now().toLocalDate());
        Desk desk = new Desk(o, person, day, stage, m, new FxTaskRunner(), new FxDialogs(stage, m));
        String userName = person.name() + "(" + m.getString("role." + person.role()) + ")";
        String line = MessageFormat.format(m.getString("status.line"), new BoardDesk(o).project().orElse("—"), day.toString(),
                userName, dir.resolve("office.mv.db"));
        stage.setScene(new Scene(new Shell(m, screens(desk), line).root(), 1920, 1080));
        stage.setTitle(m.getString("app.title") + " · " + m.getString("board.title") + " · " + day);
        // Fill the screen even without a window manager (kiosk PCs, Xvfb), where maximise does nothing.
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        stage.setX(screen.getMinX());
        stage.setY(screen.getMinY());
        stage.setWidth(screen.getWidth());
        stage.setHeight(screen.getHeight());
        stage.setMaximized(true);
    }

    /** The navigation, in order; each screen's package builds its own view from the {@link Desk}. */
    static List<Screen> screens(Desk desk) {
        ResourceBundle m = desk.messages();
        return List.of(
                new Screen("nav.board", () -> BoardView.screen(desk), true),
                new Screen("nav.register", () -> Shell.later(m, "nav.register", "#5 (登记)"), true),
                new Screen("nav.customers", () -> Shell.later(m, "nav.customers", "#5 (客户)"), true),
                new Screen("nav.disputes", () -> org.anchang.ui.disputes.DisputesView.screen(desk), desk.is("manager")),
                new Screen("nav.export", () -> Shell.later(m, "nav.export", "#7 (导出)"), true),
                new Screen("nav.settings", () -> Shell.later(m, "nav.settings", "#4 (设置)"), desk.is("manager")));
    }

    @Override
    public void stop() {
        if (backups != null) {
            backups.close();
        }
        if (office != null) {
            office.close();
        }
    }
}
