package org.anchang.ui.register;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.anchang.office.CollisionCheck;
import org.anchang.office.RegisterDesk;
import org.anchang.ui.shell.Desk;
import org.anchang.ui.shell.FxTaskRunner;

/**
 * The register screen 登记: the five forms (来访, 来电, 跟踪, 拓客, 报备) and the end-of-day sheet, listed on the
 * left and chosen with a click or Ctrl+1 … Ctrl+6. Each is built the first time it is shown and keeps what was
 * typed while another is shown.
 */
public final class RegisterView {

    /** One entry of the list: its key ({@code visit}) and how its view is built. */
    private record Kind(String key, Supplier<Shown> build) {
    }

    /** A built form: its root, and what puts the caret in it. */
    private record Shown(Parent root, Runnable focus) {
    }

    private final BorderPane root = new BorderPane();
    private final Map<String, Shown> built = new HashMap<>();
    private final List<ToggleButton> buttons = new ArrayList<>();
    private final List<Kind> kinds;

    /** The screen for the signed-in desk; every form of it shares one memory of the last consultant and source. */
    public static Parent screen(Desk desk) {
        return new RegisterView(context(desk)).root();
    }

    /** The forms' shared services for {@code desk}: in the app, the checks get a waiting thread of their own. */
    public static EntryViewModel.Context context(Desk desk) {
        return new EntryViewModel.Context(new RegisterDesk(desk.office()), new CollisionCheck(desk.office()), desk.user().id(), desk.day(),
                desk.runner(), desk.runner() instanceof FxTaskRunner ? new CheckRunner() : desk.runner(), desk.messages(), new RegisterMemory());
    }

    public RegisterView(EntryViewModel.Context c) {
        ResourceBundle m = c.messages();
        kinds = List.of(
                form("visit", "Visit.fxml", VisitViewModel::new, c),
                form("call", "Call.fxml", CallViewModel::new, c),
                form("followup", "FollowUp.fxml", FollowUpViewModel::new, c),
                form("prospect", "Prospect.fxml", ProspectViewModel::new, c),
                form("report", "Report.fxml", ReportViewModel::new, c),
                new Kind("batch", () -> {
                    BatchViewModel vm = new BatchViewModel(c);
                    BatchView view = new BatchView(vm, m);
                    Parent p = view.load();
                    vm.load();
                    return new Shown(p, view::focusFirst);
                }));
        VBox list = new VBox(6);
        list.getStyleClass().add("register-kinds");
        Label title = new Label(m.getString("register.title"));
        title.setStyle("-fx-font-size: 22px; -fx-font-weight: bold; -fx-padding: 0 0 8 6;");
        list.getChildren().add(title);
        ToggleGroup group = new ToggleGroup();
        for (int i = 0; i < kinds.size(); i++) {
            Kind k = kinds.get(i);
            ToggleButton b = new ToggleButton(m.getString("register.kind." + k.key()));
            b.setId("register-" + k.key());
            b.setToggleGroup(group);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setFocusTraversable(false);
            int index = i;
            b.setOnAction(e -> show(index));
            buttons.add(b);
            list.getChildren().add(b);
        }
        VBox.setMargin(list, new Insets(0));
        root.setLeft(list);
        root.getStyleClass().add("register-screen");
        root.getStylesheets().add(RegisterView.class.getResource("Register.css").toExternalForm());
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.getCode().isDigitKey()) {
                int n = e.getCode().getCode() - KeyCode.DIGIT1.getCode();
                if (n >= 0 && n < kinds.size()) {
                    show(n);
                    e.consume();
                }
            }
        });
        // The board's keys (F1 来客 … F11, Ctrl+Z 撤销) live on the window's scene; the board ignores them while it is
        // not shown (BoardView.onBoard), and this screen swallows them as well, so that nothing typed here can reach
        // the board. Handled (not filtered): a text field still gets its own Ctrl+Z first; F12 (关于/诊断) passes.
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode().isFunctionKey() && e.getCode() != KeyCode.F12 || e.isShortcutDown() && e.getCode() == KeyCode.Z) {
                e.consume();
            }
        });
        show(0);
    }

    private static Kind form(String key, String fxml, Function<EntryViewModel.Context, EntryViewModel> make, EntryViewModel.Context c) {
        return new Kind(key, () -> {
            EntryViewModel vm = make.apply(c);
            EntryView view = new EntryView(vm, c.messages());
            Parent p = view.load(fxml);
            vm.load();
            return new Shown(p, view::focusFirst);
        });
    }

    /** Shows the {@code index}-th kind, building it the first time, and puts the caret in it. */
    public void show(int index) {
        Kind k = kinds.get(index);
        buttons.get(index).setSelected(true);
        Shown s = built.computeIfAbsent(k.key(), x -> k.build().get());
        root.setCenter(s.root());
        s.focus().run();
    }

    public Parent root() {
        return root;
    }

    /** The form or sheet shown now. */
    public Node shown() {
        return root.getCenter();
    }
}
