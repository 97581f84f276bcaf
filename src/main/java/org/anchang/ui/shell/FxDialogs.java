package org.anchang.ui.shell;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.Window;

/** {@link Dialogs} as JavaFX dialogs in large type, owned by the desk's window. */
public final class FxDialogs implements Dialogs {

    private final Window owner;
    private final java.util.ResourceBundle m;

    public FxDialogs(Window owner, java.util.ResourceBundle messages) {
        this.owner = owner;
        this.m = messages;
    }

    @Override
    public Optional<String> choose(String title, List<Choice> choices) {
        if (choices.isEmpty()) {
            return Optional.empty();
        }
        ChoiceDialog<Choice> d = new ChoiceDialog<>(choices.get(0), choices);
        d.initOwner(owner);
        d.setTitle(title);
        d.setHeaderText(title);
        ((javafx.scene.control.Button) d.getDialogPane().lookupButton(javafx.scene.control.ButtonType.OK))
                .setText(m.getString("dialog.ok"));
        ((javafx.scene.control.Button) d.getDialogPane().lookupButton(javafx.scene.control.ButtonType.CANCEL))
                .setText(m.getString("dialog.cancel"));
        Theme.style(d.getDialogPane(), 22);
        return d.showAndWait().map(Choice::id);
    }
}
