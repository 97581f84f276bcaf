package org.anchang.ui.shell;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/** Each piece of work on its own daemon thread as a {@link Task}; answers land on the JavaFX thread. */
public final class FxTaskRunner implements TaskRunner {

    @Override
    public <T> void run(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> done.accept(task.getValue()));
        task.setOnFailed(e -> failed.accept(task.getException()));
        Thread t = new Thread(task, "anchang-desk-work");
        t.setDaemon(true);
        t.start();
    }
}
