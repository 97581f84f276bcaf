package org.anchang.ui.disputes;

import static org.anchang.ui.shell.Screen.whileShown;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.anchang.office.DisputeCase;
import org.anchang.office.Disputes;
import org.anchang.rules.TrailLine;
import org.anchang.ui.shell.Desk;

/** The dispute wizard's controller: binds the view model, builds the questions and forwards clicks and keys. */
public final class DisputesView {

    private final DisputesViewModel vm;
    private final ResourceBundle m;

    @FXML
    private BorderPane root;
    @FXML
    private HBox steps;
    @FXML
    private Label caseTitle;
    @FXML
    private Node selectPane;
    @FXML
    private Node recordsPane;
    @FXML
    private Node factsPane;
    @FXML
    private Node verdictPane;
    @FXML
    private Node signPane;
    @FXML
    private TextField queryField;
    @FXML
    private TableView<Disputes.GroupHit> hitTable;
    @FXML
    private TableColumn<Disputes.GroupHit, String> hitCustomer;
    @FXML
    private TableColumn<Disputes.GroupHit, String> hitPhones;
    @FXML
    private TableColumn<Disputes.GroupHit, String> hitParties;
    @FXML
    private TableColumn<Disputes.GroupHit, String> hitOwner;
    @FXML
    private TableColumn<Disputes.GroupHit, String> hitLast;
    @FXML
    private TableColumn<Disputes.GroupHit, String> hitFlags;
    @FXML
    private ComboBox<DisputesViewModel.Moment> momentBox;
    @FXML
    private TableView<DisputeCase.Row> rowTable;
    @FXML
    private TableColumn<DisputeCase.Row, String> rowNumber;
    @FXML
    private TableColumn<DisputeCase.Row, String> rowAt;
    @FXML
    private TableColumn<DisputeCase.Row, String> rowKind;
    @FXML
    private TableColumn<DisputeCase.Row, String> rowWho;
    @FXML
    private TableColumn<DisputeCase.Row, String> rowCustomer;
    @FXML
    private TableColumn<DisputeCase.Row, String> rowDetail;
    @FXML
    private TableColumn<DisputeCase.Row, String> rowMarks;
    @FXML
    private TableColumn<DisputeCase.Row, String> rowLines;
    @FXML
    private VBox questionBox;
    @FXML
    private VBox noticeBox;
    @FXML
    private Label ownerLabel;
    @FXML
    private Label dealsLabel;
    @FXML
    private Label penaltiesLabel;
    @FXML
    private ListView<TrailLine> trailList;
    @FXML
    private ListView<DisputeCase.WhatIf> whatIfList;
    @FXML
    private ComboBox<DisputeCase.Party> mediatorBox;
    @FXML
    private ComboBox<DisputeCase.Party> clerkBox;
    @FXML
    private Label deciderLabel;
    @FXML
    private Button saveButton;
    @FXML
    private Button printButton;
    @FXML
    private Button recordButton;
    @FXML
    private Label rulingLabel;
    @FXML
    private Label summaryOwner;
    @FXML
    private Label summaryDeals;
    @FXML
    private Label summaryPenalties;
    @FXML
    private TextField noteField;
    @FXML
    private Button annotateButton;
    @FXML
    private ListView<String> noteList;
    @FXML
    private Button backButton;
    @FXML
    private Button nextButton;
    @FXML
    private ProgressIndicator busy;
    @FXML
    private Label message;

    public DisputesView(DisputesViewModel vm, ResourceBundle messages) {
        this.vm = vm;
        this.m = messages;
    }

    /** The wizard as a screen of the desk (manager only: the shell greys it out for others, the office refuses them). */
    public static Parent screen(Desk desk) {
        DisputesViewModel vm = new DisputesViewModel(new Disputes(desk.office()), desk.user().id(), desk.user().name(), desk.runner(),
                new FxFiles(desk.stage()), desk.messages());
        Parent p = new DisputesView(vm, desk.messages()).load();
        vm.search();
        return p;
    }

    public Parent load() {
        return org.anchang.ui.shell.Fxml.load(this, "Disputes.fxml", m);
    }

    @FXML
    private void initialize() {
        for (int i = 0; i < DisputesViewModel.STEPS.size(); i++) {
            Label l = new Label((i + 1) + " " + m.getString(DisputesViewModel.STEPS.get(i)));
            l.getStyleClass().add("step");
            l.setId("step-" + (i + 1));
            steps.getChildren().add(l);
        }
        List<Node> panes = List.of(selectPane, recordsPane, factsPane, verdictPane, signPane);
        vm.stepProperty().addListener((o, a, b) -> showStep(panes, b.intValue()));
        showStep(panes, 0);
        caseTitle.textProperty().bind(vm.titleProperty());
        caseTitle.managedProperty().bind(vm.titleProperty().isNotEmpty());

        queryField.textProperty().bindBidirectional(vm.queryProperty());
        queryField.setOnAction(e -> {
            e.consume(); // Enter in the search field searches; it does not move on
            vm.search();
        });
        column(hitCustomer, Disputes.GroupHit::customers);
        column(hitPhones, h -> String.join(" ", h.phones().stream().map(DisputesView::hide).toList()));
        column(hitParties, h -> String.join("、", h.parties().stream().map(DisputeCase.Party::name).toList()));
        column(hitOwner, Disputes.GroupHit::owner);
        column(hitLast, h -> h.last().toLocalDate() + " " + h.last().toLocalTime());
        column(hitFlags, h -> (h.collision() ? m.getString("disputes.flag.collision") + " " : "")
                + (h.ruled() ? m.getString("disputes.flag.ruled") + " " : "")
                + (h.deals().isEmpty() ? "" : MessageFormat.format(m.getString("disputes.flag.deals"), h.deals().size())));
        hitTable.setItems(vm.hits());
        hitTable.setPlaceholder(new Label(m.getString("disputes.search.none")));
        hitTable.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selectedProperty().set(b));
        vm.selectedProperty().addListener((o, a, b) -> {
            if (b != null && hitTable.getSelectionModel().getSelectedItem() != b) {
                hitTable.getSelectionModel().select(b);
            }
        });
        hitTable.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                vm.next();
            }
        });
        momentBox.setItems(vm.moments());
        momentBox.valueProperty().bindBidirectional(vm.momentProperty());

        column(rowNumber, r -> r.number() > 0 ? String.valueOf(r.number()) : "");
        column(rowAt, r -> r.at().toLocalDate().getMonthValue() + "月" + r.at().getDayOfMonth() + "日 " + r.at().toLocalTime());
        column(rowKind, DisputeCase.Row::kind);
        column(rowWho, DisputeCase.Row::who);
        column(rowCustomer, DisputeCase.Row::customer);
        column(rowDetail, DisputeCase.Row::detail);
        column(rowMarks, r -> String.join("\n", r.marks()));
        column(rowLines, r -> String.join("\n", r.lines().stream().map(TrailLine::text).toList()));
        rowMarks.getStyleClass().add("mark");
        rowTable.setItems(vm.rows());

        vm.questions().addListener((ListChangeListener<DisputeCase.Question>) c -> showQuestions());
        vm.notices().addListener((ListChangeListener<DisputeCase.Notice>) c -> showNotices());
        vm.lockedProperty().addListener((o, a, b) -> showQuestions());
        showQuestions();
        showNotices();

        ownerLabel.textProperty().bind(vm.ownerProperty());
        dealsLabel.textProperty().bind(vm.dealsProperty());
        penaltiesLabel.textProperty().bind(vm.penaltiesProperty());
        summaryOwner.textProperty().bind(javafx.beans.binding.Bindings.concat(m.getString("disputes.verdict.owner"), ":", vm.ownerProperty()));
        summaryDeals.textProperty().bind(vm.dealsProperty());
        summaryPenalties.textProperty().bind(javafx.beans.binding.Bindings.concat(m.getString("disputes.verdict.penalties"), ":",
                vm.penaltiesProperty()));
        trailList.setItems(vm.trail());
        trailList.setCellFactory(l -> wrappingCell(l, t -> t.at().getMonthValue() + "月" + t.at().getDayOfMonth() + "日 " + t.at().toLocalTime()
                + "  " + t.text()));
        whatIfList.setItems(vm.whatIfs());
        whatIfList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(DisputeCase.WhatIf w, boolean empty) {
                super.updateItem(w, empty);
                if (empty || w == null) {
                    setGraphic(null);
                    return;
                }
                Label title = new Label(w.title() + "(" + w.policy() + ")");
                title.getStyleClass().add("whatif-title");
                Label body = new Label(m.getString("disputes.whatif.owner") + w.owner() + "\n" + w.deals().replace(";", "\n") + "\n" + w.penalties());
                body.setWrapText(true);
                body.maxWidthProperty().bind(l.widthProperty().subtract(40));
                title.maxWidthProperty().bind(l.widthProperty().subtract(40));
                Label same = new Label(m.getString(w.same() ? "disputes.whatif.same" : "disputes.whatif.differs"));
                same.getStyleClass().add(w.same() ? "whatif-same" : "whatif-differs");
                VBox box = new VBox(title, body, same);
                box.getStyleClass().add("whatif-card");
                title.setWrapText(true);
                setGraphic(box);
            }
        });

        mediatorBox.setItems(vm.mediators());
        mediatorBox.valueProperty().bindBidirectional(vm.mediatorProperty());
        clerkBox.setItems(vm.clerks());
        clerkBox.valueProperty().bindBidirectional(vm.clerkProperty());
        mediatorBox.setConverter(party());
        clerkBox.setConverter(party());
        mediatorBox.disableProperty().bind(vm.lockedProperty());
        clerkBox.disableProperty().bind(vm.lockedProperty());
        deciderLabel.setText(vm.deciderName());
        recordButton.disableProperty().bind(vm.canRecordProperty().not());
        recordButton.defaultButtonProperty().bind(vm.stepProperty().isEqualTo(4));
        saveButton.disableProperty().bind(vm.currentProperty().isNull().or(vm.busyProperty()));
        printButton.disableProperty().bind(vm.currentProperty().isNull().or(vm.busyProperty()));
        rulingLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> vm.rulingProperty().get() == null
                ? (vm.lockedProperty().get() ? "" : m.getString("disputes.ruling.none"))
                : MessageFormat.format(m.getString("disputes.ruling.final"), String.valueOf(vm.rulingProperty().get())), vm.rulingProperty(), vm.lockedProperty()));
        noteField.textProperty().bindBidirectional(vm.noteProperty());
        noteField.disableProperty().bind(vm.rulingProperty().isNull());
        annotateButton.disableProperty().bind(vm.rulingProperty().isNull().or(vm.busyProperty()));
        noteField.setOnAction(e -> {
            e.consume();
            vm.annotate();
        });
        noteList.setItems(vm.notes());

        backButton.disableProperty().bind(vm.stepProperty().isEqualTo(0).or(vm.busyProperty()));
        nextButton.disableProperty().bind(vm.canNextProperty().not());
        nextButton.defaultButtonProperty().bind(vm.stepProperty().lessThan(4));
        busy.visibleProperty().bind(vm.busyProperty());
        message.textProperty().bind(vm.messageProperty());
        vm.errorProperty().addListener((o, a, err) -> {
            message.getStyleClass().remove("error");
            if (err) {
                message.getStyleClass().add("error");
            }
        });
        root.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                shortcuts(scene);
            }
        });
    }

    /** Alt+N next, Alt+B back, Alt+S save, Alt+P print, Alt+R record, Alt+A annotate — only while the wizard is on screen. */
    private void shortcuts(Scene scene) {
        var acc = scene.getAccelerators();
        acc.put(new KeyCodeCombination(KeyCode.N, KeyCombination.ALT_DOWN), whileShown(root, vm::next));
        acc.put(new KeyCodeCombination(KeyCode.B, KeyCombination.ALT_DOWN), whileShown(root, vm::back));
        acc.put(new KeyCodeCombination(KeyCode.S, KeyCombination.ALT_DOWN), whileShown(root, vm::save));
        acc.put(new KeyCodeCombination(KeyCode.P, KeyCombination.ALT_DOWN), whileShown(root, vm::print));
        acc.put(new KeyCodeCombination(KeyCode.R, KeyCombination.ALT_DOWN), whileShown(root, vm::record));
        acc.put(new KeyCodeCombination(KeyCode.A, KeyCombination.ALT_DOWN), whileShown(root, vm::annotate));
    }

    private void showStep(List<Node> panes, int step) {
        for (int i = 0; i < panes.size(); i++) {
            panes.get(i).setVisible(i == step);
            panes.get(i).setManaged(i == step);
            Node l = steps.getChildren().get(i);
            l.getStyleClass().removeAll("current", "done");
            l.getStyleClass().add(i == step ? "current" : i < step ? "done" : "todo");
        }
        Node focus = switch (step) {
            case 0 -> queryField;
            case 1 -> rowTable;
            case 2 -> questionBox.getChildren().isEmpty() ? nextButton : questionBox.lookup(".combo-box");
            case 3 -> trailList;
            default -> mediatorBox.isDisabled() ? saveButton : mediatorBox;
        };
        if (focus != null) {
            javafx.application.Platform.runLater(focus::requestFocus);
        }
    }

    private void showQuestions() {
        String focused = questionBox.getScene() != null && questionBox.getScene().getFocusOwner() != null
                ? questionBox.getScene().getFocusOwner().getId() : null;
        questionBox.getChildren().clear();
        if (vm.questions().isEmpty()) {
            questionBox.getChildren().add(new Label(m.getString("disputes.facts.none")));
        }
        for (DisputeCase.Question q : vm.questions()) {
            Label about = new Label(q.about());
            about.getStyleClass().add("question-about");
            Label text = new Label(q.text());
            text.getStyleClass().add("question-text");
            ComboBox<DisputeCase.Option> answer = new ComboBox<>();
            answer.setId("q-" + q.id().replace('@', '-'));
            answer.getItems().setAll(q.options());
            answer.setConverter(new javafx.util.StringConverter<>() {
                @Override
                public String toString(DisputeCase.Option o) {
                    return o == null ? "" : o.label();
                }

                @Override
                public DisputeCase.Option fromString(String s) {
                    return null;
                }
            });
            q.options().stream().filter(o -> o.value().equals(q.current())).findFirst().ifPresent(answer::setValue);
            answer.valueProperty().addListener((o, a, b) -> {
                if (b != null) {
                    vm.answer(q.id(), b.value());
                }
            });
            answer.setDisable(vm.lockedProperty().get());
            text.setLabelFor(answer);
            HBox line = new HBox(12, text, answer);
            line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            Label matters = new Label(MessageFormat.format(m.getString("disputes.facts.matters"), String.join(";", q.matters()))
                    + (q.current().equals(q.registered()) ? "" : "  " + m.getString("disputes.facts.changed")));
            matters.getStyleClass().add("question-matters");
            matters.setWrapText(true);
            VBox box = new VBox(4, about, line, matters);
            box.getStyleClass().add("question");
            if (!q.current().equals(q.registered())) {
                box.getStyleClass().add("answered");
            }
            questionBox.getChildren().add(box);
            if (answer.getId().equals(focused)) {
                javafx.application.Platform.runLater(answer::requestFocus);
            }
        }
    }

    private void showNotices() {
        noticeBox.getChildren().clear();
        if (vm.notices().isEmpty()) {
            noticeBox.getChildren().add(new Label(m.getString("disputes.notices.none")));
        }
        for (DisputeCase.Notice n : vm.notices()) {
            Label l = new Label(n.text());
            l.setWrapText(true);
            l.getStyleClass().add("notice");
            if (n.late()) {
                l.getStyleClass().add("late");
            }
            noticeBox.getChildren().add(l);
        }
    }

    /** A text column whose cells wrap (a Text with its wrapping width bound to the column), so the judge's lines are read whole. */
    private static <S> void column(TableColumn<S, String> c, Function<S, String> value) {
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(f.getValue() == null ? "" : value.apply(f.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            private final Text text = new Text();

            {
                text.getStyleClass().add("cell-text");
                text.wrappingWidthProperty().bind(col.widthProperty().subtract(14));
                setPrefHeight(Control.USE_COMPUTED_SIZE);
            }

            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                text.setText(empty || s == null ? "" : s);
                setText(null);
                setGraphic(empty ? null : text);
            }
        });
    }

    private static <T> ListCell<T> wrappingCell(ListView<T> list, Function<T, String> text) {
        return new ListCell<>() {
            private final Label label = new Label();

            {
                label.setWrapText(true);
                label.maxWidthProperty().bind(list.widthProperty().subtract(36));
            }

            @Override
            protected void updateItem(T t, boolean empty) {
                super.updateItem(t, empty);
                label.setText(empty || t == null ? "" : text.apply(t));
                setGraphic(empty ? null : label);
            }
        };
    }

    private static javafx.util.StringConverter<DisputeCase.Party> party() {
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(DisputeCase.Party p) {
                return p == null ? "" : p.name() + "(" + p.id() + ")";
            }

            @Override
            public DisputeCase.Party fromString(String s) {
                return null;
            }
        };
    }

    private static String hide(String phone) {
        return phone.length() == 11 ? phone.substring(0, 3) + "****" + phone.substring(7) : phone;
    }

    @FXML
    private void search() {
        vm.search();
    }

    @FXML
    private void next() {
        vm.next();
    }

    @FXML
    private void back() {
        vm.back();
    }

    @FXML
    private void save() {
        vm.save();
    }

    @FXML
    private void print() {
        vm.print();
    }

    @FXML
    private void record() {
        vm.record();
    }

    @FXML
    private void annotate() {
        vm.annotate();
    }

    public DisputesViewModel viewModel() {
        return vm;
    }

    /** Save dialogs owned by the desk's window. */
    static final class FxFiles implements DisputeFiles {
        private final Window owner;

        FxFiles(Window owner) {
            this.owner = owner;
        }

        @Override
        public Optional<Path> saveAs(String title, String suggested) {
            FileChooser c = new FileChooser();
            c.setTitle(title);
            c.setInitialFileName(suggested);
            c.setInitialDirectory(new java.io.File(System.getProperty("user.home")));
            String ext = suggested.substring(suggested.lastIndexOf('.'));
            c.getExtensionFilters().add(new FileChooser.ExtensionFilter(ext, "*" + ext));
            return Optional.ofNullable(c.showSaveDialog(owner)).map(java.io.File::toPath);
        }
    }
}
