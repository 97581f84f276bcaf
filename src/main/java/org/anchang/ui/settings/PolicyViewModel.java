package org.anchang.ui.settings;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.anchang.office.Office;
import org.anchang.office.Staff;
import org.anchang.rules.Param;
import org.anchang.rules.Policy;
import org.anchang.rules.Presets;
import org.anchang.ui.shell.Dialogs.Choice;
import org.anchang.ui.shell.TaskRunner;

/**
 * 制度: the regime (one of the eleven presets) and every parameter of it, each shown with the preset's value and
 * the seed clause it comes from (the preset file's comment, as in docs/rules.md). A value that differs from the
 * preset's is an override; saving stores the preset and the overrides in one transaction
 * ({@link Staff#setPolicy}), a bad value refused naming the parameter.
 */
public final class PolicyViewModel extends Section {

    /** One parameter: its editable value, the preset's value and the seed clause. */
    public static final class Row {
        private final Param param;
        private final String presetValue;
        private final String seed;
        private final StringProperty value = new SimpleStringProperty();

        Row(Param param, String presetValue, String seed, String value) {
            this.param = param;
            this.presetValue = presetValue;
            this.seed = seed;
            this.value.set(value);
        }

        public Param param() {
            return param;
        }

        public String presetValue() {
            return presetValue;
        }

        /** The seed clause the preset's value comes from. */
        public String seed() {
            return seed;
        }

        public StringProperty valueProperty() {
            return value;
        }

        /** Whether the value differs from the preset's (an override). */
        public boolean overridden() {
            return !value.get().strip().equals(presetValue);
        }
    }

    private final Office office;
    private final String actor;
    private final ObservableList<Choice> presets = FXCollections.observableArrayList();
    private final StringProperty preset = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final ObservableList<Row> rows = FXCollections.observableArrayList();

    public PolicyViewModel(Office office, String actor, ResourceBundle m, TaskRunner runner) {
        super(m, runner);
        this.office = office;
        this.actor = actor;
        for (Policy p : Presets.all()) {
            presets.add(new Choice(p.id(), p.id() + " · " + p.title()));
        }
    }

    public ObservableList<Choice> presets() {
        return presets;
    }

    /** The chosen preset's id. */
    public ReadOnlyStringProperty presetProperty() {
        return preset;
    }

    /** The chosen preset's seed title (销售部客户管理制度及佣金制度). */
    public ReadOnlyStringProperty titleProperty() {
        return title;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    @Override
    public void load() {
        work(office::policy, p -> show(p.id(), p));
    }

    /** Picks another preset: every parameter shows that preset's value (the overrides of the old one are dropped). */
    public void choose(String presetId) {
        Presets.get(presetId).ifPresent(p -> show(presetId, p));
    }

    /** Every parameter back to the preset's value. */
    public void reset() {
        rows.forEach(r -> r.value.set(r.presetValue));
    }

    private void show(String id, Policy values) {
        Policy base = Presets.get(id).orElseThrow();
        preset.set(id);
        title.set(base.title());
        rows.setAll(java.util.Arrays.stream(Param.values())
                .map(p -> new Row(p, base.value(p), base.source(p), values.value(p))).toList());
    }

    /** The overrides on the form: the parameters whose value differs from the preset's. */
    public Map<Param, String> overrides() {
        Map<Param, String> o = new EnumMap<>(Param.class);
        rows.stream().filter(Row::overridden).forEach(r -> o.put(r.param, r.value.get().strip()));
        return o;
    }

    @Override
    public void save() {
        String id = preset.get();
        Map<Param, String> overrides = overrides();
        work(() -> {
            new Staff(office).setPolicy(id, overrides, actor);
            return office.policy();
        }, p -> {
            show(p.id(), p);
            saved("settings.policy.saved", p.id(), overrides.size());
        });
    }

    /** The values an ENUM or BOOL parameter takes, for a choice box; empty for typed ones. */
    public static List<String> choices(Param p) {
        return p.type() == Param.Type.BOOL ? List.of("true", "false") : p.choices();
    }
}
