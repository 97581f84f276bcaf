package org.anchang.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.anchang.ui.shell.DeskHooks;

/**
 * The baseline of {@code bench startup}: an empty JavaFX window of the desk's first window's size, started from the
 * same jar on the same JVM settings, with the same first-frame probe ({@code -Danchang.startupProbe=FILE}).
 * A plain main class: a class extending {@code Application} cannot be the main class on the class path.
 *
 * <pre>java -Danchang.startupProbe=FILE -cp anchang.jar org.anchang.bench.EmptyWindow</pre>
 */
public final class EmptyWindow {

    private EmptyWindow() {
    }

    public static void main(String[] args) {
        DeskHooks.installStartupProbe();
        Application.launch(App.class, args);
    }

    /** The empty window. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            stage.setTitle("empty");
            stage.setScene(new Scene(new StackPane(), 1024, 640));
            stage.show();
        }
    }
}
