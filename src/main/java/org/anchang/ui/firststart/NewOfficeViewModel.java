package org.anchang.ui.firststart;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.anchang.office.NewOffice;
import org.anchang.office.OfficeException;
import org.anchang.office.SignIn;
import org.anchang.rules.Policy;
import org.anchang.rules.Presets;
import org.anchang.ui.shell.Dialogs.Choice;
import org.anchang.ui.shell.TaskRunner;

/**
 * The new-office wizard (新建案场), three pages: 1 project and regime, 2 the manager's account, 3 the consultants
 * (in the first day's order; ids typed or numbered C01, C02 …). {@link #next} checks the page before moving on;
 * {@link #create} hands the plan to the office ({@link NewOffice}), whose refusal names the field and brings
 * back the page it is on.
 */
public final class NewOfficeViewModel {

    /** The last page's index. */
    public static final int LAST = 2;

    /** One consultant row: the id (blank: generated, shown as {@link #generatedProperty}) and the name. */
    public static final class Consultant {
        private final StringProperty id = new SimpleStringProperty("");
        private final StringProperty name = new SimpleStringProperty("");
        private final StringProperty generated = new SimpleStringProperty("");

        public StringProperty idProperty() {
            return id;
        }

        public StringProperty nameProperty() {
            return name;
        }

        /** The id this row will get (typed or numbered). */
        public ReadOnlyStringProperty generatedProperty() {
            return generated;
        }

        boolean empty() {
            return id.get().isBlank() && name.get().isBlank();
        }
    }

    /** How the plan becomes an office: opening the data directory's database and {@link NewOffice#create}. */
    public interface Creator {
        SignIn.Person create(NewOffice.Plan plan) throws Exception;
    }

    private final ResourceBundle m;
    private final TaskRunner runner;
    private final LocalDate day;
    private final IntegerProperty page = new SimpleIntegerProperty(0);
    private final StringProperty project = new SimpleStringProperty("");
    private final StringProperty preset = new SimpleStringProperty(Presets.DEFAULT);
    private final ObservableList<Choice> presets = FXCollections.observableArrayList();
    private final StringProperty managerId = new SimpleStringProperty("M01");
    private final StringProperty managerName = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty confirm = new SimpleStringProperty("");
    private final ObservableList<Consultant> consultants = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty error = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public NewOfficeViewModel(ResourceBundle messages, TaskRunner runner, LocalDate day) {
        this.m = messages;
        this.runner = runner;
        this.day = day;
        for (Policy p : Presets.all()) {
            presets.add(new Choice(p.id(), p.id() + " · " + p.title()));
        }
        managerId.addListener((o, a, b) -> renumber());
        for (int i = 0; i < 4; i++) {
            addConsultant();
        }
    }

    public ReadOnlyIntegerProperty pageProperty() {
        return page;
    }

    public StringProperty projectProperty() {
        return project;
    }

    /** The chosen preset id. */
    public StringProperty presetProperty() {
        return preset;
    }

    public ObservableList<Choice> presets() {
        return presets;
    }

    public StringProperty managerIdProperty() {
        return managerId;
    }

    public StringProperty managerNameProperty() {
        return managerName;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty confirmProperty() {
        return confirm;
    }

    /** The consultants in the first day's order; empty rows are left out. */
    public ObservableList<Consultant> consultants() {
        return consultants;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty errorProperty() {
        return error;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** The day the new office's board opens on, with the consultants as its order. */
    public LocalDate day() {
        return day;
    }

    public Consultant addConsultant() {
        Consultant c = new Consultant();
        c.id.addListener((o, a, b) -> renumber());
        c.name.addListener((o, a, b) -> {
            renumber();
            // Typing into the last row opens another, so that the list never runs out while typing.
            if (!b.isBlank() && consultants.indexOf(c) == consultants.size() - 1) {
                addConsultant();
            }
        });
        consultants.add(c);
        renumber();
        return c;
    }

    public void removeConsultant(int index) {
        if (index >= 0 && index < consultants.size()) {
            consultants.remove(index);
            renumber();
        }
    }

    private void renumber() {
        List<Consultant> rows = consultants.stream().filter(c -> !c.empty()).toList();
        List<String> ids = NewOffice.ids(rows.stream().map(c -> c.id.get()).toList(), managerId.get());
        consultants.forEach(c -> c.generated.set(""));
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).generated.set(ids.get(i));
        }
    }

    /** To the next page, when this one is filled in. */
    public void next() {
        if (check(page.get())) {
            page.set(Math.min(LAST, page.get() + 1));
            say(false, "");
        }
    }

    public void back() {
        page.set(Math.max(0, page.get() - 1));
        say(false, "");
    }

    private boolean check(int p) {
        String problem = switch (p) {
            case 0 -> project.get().isBlank() ? field("project", "wizard.blank") : null;
            case 1 -> managerId.get().isBlank() ? field("managerId", "wizard.blank")
                    : managerName.get().isBlank() ? field("managerName", "wizard.blank")
                    : password.get().length() < SignIn.MIN_LENGTH
                            ? field("password", "wizard.short", SignIn.MIN_LENGTH)
                    : !password.get().equals(confirm.get()) ? field("confirm", "wizard.mismatch") : null;
            default -> consultants.stream().allMatch(Consultant::empty) ? field("consultants", "wizard.noone") : null;
        };
        if (problem != null) {
            say(true, problem);
        }
        return problem == null;
    }

    private String field(String field, String reasonKey, Object... args) {
        return m.getString("wizard.field." + field) + ": " + MessageFormat.format(m.getString(reasonKey), args);
    }

    /** The plan as filled in. */
    public NewOffice.Plan plan() {
        List<NewOffice.Consultant> list = new ArrayList<>();
        consultants.stream().filter(c -> !c.empty())
                .forEach(c -> list.add(new NewOffice.Consultant(c.id.get().strip(), c.name.get().strip())));
        return new NewOffice.Plan(project.get().strip(), preset.get(), managerId.get().strip(), managerName.get().strip(),
                password.get().toCharArray(), list, day);
    }

    /** Checks every page, then creates the office off the JavaFX thread; {@code done} gets its manager, signed in. */
    public void create(Creator creator, Consumer<SignIn.Person> done) {
        for (int p = 0; p <= LAST; p++) {
            if (!check(p)) {
                page.set(p);
                return;
            }
        }
        NewOffice.Plan plan = plan();
        busy.set(true);
        say(false, m.getString("wizard.creating"));
        runner.run(() -> creator.create(plan), person -> {
            busy.set(false);
            password.set("");
            confirm.set("");
            say(false, MessageFormat.format(m.getString("wizard.created"), plan.project()));
            done.accept(person);
        }, t -> {
            busy.set(false);
            if (t instanceof OfficeException e) {
                page.set(pageOf(e.field()));
                say(true, e.getMessage());
            } else {
                say(true, MessageFormat.format(m.getString("wizard.failed"), t.getClass().getSimpleName() + ": " + t.getMessage()));
            }
        });
    }

    /** The page an office refusal's field is on. */
    static int pageOf(String field) {
        if (field.startsWith("经理")) {
            return 1;
        }
        if (field.startsWith("置业顾问") || field.equals("轮序")) {
            return 2;
        }
        return 0;
    }

    private void say(boolean isError, String text) {
        error.set(isError);
        message.set(text);
    }
}
