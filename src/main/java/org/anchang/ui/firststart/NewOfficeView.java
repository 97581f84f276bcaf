package org.anchang.ui.firststart;

import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.anchang.office.SignIn;
import org.anchang.ui.shell.Dialogs.Choice;

/** The new-office wizard's view: a page at a time, 上一步 / 下一步 (Enter) / 建立案场, 取消 back to the first screen. */
public final class NewOfficeView {

    private final NewOfficeViewModel vm;
    private final ResourceBundle m;
    private final NewOfficeViewModel.Creator creator;
    private final Consumer<SignIn.Person> done;
    private final Runnable cancel;
    private final java.util.Map<NewOfficeViewModel.Consultant, javafx.scene.Node[]> rowNodes = new java.util.IdentityHashMap<>();

    @FXML
    private VBox page0;
    @FXML
    private VBox page1;
    @FXML
    private VBox page2;
    @FXML
    private Label step0;
    @FXML
    private Label step1;
    @FXML
    private Label step2;
    @FXML
    private TextField project;
    @FXML
    private ComboBox<Choice> preset;
    @FXML
    private Label presetDay;
    @FXML
    private TextField managerId;
    @FXML
    private TextField managerName;
    @FXML
    private PasswordField password;
    @FXML
    private PasswordField confirm;
    @FXML
    private GridPane consultants;
    @FXML
    private Button backButton;
    @FXML
    private Button nextButton;
    @FXML
    private Button createButton;
    @FXML
    private Label message;
    @FXML
    private ProgressIndicator busy;

    public NewOfficeView(NewOfficeViewModel vm, ResourceBundle m, NewOfficeViewModel.Creator creator,
            Consumer<SignIn.Person> done, Runnable cancel) {
        this.vm = vm;
        this.m = m;
        this.creator = creator;
        this.done = done;
        this.cancel = cancel;
    }

    public Parent load() {
        return org.anchang.ui.shell.Fxml.load(this, "NewOffice.fxml", m);
    }

    @FXML
    private void initialize() {
        project.textProperty().bindBidirectional(vm.projectProperty());
        preset.setItems(vm.presets());
        preset.setValue(vm.presets().stream().filter(c -> c.id().equals(vm.presetProperty().get())).findFirst().orElse(null));
        preset.valueProperty().addListener((o, a, c) -> vm.presetProperty().set(c == null ? "" : c.id()));
        presetDay.setText(java.text.MessageFormat.format(m.getString("wizard.day"), vm.day()));
        managerId.textProperty().bindBidirectional(vm.managerIdProperty());
        managerName.textProperty().bindBidirectional(vm.managerNameProperty());
        password.textProperty().bindBidirectional(vm.passwordProperty());
        confirm.textProperty().bindBidirectional(vm.confirmProperty());
        message.textProperty().bind(vm.messageProperty());
        busy.visibleProperty().bind(vm.busyProperty());
        busy.managedProperty().bind(vm.busyProperty());
        vm.errorProperty().addListener((o, a, err) -> {
            message.getStyleClass().remove("error");
            if (err) {
                message.getStyleClass().add("error");
            }
        });
        vm.consultants().addListener((ListChangeListener<NewOfficeViewModel.Consultant>) c -> rows());
        rows();
        vm.pageProperty().addListener((o, a, p) -> show(p.intValue()));
        show(vm.pageProperty().get());
        createButton.disableProperty().bind(vm.busyProperty());
    }

    private void show(int p) {
        List<VBox> pages = List.of(page0, page1, page2);
        List<Label> steps = List.of(step0, step1, step2);
        for (int i = 0; i < pages.size(); i++) {
            pages.get(i).setVisible(i == p);
            pages.get(i).setManaged(i == p);
            steps.get(i).getStyleClass().remove("current");
            if (i == p) {
                steps.get(i).getStyleClass().add("current");
            }
        }
        backButton.setDisable(p == 0);
        nextButton.setVisible(p < NewOfficeViewModel.LAST);
        nextButton.setManaged(p < NewOfficeViewModel.LAST);
        nextButton.setDefaultButton(p < NewOfficeViewModel.LAST);
        createButton.setVisible(p == NewOfficeViewModel.LAST);
        createButton.setManaged(p == NewOfficeViewModel.LAST);
        createButton.setDefaultButton(p == NewOfficeViewModel.LAST);
        Node first = switch (p) {
            case 0 -> project;
            case 1 -> managerName;
            default -> consultants.getChildren().size() > 4 ? consultants.getChildren().get(4) : createButton;
        };
        javafx.application.Platform.runLater(first::requestFocus);
    }

    /**
     * A row per consultant: number, name, id (its prompt shows the id it will get), remove. A row keeps its fields
     * when rows are added or removed, so that typing goes on undisturbed.
     */
    private void rows() {
        consultants.getChildren().clear();
        Label name = new Label(m.getString("wizard.consultant.name"));
        Label id = new Label(m.getString("wizard.consultant.id"));
        name.getStyleClass().add("field-label");
        id.getStyleClass().add("field-label");
        consultants.addRow(0, new Label(), name, id);
        int r = 0;
        for (NewOfficeViewModel.Consultant c : vm.consultants()) {
            javafx.scene.Node[] n = rowNodes.computeIfAbsent(c, this::row);
            ((Label) n[0]).setText((r + 1) + ".");
            n[1].setId("consultant-name-" + r);
            n[2].setId("consultant-id-" + r);
            consultants.addRow(r + 1, n);
            r++;
        }
    }

    private javafx.scene.Node[] row(NewOfficeViewModel.Consultant c) {
        Label n = new Label();
        n.getStyleClass().add("row-number");
        TextField name = new TextField();
        name.textProperty().bindBidirectional(c.nameProperty());
        name.setPromptText(m.getString("wizard.consultant.name"));
        TextField id = new TextField();
        id.textProperty().bindBidirectional(c.idProperty());
        id.setPrefColumnCount(6);
        id.promptTextProperty().bind(c.generatedProperty());
        Button remove = new Button(m.getString("wizard.consultant.remove"));
        remove.setOnAction(e -> vm.removeConsultant(vm.consultants().indexOf(c)));
        remove.setFocusTraversable(false);
        return new javafx.scene.Node[] {n, name, id, remove};
    }

    @FXML
    private void addConsultant() {
        vm.addConsultant();
        Node last = consultants.getChildren().get(consultants.getChildren().size() - 3);
        javafx.application.Platform.runLater(last::requestFocus);
    }

    @FXML
    private void back() {
        vm.back();
    }

    @FXML
    private void next() {
        vm.next();
    }

    @FXML
    private void create() {
        vm.create(creator, done);
    }

    @FXML
    private void cancel() {
        cancel.run();
    }
}
