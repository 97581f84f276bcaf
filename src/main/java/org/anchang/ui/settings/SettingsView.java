package org.anchang.ui.settings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.event.Event;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import org.anchang.ui.shell.Desk;
import org.anchang.ui.shell.Shell;

/**
 * The settings screen (设置, manager only): one tab per section, each built when first opened. Ctrl+S saves the
 * open section; a save that changed the office tells the shell ({@link Shell#OFFICE_CHANGED}).
 */
public final class SettingsView {

    @FXML
    private BorderPane root;
    @FXML
    private TabPane tabs;

    private final ResourceBundle m;
    private final Map<Tab, Section> sections = new LinkedHashMap<>();
    private final Map<String, Supplier<Section>> models = new LinkedHashMap<>();
    private final Map<String, java.util.function.Function<Section, Parent>> views = new LinkedHashMap<>();

    private SettingsView(ResourceBundle m) {
        this.m = m;
    }

    /** The settings as a screen of the desk. */
    public static Parent screen(Desk desk) {
        var o = desk.office();
        String me = desk.user().id();
        ResourceBundle m = desk.messages();
        var r = desk.runner();
        SettingsView v = new SettingsView(m);
        String backups = org.anchang.office.BackupRoutine.defaultFolder(o).map(Object::toString).orElse("—");
        v.section("project", () -> SettingsForm.project(o, me, m, r), s -> FormView.load((SettingsForm) s, m, "settings.intro.project", desk.stage()));
        v.section("people", () -> new PeopleViewModel(o, me, m, r), s -> PeopleView.load((PeopleViewModel) s, m));
        v.section("roster", () -> new RosterViewModel(o, me, desk.day(), m, r), s -> RosterView.load((RosterViewModel) s, m));
        v.section("policy", () -> new PolicyViewModel(o, me, m, r), s -> PolicyView.load((PolicyViewModel) s, m));
        v.section("fines", () -> SettingsForm.fines(o, me, m, r), s -> FormView.load((SettingsForm) s, m, "settings.intro.fines", desk.stage()));
        v.section("commission", () -> CommissionForm.of(o, me, m, r),
                s -> FormView.load((SettingsForm) s, m, "settings.intro.commission", desk.stage()));
        v.section("grading", () -> SettingsForm.grading(o, me, m, r),
                s -> FormView.load((SettingsForm) s, m, "settings.intro.grading", desk.stage()));
        v.section("folders", () -> SettingsForm.folders(o, me, m, r, backups),
                s -> FormView.load((SettingsForm) s, m, "settings.intro.folders", desk.stage()));
        return v.load();
    }

    private void section(String key, Supplier<Section> model, java.util.function.Function<Section, Parent> view) {
        models.put(key, model);
        views.put(key, view);
    }

    private Parent load() {
        Parent p = fxml(SettingsView.class.getResource("Settings.fxml"), this, m);
        for (String key : models.keySet()) {
            Tab t = new Tab(m.getString("settings.tab." + key));
            t.setId("tab-" + key);
            t.setClosable(false);
            tabs.getTabs().add(t);
        }
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, tab) -> open(tab));
        open(tabs.getSelectionModel().getSelectedItem());
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN).match(e)) {
                Section s = sections.get(tabs.getSelectionModel().getSelectedItem());
                if (s != null) {
                    s.save();
                }
                e.consume();
            }
        });
        return p;
    }

    private void open(Tab tab) {
        if (tab == null || sections.containsKey(tab)) {
            return;
        }
        String key = tab.getId().substring("tab-".length());
        Section s = models.get(key).get();
        s.setOnSaved(() -> root.fireEvent(new Event(Shell.OFFICE_CHANGED)));
        sections.put(tab, s);
        tab.setContent(views.get(key).apply(s));
        s.load();
    }

    /** Loads an FXML file of this package with {@code controller}. */
    static Parent fxml(URL url, Object controller, ResourceBundle m) {
        FXMLLoader loader = new FXMLLoader(url, m);
        loader.setController(controller);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Shows a section's message line (red when it is a refusal) and its busy indicator. */
    static void bind(Section s, Label message, ProgressIndicator busy) {
        message.textProperty().bind(s.messageProperty());
        busy.visibleProperty().bind(s.busyProperty());
        busy.managedProperty().bind(s.busyProperty());
        s.errorProperty().addListener((o, was, err) -> {
            message.getStyleClass().remove("error");
            if (err) {
                message.getStyleClass().add("error");
            }
        });
    }
}
