package org.anchang.ui.settings;

import java.util.List;
import java.util.ResourceBundle;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.Control;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.anchang.rules.Param;
import org.anchang.ui.shell.Dialogs.Choice;

/** 制度: the preset chooser and a row per parameter (名称 · 取值 · 预设值 · 种子出处); an override is marked. */
final class PolicyView {

    private final PolicyViewModel vm;
    private final ResourceBundle m;

    @FXML
    private ComboBox<Choice> presetBox;
    @FXML
    private Label title;
    @FXML
    private GridPane grid;
    @FXML
    private Label message;
    @FXML
    private ProgressIndicator busy;

    private PolicyView(PolicyViewModel vm, ResourceBundle m) {
        this.vm = vm;
        this.m = m;
    }

    static Parent load(PolicyViewModel vm, ResourceBundle m) {
        return SettingsView.fxml(PolicyView.class.getResource("Policy.fxml"), new PolicyView(vm, m), m);
    }

    @FXML
    private void initialize() {
        SettingsView.bind(vm, message, busy);
        presetBox.setItems(vm.presets());
        vm.presetProperty().addListener((o, was, id) -> vm.presets().stream().filter(c -> c.id().equals(id)).findFirst()
                .ifPresent(presetBox::setValue));
        presetBox.setOnAction(e -> {
            Choice c = presetBox.getValue();
            if (c != null && !c.id().equals(vm.presetProperty().get())) {
                vm.choose(c.id());
            }
        });
        title.textProperty().bind(vm.titleProperty());
        vm.rows().addListener((ListChangeListener<PolicyViewModel.Row>) c -> layout());
        layout();
    }

    private void layout() {
        grid.getChildren().clear();
        grid.addRow(0, header("settings.policy.param"), header("settings.policy.value"), header("settings.policy.preset"),
                header("settings.policy.seed"));
        int row = 1;
        for (PolicyViewModel.Row r : vm.rows()) {
            Param p = r.param();
            Label name = new Label(p.label());
            name.getStyleClass().add("param-label");
            Label key = new Label(p.key() + " · " + p.rule());
            key.getStyleClass().add("param-key");
            VBox names = new VBox(2, name, key);
            Control editor = editor(r);
            editor.setId("param-" + p.key());
            name.setLabelFor(editor);
            Label preset = new Label(presetText(r));
            preset.getStyleClass().add("param-preset");
            Label seed = new Label(r.seed());
            seed.getStyleClass().add("field-hint");
            seed.setWrapText(true);
            Runnable mark = () -> {
                names.getStyleClass().remove("overridden");
                key.setText(p.key() + " · " + p.rule());
                if (r.overridden()) {
                    names.getStyleClass().add("overridden");
                    key.setText(key.getText() + " · " + m.getString("settings.policy.overridden"));
                }
            };
            r.valueProperty().addListener((o, was, now) -> mark.run());
            mark.run();
            grid.addRow(row++, names, editor, preset, seed);
        }
    }

    private Control editor(PolicyViewModel.Row r) {
        List<String> choices = PolicyViewModel.choices(r.param());
        if (!choices.isEmpty()) {
            ComboBox<String> box = new ComboBox<>();
            box.getItems().setAll(choices);
            box.setConverter(new javafx.util.StringConverter<>() {
                @Override
                public String toString(String v) {
                    return v == null ? "" : choiceText(v);
                }

                @Override
                public String fromString(String s) {
                    return s;
                }
            });
            box.valueProperty().bindBidirectional(r.valueProperty());
            return box;
        }
        TextField t = new TextField();
        t.textProperty().bindBidirectional(r.valueProperty());
        t.setPrefColumnCount(10);
        t.setPromptText(m.getString("settings.policy.hint." + r.param().type().name().toLowerCase(java.util.Locale.ROOT)));
        return t;
    }

    /** The preset's value, with 是/否 for a yes-or-no and the days or hours of a span (P7D · 7天). */
    private String presetText(PolicyViewModel.Row r) {
        String v = r.presetValue();
        return switch (r.param().type()) {
            case BOOL -> choiceText(v);
            case SPAN -> {
                String c = org.anchang.rules.Span.parse(v).chinese();
                yield c.equals(v) ? v : v + " · " + c;
            }
            default -> v;
        };
    }

    /** A choice as the manager reads it: 是/否, what an enum value means, a rule id with its statement. */
    private String choiceText(String v) {
        String key = "settings.choice." + v;
        if (m.containsKey(key)) {
            return m.getString(key);
        }
        if (v.matches("[A-Z]+-\\d+")) {
            String statement = org.anchang.rules.RuleId.of(v).statement();
            return v + " " + (statement.length() > 14 ? statement.substring(0, 14) + "…" : statement);
        }
        return v;
    }

    private Label header(String key) {
        Label l = new Label(m.getString(key));
        l.getStyleClass().add("grid-header");
        return l;
    }

    @FXML
    private void save() {
        vm.save();
    }

    @FXML
    private void reset() {
        vm.reset();
    }
}
