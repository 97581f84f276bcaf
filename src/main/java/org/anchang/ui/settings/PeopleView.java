package org.anchang.ui.settings;

import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import java.util.function.Function;
import org.anchang.ui.shell.Dialogs.Choice;

/** 人员: the people table; a form to add a person and one to set the selected person's password. */
final class PeopleView {

    private final PeopleViewModel vm;
    private final ResourceBundle m;

    @FXML
    private TableView<PeopleViewModel.Row> table;
    @FXML
    private TextField newId;
    @FXML
    private TextField newName;
    @FXML
    private ComboBox<Choice> newRole;
    @FXML
    private Label who;
    @FXML
    private PasswordField password;
    @FXML
    private PasswordField confirm;
    @FXML
    private Label message;
    @FXML
    private ProgressIndicator busy;

    private PeopleView(PeopleViewModel vm, ResourceBundle m) {
        this.vm = vm;
        this.m = m;
    }

    static Parent load(PeopleViewModel vm, ResourceBundle m) {
        return SettingsView.fxml(PeopleView.class.getResource("People.fxml"), new PeopleView(vm, m), m);
    }

    @FXML
    private void initialize() {
        SettingsView.bind(vm, message, busy);
        table.setItems(vm.people());
        table.getColumns().setAll(java.util.List.of(column("settings.people.id", PeopleViewModel.Row::id, 120),
                column("settings.people.name", PeopleViewModel.Row::name, 220),
                column("settings.people.role", PeopleViewModel.Row::roleText, 140),
                column("settings.people.password", PeopleViewModel.Row::password, 360)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> vm.selectedProperty().set(row));
        vm.selectedProperty().addListener((o, was, row) -> {
            who.setText(row == null ? m.getString("settings.people.pick") : row.name() + "(" + row.id() + ")");
            if (row != null && table.getSelectionModel().getSelectedItem() != row) {
                table.getSelectionModel().select(row);
            }
        });
        who.setText(m.getString("settings.people.pick"));
        newId.textProperty().bindBidirectional(vm.newIdProperty());
        newName.textProperty().bindBidirectional(vm.newNameProperty());
        newRole.setItems(vm.roles());
        newRole.setValue(vm.roles().stream().filter(c -> c.id().equals(vm.newRoleProperty().get())).findFirst().orElse(null));
        newRole.valueProperty().addListener((o, was, c) -> vm.newRoleProperty().set(c == null ? "consultant" : c.id()));
        password.textProperty().bindBidirectional(vm.passwordProperty());
        confirm.textProperty().bindBidirectional(vm.confirmProperty());
        newName.setOnAction(e -> add());
        confirm.setOnAction(e -> setPassword());
    }

    private TableColumn<PeopleViewModel.Row, String> column(String key, Function<PeopleViewModel.Row, String> value, double width) {
        TableColumn<PeopleViewModel.Row, String> c = new TableColumn<>(m.getString(key));
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    @FXML
    private void add() {
        vm.add();
    }

    @FXML
    private void setPassword() {
        vm.setPassword();
    }
}
