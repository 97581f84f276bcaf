package org.anchang.ui.shell;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.Window;

/** {@link Dialogs} as JavaFX dialogs in large type, owned by the desk's window. */
public final class FxDialogs implements Dialogs {

    private final Window owner;

    public FxDialogs(Window owner) {
        this.owner = owner;
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
        d.getDialogPane().setStyle("-fx-font-size: 22px; -fx-font-family: 'Microsoft YaHei', 'PingFang SC', "
                + "'Noto Sans CJK SC', 'WenQuanYi Micro Hei', sans-serif;");
        return d.showAndWait().map(Choice::id);
    }
}
