package org.anchang.ui.signin;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.anchang.office.OfficeException;
import org.anchang.office.SignIn;
import org.anchang.ui.shell.TaskRunner;

/**
 * The sign-in form (登录): who, the password, and — when the manager set it — a new password chosen at once
 * ({@link SignIn}). The hint under the password says what this person has to do: the office's first manager chooses
 * a password; someone without one asks the manager; a locked account waits.
 */
public final class SignInViewModel {

    private final SignIn signIn;
    private final String wanted;
    private final ResourceBundle m;
    private final TaskRunner runner;
    private final ObservableList<SignIn.Person> people = FXCollections.observableArrayList();
    private final ObjectProperty<SignIn.Person> who = new SimpleObjectProperty<>();
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty next = new SimpleStringProperty("");
    private final StringProperty confirm = new SimpleStringProperty("");
    private final BooleanProperty changing = new SimpleBooleanProperty();
    private final StringProperty hint = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private char[] current = new char[0];

    /** {@code wanted}: the person to preselect ({@code -Danchang.user}), or blank. */
    public SignInViewModel(SignIn signIn, String wanted, ResourceBundle messages, TaskRunner runner) {
        this.signIn = signIn;
        this.wanted = wanted == null ? "" : wanted;
        this.m = messages;
        this.runner = runner;
        who.addListener((o, a, p) -> {
            changing.set(false);
            message.set("");
            explain(p);
        });
    }

    public ObservableList<SignIn.Person> people() {
        return people;
    }

    public ObjectProperty<SignIn.Person> whoProperty() {
        return who;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    /** The new password, when one must be chosen. */
    public StringProperty nextProperty() {
        return next;
    }

    public StringProperty confirmProperty() {
        return confirm;
    }

    /** Whether the form asks for a new password (the manager set the current one). */
    public ReadOnlyBooleanProperty changingProperty() {
        return changing;
    }

    public ReadOnlyStringProperty hintProperty() {
        return hint;
    }

    /** The refusal, naming the field (密码: 密码不正确 …). */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /**
     * Reads who may sign in; preselects the wanted person, else the manager who is to choose the office's first
     * password, else whoever signed in last.
     */
    public void load() {
        busy.set(true);
        runner.run(() -> {
            List<SignIn.Person> all = signIn.people();
            Optional<SignIn.Person> first = all.stream().filter(p -> p.id().equals(wanted)).findFirst()
                    .or(() -> all.stream().filter(p -> signIn.choosesFirstPassword(p.id())).findFirst())
                    .or(() -> signIn.lastSignedIn().flatMap(id -> all.stream().filter(p -> p.id().equals(id)).findFirst()))
                    .or(() -> all.stream().findFirst());
            return java.util.Map.entry(all, first);
        }, r -> {
            busy.set(false);
            people.setAll(r.getKey());
            who.set(r.getValue().orElse(null));
        }, this::failed);
    }

    private void explain(SignIn.Person p) {
        hint.set("");
        if (p == null) {
            return;
        }
        runner.run(() -> signIn.choosesFirstPassword(p.id()) ? "signin.first.manager"
                : signIn.hasPassword(p.id()) ? null : "signin.nopassword", key -> {
            if (p.equals(who.get()) && !changing.get()) {
                hint.set(key == null ? "" : m.getString(key));
            }
        }, t -> { });
    }

    /** Enter on the form: signs in, or, when a new password is asked for, sets it. */
    public void submit(Consumer<SignIn.Person> done) {
        if (changing.get()) {
            change(done);
        } else {
            signIn(done);
        }
    }

    private void signIn(Consumer<SignIn.Person> done) {
        SignIn.Person p = who.get();
        if (p == null) {
            message.set(m.getString("signin.pick"));
            return;
        }
        char[] secret = password.get().toCharArray();
        busy.set(true);
        runner.run(() -> signIn.signIn(p.id(), secret), r -> {
            busy.set(false);
            message.set("");
            if (r.mustChange()) {
                current = secret;
                changing.set(true);
                hint.set(m.getString("signin.mustchange"));
            } else {
                Arrays.fill(secret, '\0');
                password.set("");
                done.accept(r.person());
            }
        }, t -> {
            Arrays.fill(secret, '\0');
            password.set("");
            failed(t);
        });
    }

    private void change(Consumer<SignIn.Person> done) {
        SignIn.Person p = who.get();
        if (!next.get().equals(confirm.get())) {
            message.set(m.getString("signin.mismatch"));
            return;
        }
        char[] fresh = next.get().toCharArray();
        busy.set(true);
        runner.run(() -> signIn.changePassword(p.id(), current, fresh), person -> {
            busy.set(false);
            Arrays.fill(current, '\0');
            password.set("");
            next.set("");
            confirm.set("");
            changing.set(false);
            done.accept(person);
        }, this::failed);
    }

    private void failed(Throwable t) {
        busy.set(false);
        message.set(t instanceof OfficeException ? t.getMessage()
                : java.text.MessageFormat.format(m.getString("firststart.failed"), t.getClass().getSimpleName()));
    }
}
