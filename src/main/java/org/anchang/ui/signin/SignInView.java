package org.anchang.ui.signin;

import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;
import org.anchang.office.SignIn;

/** The sign-in form in the desk's window: 用户, 密码 (and 新密码 twice when it must be changed); Enter signs in, 退出 quits. */
public final class SignInView {

    private final SignInViewModel vm;
    private final ResourceBundle m;
    private final String project;
    private final Consumer<SignIn.Person> done;
    private final Runnable quit;

    @FXML
    private Label projectLabel;
    @FXML
    private ComboBox<SignIn.Person> who;
    @FXML
    private PasswordField password;
    @FXML
    private GridPane change;
    @FXML
    private PasswordField next;
    @FXML
    private PasswordField confirm;
    @FXML
    private javafx.scene.control.Button signInButton;
    @FXML
    private Label hint;
    @FXML
    private Label message;
    @FXML
    private ProgressIndicator busy;

    public SignInView(SignInViewModel vm, ResourceBundle m, String project, Consumer<SignIn.Person> done, Runnable quit) {
        this.vm = vm;
        this.m = m;
        this.project = project;
        this.done = done;
        this.quit = quit;
    }

    public Parent load() {
        return org.anchang.ui.shell.Fxml.load(this, "SignIn.fxml", m);
    }

    @FXML
    private void initialize() {
        projectLabel.setText(project);
        who.setItems(vm.people());
        who.setConverter(new StringConverter<>() {
            @Override
            public String toString(SignIn.Person p) {
                return p == null ? "" : p.name() + "(" + m.getString("role." + p.role()) + " · " + p.id() + ")";
            }

            @Override
            public SignIn.Person fromString(String s) {
                return null;
            }
        });
        who.valueProperty().bindBidirectional(vm.whoProperty());
        password.textProperty().bindBidirectional(vm.passwordProperty());
        next.textProperty().bindBidirectional(vm.nextProperty());
        confirm.textProperty().bindBidirectional(vm.confirmProperty());
        hint.textProperty().bind(vm.hintProperty());
        message.textProperty().bind(vm.messageProperty());
        busy.visibleProperty().bind(vm.busyProperty());
        busy.managedProperty().bind(vm.busyProperty());
        change.visibleProperty().bind(vm.changingProperty());
        change.managedProperty().bind(vm.changingProperty());
        password.disableProperty().bind(vm.changingProperty());
        signInButton.textProperty().bind(javafx.beans.binding.Bindings.when(vm.changingProperty())
                .then(m.getString("signin.change")).otherwise(m.getString("signin.ok")));
        vm.changingProperty().addListener((o, was, now) -> {
            if (now) {
                javafx.application.Platform.runLater(next::requestFocus);
            }
        });
        javafx.application.Platform.runLater(password::requestFocus);
    }

    @FXML
    private void submit() {
        vm.submit(done);
    }

    @FXML
    private void quit() {
        quit.run();
    }
}
