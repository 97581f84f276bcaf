package org.anchang.ui.settings;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.anchang.office.Office;
import org.anchang.office.OfficeSettings;
import org.anchang.office.Staff;
import org.anchang.rules.RuleId;
import org.anchang.ui.shell.TaskRunner;

/**
 * A settings section made of named settings (项目, 罚则, 评级权重, 文件夹, and the base of 佣金): one field per
 * setting, shown with its stored value ("默认" when unset). Saving writes only the fields that changed, all in one
 * transaction ({@link Staff#setSettings}); a bad value is refused naming its field and nothing is written.
 */
public class SettingsForm extends Section {

    /** One setting on the form. */
    public static final class Field {
        private final String name;
        private final String label;
        private final String hint;
        private final boolean folder;
        private final UnaryOperator<String> check;
        private final String fallback;
        private String prompt = "";
        private final StringProperty value = new SimpleStringProperty("");
        private Optional<String> stored = Optional.empty();

        public Field(String name, String label, String hint, boolean folder, UnaryOperator<String> check) {
            this(name, label, hint, folder, check, "");
        }

        /** {@code fallback}: what the form shows while the setting is unset (the office's default). */
        public Field(String name, String label, String hint, boolean folder, UnaryOperator<String> check, String fallback) {
            this.fallback = fallback;
            this.name = name;
            this.label = label;
            this.hint = hint;
            this.folder = folder;
            this.check = check;
        }

        public String name() {
            return name;
        }

        /** What an empty field says: 默认 (grading), 未设置 (fines, rates, folders). */
        public String prompt() {
            return prompt;
        }

        Field prompt(String text) {
            prompt = text;
            return this;
        }

        public String label() {
            return label;
        }

        /** Where the setting comes from or what it takes (the seed clause of a fine, the unit). */
        public String hint() {
            return hint;
        }

        /** Whether the value is a folder (the view offers a chooser). */
        public boolean folder() {
            return folder;
        }

        public StringProperty valueProperty() {
            return value;
        }

        /** The stored value; empty when never set. */
        public Optional<String> stored() {
            return stored;
        }

        /** Whether the value on the form differs from the stored one (a blank unset field is unchanged). */
        public boolean changed() {
            return !value.get().strip().equals(stored.orElse(fallback));
        }

        void stored(Optional<String> v) {
            stored = v;
            value.set(v.orElse(fallback));
        }

        Staff.Setting setting() {
            return new Staff.Setting(name, value.get(), label, check);
        }
    }

    /** How the changed fields are stored: all of them in one transaction. */
    public interface Saver {
        void save(List<Field> changed);
    }

    private final ObservableList<Field> fields = FXCollections.observableArrayList();
    private final Function<String, Optional<String>> read;
    private final Saver saver;

    public SettingsForm(ResourceBundle messages, TaskRunner runner, Function<String, Optional<String>> read, Saver saver,
            List<Field> fields) {
        super(messages, runner);
        this.read = read;
        this.saver = saver;
        this.fields.setAll(fields);
    }

    public ObservableList<Field> fields() {
        return fields;
    }

    @Override
    public void load() {
        List<Field> now = List.copyOf(fields);
        work(() -> now.stream().map(f -> read.apply(f.name())).toList(), values -> {
            for (int i = 0; i < now.size(); i++) {
                now.get(i).stored(values.get(i));
            }
        });
    }

    @Override
    public void save() {
        List<Field> changed = fields.stream().filter(Field::changed).toList();
        if (changed.isEmpty()) {
            say(false, m.getString("settings.unchanged"));
            return;
        }
        work(() -> {
            saver.save(changed);
            return changed.stream().map(f -> read.apply(f.name())).toList();
        }, values -> {
            for (int i = 0; i < changed.size(); i++) {
                changed.get(i).stored(values.get(i));
            }
            saved("settings.saved", changed.stream().map(Field::label).collect(Collectors.joining("、")));
        });
    }

    protected final Function<String, Optional<String>> reader() {
        return read;
    }

    // ---- the sections built from named settings ----------------------------------------------------------

    /** The saver for named settings: {@link Staff#setSettings} by {@code actor}. */
    static Saver named(Staff staff, String actor) {
        return changed -> staff.setSettings(changed.stream().map(Field::setting).toList(), actor);
    }

    /** 项目: the project's name ({@link Staff#setProject}). */
    public static SettingsForm project(Office office, String actor, ResourceBundle m, TaskRunner runner) {
        Staff staff = new Staff(office);
        Field name = new Field("project", m.getString("settings.field.project"), m.getString("settings.hint.project"), false,
                UnaryOperator.identity());
        return new SettingsForm(m, runner, office::setting, changed -> staff.setProject(changed.get(0).value.get(), actor),
                List.of(name));
    }

    /** 罚则: a fine in yuan per penalty rule PEN-1 … PEN-8, each with its statement and seed clause. */
    public static SettingsForm fines(Office office, String actor, ResourceBundle m, TaskRunner runner) {
        List<Field> fields = new ArrayList<>();
        for (RuleId pen : OfficeSettings.penalties()) {
            fields.add(new Field(OfficeSettings.fine(pen), MessageFormat.format(m.getString("settings.field.fine"), pen.id()),
                    pen.statement() + "(" + pen.seed() + ")", false, OfficeSettings::yuan).prompt(m.getString("settings.unset")));
        }
        return new SettingsForm(m, runner, office::setting, named(new Staff(office), actor), fields);
    }

    /** 评级权重: the six grading factors' weights; unset shows 默认. */
    public static SettingsForm grading(Office office, String actor, ResourceBundle m, TaskRunner runner) {
        List<Field> fields = new ArrayList<>();
        for (String f : OfficeSettings.GRADING_FACTORS) {
            fields.add(new Field(OfficeSettings.gradingWeight(f), m.getString("settings.field.weight." + f),
                    m.getString("settings.hint.weight"), false, OfficeSettings::weight).prompt(m.getString("settings.default")));
        }
        return new SettingsForm(m, runner, office::setting, named(new Staff(office), actor), fields);
    }

    /** 文件夹: the export folder and the backup folder ({@code BackupRoutine} reads the latter before every backup). */
    public static SettingsForm folders(Office office, String actor, ResourceBundle m, TaskRunner runner, String backupDefault) {
        List<Field> fields = List.of(
                new Field(OfficeSettings.EXPORT_FOLDER, m.getString("settings.field.folder.export"),
                        m.getString("settings.hint.folder.export"), true, OfficeSettings::folder).prompt(m.getString("settings.unset")),
                new Field(OfficeSettings.BACKUP_FOLDER, m.getString("settings.field.folder.backup"),
                        MessageFormat.format(m.getString("settings.hint.folder.backup"), backupDefault), true, OfficeSettings::folder)
                        .prompt(m.getString("settings.unset")));
        return new SettingsForm(m, runner, office::setting, named(new Staff(office), actor), fields);
    }
}
