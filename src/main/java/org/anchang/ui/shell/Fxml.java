package org.anchang.ui.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ResourceBundle;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Loads a screen's FXML (beside its controller's class) with the desk's messages and that controller. */
public final class Fxml {

    private Fxml() {
    }

    public static Parent load(Object controller, String fxml, ResourceBundle messages) {
        FXMLLoader loader = new FXMLLoader(controller.getClass().getResource(fxml), messages);
        loader.setController(controller);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
