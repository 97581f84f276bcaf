package org.anchang.ui.firststart;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;

/**
 * The first start, when the data directory holds no office: 示例案场 (the sample office, to try the desk) or
 * 新建案场 (the wizard). The desk application does the work; this view only asks and shows how it goes.
 */
public final class FirstStartView {

    private final ResourceBundle m;
    private final String dataDirectory;
    private final Runnable sample;
    private final Runnable newOffice;

    @FXML
    private Button sampleButton;
    @FXML
    private Button newButton;
    @FXML
    private Label status;
    @FXML
    private Label where;
    @FXML
    private ProgressIndicator busy;

    public FirstStartView(ResourceBundle m, String dataDirectory, Runnable sample, Runnable newOffice) {
        this.m = m;
        this.dataDirectory = dataDirectory;
        this.sample = sample;
        this.newOffice = newOffice;
    }

    public Parent load() {
        return org.anchang.ui.shell.Fxml.load(this, "FirstStart.fxml", m);
    }

    @FXML
    private void initialize() {
        where.setText(MessageFormat.format(m.getString("firststart.where"), dataDirectory));
        status.setText(m.getString("firststart.none"));
        busy.setVisible(false);
        for (Button b : new Button[] {sampleButton, newButton}) {
            // Enter as well as Space on the focused choice.
            b.setOnKeyPressed(e -> {
                if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                    b.fire();
                    e.consume();
                }
            });
        }
        javafx.application.Platform.runLater(newButton::requestFocus);
    }

    /** Shows work in progress (loading the sample) or its failure; the buttons wait meanwhile. */
    public void working(String text, boolean working) {
        status.setText(text);
        busy.setVisible(working);
        sampleButton.setDisable(working);
        newButton.setDisable(working);
    }

    @FXML
    private void sample() {
        sample.run();
    }

    @FXML
    private void newOffice() {
        newOffice.run();
    }
}
