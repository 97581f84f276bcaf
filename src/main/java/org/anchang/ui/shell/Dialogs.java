package org.anchang.ui.shell;

import java.util.List;
import java.util.Optional;

/** The questions a screen asks the desk user; a JavaFX dialog in the app, a stub in tests. */
public interface Dialogs {

    /** One option of a choice: the id the screen acts on and the text shown. */
    record Choice(String id, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** Asks to pick one of {@code choices}; empty when the user cancels. */
    Optional<String> choose(String title, List<Choice> choices);
}
