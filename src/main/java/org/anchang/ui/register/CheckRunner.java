package org.anchang.ui.register;

import java.util.concurrent.Callable;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.anchang.ui.shell.TaskRunner;

/**
 * Runs the collision checks of a desk on one waiting thread, newest first: a question not yet started when a newer
 * one comes is dropped (its answer would be dropped anyway), and no thread is started per keystroke. Answers land
 * on the JavaFX thread.
 */
public final class CheckRunner implements TaskRunner {

    private final ThreadPoolExecutor worker = new ThreadPoolExecutor(1, 1, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
        Thread t = new Thread(r, "anchang-collision-check");
        t.setDaemon(true);
        return t;
    });

    public CheckRunner() {
        // A form left alone for a minute gives its thread back.
        worker.allowCoreThreadTimeOut(true);
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        worker.getQueue().clear();
        worker.execute(() -> {
            try {
                T t = work.call();
                Platform.runLater(() -> done.accept(t));
            } catch (Exception | Error e) {
                Platform.runLater(() -> failed.accept(e));
            }
        });
    }
}
