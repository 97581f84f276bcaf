package org.anchang;

import org.anchang.cli.AnchangCommand;

/**
 * The jar's entry point: no arguments opens the desk application, any argument runs the command line.
 * A plain class, not a JavaFX {@code Application}, so that the shaded jar starts with {@code java -jar}.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            org.anchang.ui.shell.DeskApp.launchDesk(args);
            return;
        }
        System.exit(AnchangCommand.run(args));
    }
}
