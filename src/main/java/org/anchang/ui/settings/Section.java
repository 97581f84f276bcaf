package org.anchang.ui.settings;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.anchang.office.OfficeException;
import org.anchang.ui.shell.TaskRunner;

/**
 * What every settings section's view model has: its work off the JavaFX thread, a busy flag, and one message line
 * (what was saved, or why not — the office's refusal names the field). {@link #onSaved} tells the screen that the
 * office changed, so that the shell shows the other screens afresh.
 */
public abstract class Section {

    protected final ResourceBundle m;
    private final TaskRunner runner;
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty error = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private Runnable onSaved = () -> { };

    protected Section(ResourceBundle messages, TaskRunner runner) {
        this.m = messages;
        this.runner = runner;
    }

    /** Reads the section's stored state. */
    public abstract void load();

    /** Saves what was changed, as one user action. */
    public abstract void save();

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty errorProperty() {
        return error;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public void setOnSaved(Runnable r) {
        onSaved = r;
    }

    protected final <T> void work(Callable<T> w, Consumer<T> done) {
        busy.set(true);
        runner.run(w, t -> {
            busy.set(false);
            done.accept(t);
        }, this::failed);
    }

    /** After a save: the message, and the shell is told. */
    protected final void saved(String key, Object... args) {
        say(false, MessageFormat.format(m.getString(key), args));
        onSaved.run();
    }

    protected final void say(boolean isError, String text) {
        error.set(isError);
        message.set(text);
    }

    protected final void failed(Throwable t) {
        busy.set(false);
        say(true, t instanceof OfficeException ? t.getMessage()
                : MessageFormat.format(m.getString("settings.failed"), t.getClass().getSimpleName() + ": " + t.getMessage()));
    }
}
