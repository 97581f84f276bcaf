package org.anchang.ui.shell;

import java.util.function.Supplier;
import javafx.scene.Parent;

/**
 * One screen of the left navigation: its message key ({@code nav.board}), how to build it (built the first
 * time it is shown) and whether the signed-in role may open it.
 */
public record Screen(String navKey, Supplier<Parent> view, boolean allowed) {
}
