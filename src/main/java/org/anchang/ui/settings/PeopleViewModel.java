package org.anchang.ui.settings;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.anchang.office.Office;
import org.anchang.office.SignIn;
import org.anchang.office.Staff;
import org.anchang.ui.shell.Dialogs.Choice;
import org.anchang.ui.shell.TaskRunner;

/**
 * 人员: the office's people with their role and where their password stands; the manager adds a person
 * ({@link Staff#addPerson}) and sets or resets a desk person's password ({@link SignIn#setPassword}), which that
 * person must change at the next sign-in. Setting a new password also lifts a lock.
 */
public final class PeopleViewModel extends Section {

    /** One person as the table shows them. */
    public record Row(String id, String name, String role, String roleText, String password) {
    }

    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HH:mm");
    private static final List<String> ROLES = List.of("consultant", "supervisor", "clerk", "manager", "agent");

    private final Office office;
    private final String actor;
    private final ObservableList<Row> people = FXCollections.observableArrayList();
    private final ObservableList<Choice> roles = FXCollections.observableArrayList();
    private final StringProperty newId = new SimpleStringProperty("");
    private final StringProperty newName = new SimpleStringProperty("");
    private final StringProperty newRole = new SimpleStringProperty("consultant");
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty confirm = new SimpleStringProperty("");

    public PeopleViewModel(Office office, String actor, ResourceBundle m, TaskRunner runner) {
        super(m, runner);
        this.office = office;
        this.actor = actor;
        ROLES.forEach(r -> roles.add(new Choice(r, m.getString("role." + r))));
    }

    public ObservableList<Row> people() {
        return people;
    }

    public ObservableList<Choice> roles() {
        return roles;
    }

    public StringProperty newIdProperty() {
        return newId;
    }

    public StringProperty newNameProperty() {
        return newName;
    }

    /** The new person's role id (consultant, supervisor, clerk, manager, agent). */
    public StringProperty newRoleProperty() {
        return newRole;
    }

    /** The person whose password is set. */
    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty confirmProperty() {
        return confirm;
    }

    @Override
    public void load() {
        String keep = selected.get() == null ? null : selected.get().id();
        work(() -> {
            List<Staff.Member> all = new Staff(office).people();
            List<SignIn.Account> accounts = new SignIn(office).accounts();
            return all.stream().map(p -> row(p, accounts)).toList();
        }, rows -> {
            people.setAll(rows);
            selected.set(rows.stream().filter(r -> r.id().equals(keep)).findFirst().orElse(null));
        });
    }

    private Row row(Staff.Member p, List<SignIn.Account> accounts) {
        String state = accounts.stream().filter(a -> a.person().id().equals(p.id())).findFirst().map(a -> {
            String s = m.getString("settings.people.password." + a.password().name().toLowerCase(java.util.Locale.ROOT));
            return a.lockedUntil().map(u -> s + " · " + MessageFormat.format(m.getString("settings.people.locked"), HHMM.format(u)))
                    .orElse(s);
        }).orElse(m.getString("settings.people.password.nodesk"));
        return new Row(p.id(), p.name(), p.role(), m.getString("role." + p.role()), state);
    }

    /** Adds the person typed in the form; the office refuses a bad or taken id naming the field. */
    public void add() {
        String id = newId.get().strip();
        String name = newName.get().strip();
        String role = newRole.get();
        work(() -> {
            new Staff(office).addPerson(id, name, role, actor);
            return null;
        }, x -> {
            newId.set("");
            newName.set("");
            saved("settings.people.added", name, id, m.getString("role." + role));
            load();
        });
    }

    /** Sets the selected person's password; they must change it at their next sign-in (unless it is the manager's own). */
    public void setPassword() {
        Row who = selected.get();
        if (who == null) {
            say(true, m.getString("settings.people.pick"));
            return;
        }
        if (!password.get().equals(confirm.get())) {
            say(true, m.getString("settings.people.mismatch"));
            return;
        }
        char[] secret = password.get().toCharArray();
        work(() -> {
            try {
                new SignIn(office).setPassword(who.id(), secret, actor);
            } finally {
                Arrays.fill(secret, '\0');
            }
            return null;
        }, x -> {
            password.set("");
            confirm.set("");
            saved(who.id().equals(actor) ? "settings.people.password.own" : "settings.people.password.done", who.name());
            load();
        });
    }

    /** The section's save (Ctrl+S): sets the password when one is typed, else adds the person typed. */
    @Override
    public void save() {
        if (!password.get().isEmpty()) {
            setPassword();
        } else {
            add();
        }
    }
}
