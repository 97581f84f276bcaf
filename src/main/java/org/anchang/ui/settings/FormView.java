package org.anchang.ui.settings;

import java.io.File;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/** A section of named settings: a label, a field (and a folder chooser) and a hint per setting; Save or Ctrl+S. */
final class FormView {

    private final SettingsForm vm;
    private final ResourceBundle m;
    private final String introKey;
    private final Window owner;
    private final Map<SettingsForm.Field, Node[]> nodes = new IdentityHashMap<>();

    @FXML
    private Label intro;
    @FXML
    private GridPane grid;
    @FXML
    private Label message;
    @FXML
    private ProgressIndicator busy;

    private FormView(SettingsForm vm, ResourceBundle m, String introKey, Window owner) {
        this.vm = vm;
        this.m = m;
        this.introKey = introKey;
        this.owner = owner;
    }

    static Parent load(SettingsForm vm, ResourceBundle m, String introKey, Window owner) {
        return SettingsView.fxml(FormView.class.getResource("Form.fxml"), new FormView(vm, m, introKey, owner), m);
    }

    @FXML
    private void initialize() {
        intro.setText(m.getString(introKey));
        SettingsView.bind(vm, message, busy);
        vm.fields().addListener((ListChangeListener<SettingsForm.Field>) c -> layout());
        layout();
    }

    /** Lays the rows out again; a field keeps its nodes, so that typing in it is not lost when the rows change. */
    private void layout() {
        grid.getChildren().clear();
        int row = 0;
        for (SettingsForm.Field f : vm.fields()) {
            Node[] n = nodes.computeIfAbsent(f, this::row);
            grid.add(n[0], 0, row);
            grid.add(n[1], 1, row);
            grid.add(n[2], 2, row);
            row++;
        }
    }

    private Node[] row(SettingsForm.Field f) {
        Label label = new Label(f.label());
        label.getStyleClass().add("field-label");
        TextField text = new TextField();
        text.setId("field-" + f.name().replace('.', '-'));
        text.textProperty().bindBidirectional(f.valueProperty());
        text.setPromptText(f.prompt());
        text.setPrefColumnCount(f.folder() ? 28 : 12);
        label.setLabelFor(text);
        Node editor = text;
        if (f.folder()) {
            Button choose = new Button(m.getString("settings.folder.choose"));
            choose.setOnAction(e -> {
                DirectoryChooser d = new DirectoryChooser();
                d.setTitle(f.label());
                File now = new File(text.getText().strip());
                if (now.isDirectory()) {
                    d.setInitialDirectory(now);
                }
                File picked = d.showDialog(owner);
                if (picked != null) {
                    f.valueProperty().set(picked.getAbsolutePath());
                }
            });
            HBox box = new HBox(8, text, choose);
            HBox.setHgrow(text, Priority.ALWAYS);
            editor = box;
        }
        if (vm instanceof CommissionForm c && f == c.products()) {
            text.setPrefColumnCount(28);
            text.setOnAction(e -> {
                c.applyProducts();
                e.consume();
            });
            text.focusedProperty().addListener((o, was, focused) -> {
                if (!focused) {
                    c.applyProducts();
                }
            });
        }
        Label hint = new Label(f.hint());
        hint.getStyleClass().add("field-hint");
        hint.setWrapText(true);
        return new Node[] {label, editor, hint};
    }

    @FXML
    private void save() {
        vm.save();
    }
}
