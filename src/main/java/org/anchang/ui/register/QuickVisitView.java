package org.anchang.ui.register;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Modality;
import javafx.stage.Stage;
import org.anchang.board.Assignment;
import org.anchang.ui.shell.Desk;

/**
 * The quick visit form the board opens after a walk-in (来客登记): the customer's name and phone with the live
 * collision check, the walk-in's taker already the receiving consultant. Enter saves and closes; Esc closes
 * without saving. A small modal window over the board.
 */
public final class QuickVisitView {

    private final VisitViewModel vm;
    private final EntryView view;
    private final Stage stage = new Stage();
    private final Parent root;

    public QuickVisitView(EntryViewModel.Context c, Assignment walkin, javafx.stage.Window owner) {
        vm = new VisitViewModel(c);
        view = new EntryView(vm, c.messages()).onEscape(stage::close);
        root = view.load("QuickVisit.fxml");
        root.getStyleClass().add("quick-visit");
        String who = walkin.to().orElse(null);
        if (root.lookup(".form-head") instanceof Label head) {
            head.setId("quick-head");
            Runnable title = () -> head.setText(MessageFormat.format(c.messages().getString("register.quick.head"),
                    who == null ? c.messages().getString("register.quick.nobody") : vm.personName(who),
                    DateTimeFormatter.ofPattern("HH:mm").format(walkin.at())));
            vm.busyProperty().addListener((o, a, b) -> title.run());
            title.run();
        }
        vm.setOnSaved(id -> stage.close());
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(c.messages().getString("register.quick.title"));
        stage.setScene(new Scene(root, 980, 640));
        vm.load();
        if (who != null) {
            vm.receivedBy(who);
        }
    }

    /** Opens the form for a walk-in just stored on the board of {@code desk}. */
    public static QuickVisitView open(Desk desk, Assignment walkin) {
        QuickVisitView q = new QuickVisitView(RegisterView.context(desk), walkin, desk.stage());
        q.show();
        return q;
    }

    public void show() {
        stage.show();
        view.focusFirst();
    }

    public VisitViewModel viewModel() {
        return vm;
    }

    public Stage stage() {
        return stage;
    }
}
