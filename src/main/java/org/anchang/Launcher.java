package org.anchang;

import java.nio.file.Path;
import org.anchang.cli.AnchangCommand;
import org.anchang.office.Office;

/**
 * The jar's entry point: no arguments opens the desk application, any argument runs the command line.
 * A plain class, not a JavaFX {@code Application}, so that the shaded jar starts with {@code java -jar}.
 * Before anything logs it points Logback at the data directory's {@code logs} folder ({@code logback.xml}).
 */
public final class Launcher {

    /** The system property {@code logback.xml} reads for the log folder; a value given on the command line wins. */
    public static final String LOGS = "anchang.logs";

    private Launcher() {
    }

    public static void main(String[] args) {
        Path data = dataDirectory(args);
        logTo(data);
        if (args.length == 0) {
            org.anchang.ui.shell.DeskHooks.install(data);
            org.anchang.ui.shell.DeskApp.launchDesk(args);
            return;
        }
        System.exit(AnchangCommand.run(args));
    }

    /** Logs go to {@code DIR/logs} unless {@code -Danchang.logs} says otherwise. */
    static void logTo(Path dataDirectory) {
        if (System.getProperty(LOGS) == null) {
            System.setProperty(LOGS, dataDirectory.resolve("logs").toString());
        }
    }

    /**
     * The office this run works on: a command's {@code --data DIR}, else {@code -Danchang.data}, else the user's
     * data directory ({@link Office#defaultDirectory()}).
     */
    static Path dataDirectory(String[] args) {
        try {
            return givenDirectory(args);
        } catch (java.nio.file.InvalidPathException e) {
            return Office.defaultDirectory(); // the command itself reports the bad --data
        }
    }

    private static Path givenDirectory(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data") && i + 1 < args.length) {
                return Path.of(args[i + 1]);
            }
            if (args[i].startsWith("--data=")) {
                return Path.of(args[i].substring("--data=".length()));
            }
        }
        String d = System.getProperty("anchang.data");
        return d != null ? Path.of(d) : Office.defaultDirectory();
    }
}
