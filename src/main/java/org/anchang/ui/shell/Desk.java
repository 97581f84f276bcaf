package org.anchang.ui.shell;

import java.time.LocalDate;
import java.util.ResourceBundle;
import javafx.stage.Stage;
import org.anchang.office.Office;
import org.anchang.office.SignIn;

/**
 * What every screen of the signed-in desk gets: the open office, who is signed in, the working day, the
 * window (owner of dialogs), the messages, the runner for work off the JavaFX thread and the dialogs.
 */
public record Desk(Office office, SignIn.Person user, LocalDate day, Stage stage, ResourceBundle messages,
        TaskRunner runner, Dialogs dialogs) {

    /** Whether the signed-in person has one of {@code roles} (consultant, clerk, supervisor, manager). */
    public boolean is(String... roles) {
        for (String r : roles) {
            if (r.equals(user.role())) {
                return true;
            }
        }
        return false;
    }
}
