package org.anchang.ui.shell;

import java.util.function.Supplier;
import javafx.scene.Parent;

/**
 * One screen of the left navigation: its message key ({@code nav.board}), how to build it (built the first
 * time it is shown) and whether the signed-in role may open it.
 */
public record Screen(String navKey, Supplier<Parent> view, boolean allowed) {

    /**
     * A screen's key on the window's scene acts only while {@code root} is shown: the shell keeps the other
     * screens' keys on the same scene, and F1 on the register screen must not record a walk-in on the board.
     */
    public static Runnable whileShown(Parent root, Runnable action) {
        return () -> {
            if (root.getScene() != null && (root.getParent() != null || root.getScene().getRoot() == root)) {
                action.run();
            }
        };
    }
}
