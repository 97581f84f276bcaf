package org.anchang.ui.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.slf4j.LoggerFactory;

/**
 * What the launcher installs around the desk, outside the screens: uncaught exceptions go to the log (the
 * person at the desk sees one Chinese message, never a stack trace); once the first window has drawn its first
 * frame a start line is logged (off the JavaFX thread: starting Logback takes ~0.3 s) and, when
 * {@code -Danchang.startupProbe=FILE} is set, the time of that frame is written to FILE for {@code bench startup}.
 */
public final class DeskHooks {

    /** The system property naming the file {@code bench startup} waits for. */
    public static final String PROBE = "anchang.startupProbe";

    private static final AtomicBoolean TELLING = new AtomicBoolean();
    /** Set by {@link #install}: only the desk shows a message; elsewhere an uncaught exception is only logged. */
    private static volatile boolean desk;

    private DeskHooks() {
    }

    /** All hooks; call before {@code Application.launch}. */
    public static void install(Path dataDirectory) {
        desk = true;
        Thread.setDefaultUncaughtExceptionHandler(DeskHooks::uncaught);
        onFirstFrame(() -> {
            probe();
            Thread t = new Thread(() -> LoggerFactory.getLogger(DeskHooks.class).info("desk started: anchang {}, Java {} {}, {} {}, data {}",
                    version(), System.getProperty("java.version"), System.getProperty("java.vendor"), System.getProperty("os.name"),
                    System.getProperty("os.arch"), dataDirectory.toAbsolutePath()), "anchang-log-start");
            t.setDaemon(true);
            t.start();
        });
    }

    /** The build's version from the jar's manifest ("dev" when run from classes). */
    public static String version() {
        String v = DeskHooks.class.getPackage().getImplementationVersion();
        return v != null ? v : "dev";
    }

    /** The desk's default handler: the stack trace to the log, a Chinese message to the person at the desk. */
    public static void uncaught(Thread thread, Throwable error) {
        LoggerFactory.getLogger(DeskHooks.class).error("Uncaught exception in thread {}", thread.getName(), error);
        if (!desk) {
            return;
        }
        try {
            Platform.runLater(DeskHooks::tell);
        } catch (IllegalStateException toolkitNotRunning) {
            // before the window exists or after it closed: the log has it
        }
    }

    /** One message at a time, however many exceptions follow; a failure to show it is only logged (no loop). */
    private static void tell() {
        if (!TELLING.compareAndSet(false, true)) {
            return;
        }
        try {
            ResourceBundle m = DeskApp.messages();
            Path log = Path.of(System.getProperty("anchang.logs", "logs"), "anchang.log");
            Alert a = new Alert(Alert.AlertType.ERROR, MessageFormat.format(m.getString("ops.crash.body"), log), ButtonType.OK);
            a.setTitle(m.getString("app.title"));
            a.setHeaderText(m.getString("ops.crash.title"));
            ((Button) a.getDialogPane().lookupButton(ButtonType.OK)).setText(m.getString("dialog.ok"));
            a.getDialogPane().setPrefWidth(760);
            Theme.style(a.getDialogPane(), 20);
            a.showAndWait();
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(DeskHooks.class).error("Could not show the error message", e);
        } finally {
            TELLING.set(false);
        }
    }

    /** For a window that is not the desk's (the empty window of {@code bench startup}): only the probe. */
    public static void installStartupProbe() {
        onFirstFrame(DeskHooks::probe);
    }

    /** Writes the wall-clock time in milliseconds to the file {@code -Danchang.startupProbe} names, if it names one. */
    private static void probe() {
        String file = System.getProperty(PROBE);
        if (file != null && !file.isBlank()) {
            write(Path.of(file), System.currentTimeMillis());
        }
    }

    /**
     * Runs {@code then} on the JavaFX thread once the first window shown has had a frame drawn (the second animation
     * pulse after it is showing).
     */
    private static void onFirstFrame(Runnable then) {
        AtomicBoolean seen = new AtomicBoolean();
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                if (change.wasAdded() && seen.compareAndSet(false, true)) {
                    afterFirstFrame(then);
                }
            }
        });
    }

    private static void afterFirstFrame(Runnable then) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    then.run();
                }
            }
        }.start();
    }

    private static void write(Path target, long millis) {
        try {
            Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
            Files.writeString(tmp, Long.toString(millis), StandardCharsets.US_ASCII);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
