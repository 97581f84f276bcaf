package org.anchang.ui.about;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ResourceBundle;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** The 关于/诊断 dialog: a line per fact, 复制日志 puts the log's tail on the clipboard. */
public final class AboutView {

    private final AboutViewModel vm;
    private final ResourceBundle m;

    @FXML
    private GridPane grid;
    @FXML
    private Label message;

    public AboutView(AboutViewModel vm, ResourceBundle m) {
        this.vm = vm;
        this.m = m;
    }

    /** Gathers the facts, then shows the dialog over {@code owner} (sized to them). */
    public void show(Window owner) {
        vm.load(() -> dialog(owner));
    }

    private void dialog(Window owner) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(m.getString("about.title"));
        d.getDialogPane().setContent(load());
        d.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        ((javafx.scene.control.Button) d.getDialogPane().lookupButton(ButtonType.CLOSE)).setText(m.getString("about.close"));
        org.anchang.ui.shell.Theme.style(d.getDialogPane(), 18);
        d.show();
    }

    Parent load() {
        FXMLLoader loader = new FXMLLoader(AboutView.class.getResource("About.fxml"), m);
        loader.setController(this);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FXML
    private void initialize() {
        message.textProperty().bind(vm.messageProperty());
        vm.lines().addListener((ListChangeListener<AboutViewModel.Line>) c -> layout());
        layout();
    }

    private void layout() {
        grid.getChildren().clear();
        int r = 0;
        for (AboutViewModel.Line l : vm.lines()) {
            Label k = new Label(l.label());
            k.getStyleClass().add("field-label");
            Label v = new Label(l.value());
            v.setWrapText(true);
            grid.addRow(r++, k, v);
        }
    }

    @FXML
    private void copyLog() {
        vm.copyLog(text -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(text);
            Clipboard.getSystemClipboard().setContent(c);
        });
    }
}
