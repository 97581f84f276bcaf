package org.anchang.ui.shell;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work off the JavaFX thread and hands its answer back on it: a {@code javafx.concurrent.Task} in the
 * app ({@link FxTaskRunner}), the same thread in view-model tests ({@link #SAME_THREAD}).
 */
public interface TaskRunner {

    <T> void run(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed);

    /** Runs at once on the calling thread; for tests without the toolkit. */
    TaskRunner SAME_THREAD = new TaskRunner() {
        @Override
        public <T> void run(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
            T t;
            try {
                t = work.call();
            } catch (Exception e) {
                failed.accept(e);
                return;
            }
            done.accept(t);
        }
    };
}
