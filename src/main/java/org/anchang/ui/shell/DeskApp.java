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
import javafx.application.Platform;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import org.anchang.office.NewOffice;
import org.anchang.office.Staff;
import org.anchang.ui.about.AboutView;
import org.anchang.ui.about.AboutViewModel;
import org.anchang.ui.firststart.FirstStartView;
import org.anchang.ui.firststart.NewOfficeView;
import org.anchang.ui.firststart.NewOfficeViewModel;
import org.anchang.ui.signin.SignInView;
import org.anchang.ui.signin.SignInViewModel;

/**
 * The desk application. The first window comes up at once with a splash; only then is the office database opened,
 * off the JavaFX thread (issue 8 measures launch to first window). A data directory without an office offers the
 * sample office or a new one (the wizard); an office asks who signs in; then the shell opens on the day's board
 * ({@code -Danchang.day=2026-11-28} picks another day). F12 or the status bar opens 关于/诊断.
 */
public final class DeskApp extends Application {

    private final ResourceBundle m = messages();
    private final Label status = new Label();
    private final ProgressIndicator busy = new ProgressIndicator();
    private final TaskRunner runner = new FxTaskRunner();
    private Stage stage;
    private Path dir;
    private volatile Office office;
    private volatile BackupRoutine backups;

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
        this.stage = stage;
        this.dir = dataDirectory();
        stage.setTitle(m.getString("app.title"));
        stage.setScene(new Scene(splash(), 1024, 720));
        stage.show();
        // The frame is up; the database is touched only from here on, and off the JavaFX thread.
        Platform.runLater(() -> {
            if (Files.exists(dir.resolve("office.mv.db"))) {
                open();
            } else {
                firstStart();
            }
        });
    }

    /** The first frame: plain controls only, so that it shows before anything heavy is loaded. */
    private Parent splash() {
        Label title = new Label(m.getString("placeholder.headline"));
        title.setStyle("-fx-font-size: 44px; -fx-font-weight: bold;");
        Label sub = new Label(m.getString("placeholder.subtitle"));
        sub.setStyle("-fx-font-size: 24px;");
        status.setStyle("-fx-font-size: 20px;");
        status.setWrapText(true);
        status.setTextAlignment(TextAlignment.CENTER);
        status.setText(m.getString("firststart.opening"));
        Label where = new Label(MessageFormat.format(m.getString("firststart.where"), dir));
        where.setStyle("-fx-font-size: 14px; -fx-text-fill: #777;");
        VBox box = new VBox(20, title, sub, status, busy, where);
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(48));
        box.setStyle("-fx-font-family: 'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', sans-serif;");
        return box;
    }

    private void show(Parent root) {
        stage.getScene().setRoot(root);
    }

    private String why(Throwable t) {
        return MessageFormat.format(m.getString("firststart.failed"),
                t instanceof OfficeException ? t.getMessage() : t.getClass().getSimpleName() + ": " + t.getMessage());
    }

    /** The working day: {@code -Danchang.day}, else today on the office clock. */
    private LocalDate day() {
        return Optional.ofNullable(System.getProperty("anchang.day")).map(LocalDate::parse)
                .orElseGet(() -> office != null ? office.now().toLocalDate() : LocalDate.now(Office.ZONE));
    }

    /** Opens the office of the data directory (called off the JavaFX thread); the same one on a second call. */
    private synchronized Office office() {
        if (office == null) {
            office = Office.openDirectory(dir);
        }
        return office;
    }

    private void open() {
        runner.run(() -> new Staff(office()).people().isEmpty(), empty -> {
            if (empty) {
                firstStart();
            } else {
                signIn();
            }
        }, t -> {
            busy.setVisible(false);
            status.setText(why(t));
        });
    }

    /** No office yet: the sample, or a new office through the wizard. */
    private void firstStart() {
        FirstStartView[] view = new FirstStartView[1];
        view[0] = new FirstStartView(m, dir.toString(), () -> {
            view[0].working(m.getString("firststart.loading"), true);
            runner.run(() -> SampleLoader.load(office(), SampleLoader.bundled()), l -> signIn(),
                    t -> view[0].working(why(t), false));
        }, this::newOffice);
        show(view[0].load());
    }

    private void newOffice() {
        NewOfficeViewModel vm = new NewOfficeViewModel(m, runner, day());
        show(new NewOfficeView(vm, m, plan -> NewOffice.create(office(), plan), this::showBoard, this::firstStart).load());
    }

    /** Who is at the desk; a password the manager set is changed here. 退出 quits. */
    private void signIn() {
        Office o = office;
        runner.run(() -> new BoardDesk(o).project().orElse(""), project -> {
            SignInViewModel vm = new SignInViewModel(new SignIn(o), System.getProperty("anchang.user", ""), m, runner);
            show(new SignInView(vm, m, project, this::showBoard, Platform::exit).load());
            vm.load();
        }, t -> status.setText(why(t)));
    }

    private void showBoard(SignIn.Person person) {
        Office o = office;
        if (backups == null) {
            backups = BackupRoutine.start(o, dir);
        }
        LocalDate day = day();
        Desk desk = new Desk(o, person, day, stage, m, runner, new FxDialogs(stage, m));
        String userName = person.name() + "(" + m.getString("role." + person.role()) + ")";
        Shell shell = new Shell(m, screens(desk), statusLine(Optional.empty(), day, userName));
        Button about = new Button(m.getString("about.button"));
        about.setId("about-button");
        about.setFocusTraversable(false);
        about.setStyle("-fx-font-size: 15px; -fx-base: #455a64;");
        about.setOnAction(e -> about());
        shell.addStatusItem(about);
        Runnable refresh = () -> runner.run(() -> new BoardDesk(o).project(),
                p -> shell.status(statusLine(p, day, userName)), t -> { });
        shell.root().addEventHandler(Shell.OFFICE_CHANGED, e -> refresh.run());
        refresh.run();
        Scene scene = new Scene(shell.root(), 1920, 1080);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F12), this::about);
        stage.setScene(scene);
        stage.setTitle(m.getString("app.title") + " · " + m.getString("board.title") + " · " + day);
        // Fill the screen even without a window manager (kiosk PCs, Xvfb), where maximise does nothing.
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        stage.setX(screen.getMinX());
        stage.setY(screen.getMinY());
        stage.setWidth(screen.getWidth());
        stage.setHeight(screen.getHeight());
        stage.setMaximized(true);
    }

    private String statusLine(Optional<String> project, LocalDate day, String userName) {
        return MessageFormat.format(m.getString("status.line"), project.orElse("—"), day.toString(), userName,
                dir.resolve("office.mv.db"));
    }

    private void about() {
        new AboutView(new AboutViewModel(office, Optional.ofNullable(backups), dir,
                System.getProperty("javafx.runtime.version", "?"), m, runner), m).show(stage);
    }

    /** The navigation, in order; each screen's package builds its own view from the {@link Desk}. */
    static List<Screen> screens(Desk desk) {
        ResourceBundle m = desk.messages();
        return List.of(
                new Screen("nav.board", () -> BoardView.screen(desk), true),
                new Screen("nav.register", () -> org.anchang.ui.register.RegisterView.screen(desk), true),
                new Screen("nav.customers", () -> org.anchang.ui.customers.CustomersView.screen(desk), true),
                new Screen("nav.disputes", () -> org.anchang.ui.disputes.DisputesView.screen(desk), desk.is("manager")),
                new Screen("nav.export", () -> org.anchang.ui.export.ExportView.screen(desk), true),
                new Screen("nav.settings", () -> org.anchang.ui.settings.SettingsView.screen(desk), desk.is("manager")));
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
