package org.anchang.ui.customers;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.anchang.office.CustomerFile;
import org.anchang.office.CustomerFile.Flag;
import org.anchang.office.RegisterDesk;
import org.anchang.rules.Grading.Factor;
import org.anchang.ui.customers.CustomersViewModel.DealRow;
import org.anchang.ui.customers.CustomersViewModel.FollowUpRow;
import org.anchang.ui.customers.CustomersViewModel.GradeRow;
import org.anchang.ui.customers.CustomersViewModel.HistoryRow;
import org.anchang.ui.customers.CustomersViewModel.HitRow;
import org.anchang.ui.customers.CustomersViewModel.TimelineRow;
import org.anchang.ui.customers.MyCustomersViewModel.Filter;
import org.anchang.ui.customers.MyCustomersViewModel.MineRow;
import org.anchang.ui.shell.Desk;
import org.anchang.ui.shell.Dialogs.Choice;

/**
 * The customers screen's controller (客户): binds the search, the file, the grading form and 我的客户 to their
 * view models and forwards keys. Keyboard: type to search, ↓ into the results, Enter opens, Esc back,
 * Ctrl+F search, Ctrl+M my customers, Ctrl+G grade, Ctrl+R refresh; in the form Enter saves and Esc cancels.
 */
public final class CustomersView {

    private final CustomersViewModel vm;
    private final MyCustomersViewModel mineVm;
    private final ResourceBundle m;
    /** The spinners' value bindings: held here, as bidirectional bindings only hold their ends weakly. */
    private final List<ObjectProperty<Integer>> scoreObjects = new ArrayList<>();
    private final List<Spinner<Integer>> spinners = new ArrayList<>();

    @FXML private BorderPane root;
    @FXML private TabPane tabs;
    @FXML private Tab searchTab;
    @FXML private Tab mineTab;
    @FXML private TextField query;
    @FXML private Label searchInfo;
    @FXML private TableView<HitRow> hits;
    @FXML private TableColumn<HitRow, String> hitCustomer;
    @FXML private TableColumn<HitRow, String> hitPhone;
    @FXML private TableColumn<HitRow, String> hitOwner;
    @FXML private TableColumn<HitRow, String> hitStatus;
    @FXML private Label fileEmpty;
    @FXML private VBox filePane;
    @FXML private Label fileTitle;
    @FXML private Label filePhones;
    @FXML private Button gradeButton;
    @FXML private Label fileOwner;
    @FXML private Label fileProtection;
    @FXML private Label fileStage;
    @FXML private Label fileGrade;
    @FXML private Label fileCollisions;
    @FXML private Label fileMasked;
    @FXML private TabPane fileTabs;
    @FXML private Tab timelineTab;
    @FXML private Tab historyTab;
    @FXML private Tab followUpsTab;
    @FXML private Tab dealsTab;
    @FXML private Tab gradesTab;
    @FXML private TableView<TimelineRow> timeline;
    @FXML private TableColumn<TimelineRow, String> tlTime;
    @FXML private TableColumn<TimelineRow, String> tlKind;
    @FXML private TableColumn<TimelineRow, String> tlConsultant;
    @FXML private TableColumn<TimelineRow, String> tlCustomer;
    @FXML private TableColumn<TimelineRow, String> tlPhone;
    @FXML private TableColumn<TimelineRow, String> tlDetails;
    @FXML private TableColumn<TimelineRow, String> tlChange;
    @FXML private TableView<HistoryRow> history;
    @FXML private TableColumn<HistoryRow, String> hiTime;
    @FXML private TableColumn<HistoryRow, String> hiRule;
    @FXML private TableColumn<HistoryRow, String> hiText;
    @FXML private TableView<FollowUpRow> followUps;
    @FXML private TableColumn<FollowUpRow, String> fuDue;
    @FXML private TableColumn<FollowUpRow, String> fuRule;
    @FXML private TableColumn<FollowUpRow, String> fuText;
    @FXML private TableView<DealRow> deals;
    @FXML private TableColumn<DealRow, String> dlTime;
    @FXML private TableColumn<DealRow, String> dlBy;
    @FXML private TableColumn<DealRow, String> dlStage;
    @FXML private TableColumn<DealRow, String> dlAmount;
    @FXML private TableColumn<DealRow, String> dlShares;
    @FXML private TableColumn<DealRow, String> dlRules;
    @FXML private TableView<GradeRow> grades;
    @FXML private TableColumn<GradeRow, String> grTime;
    @FXML private TableColumn<GradeRow, String> grBy;
    @FXML private TableColumn<GradeRow, String> grLevel;
    @FXML private TableColumn<GradeRow, String> grScore;
    @FXML private TableColumn<GradeRow, String> grFactors;
    @FXML private TableColumn<GradeRow, String> grNote;
    @FXML private VBox gradePane;
    @FXML private Label gradeTitle;
    @FXML private GridPane gradeGrid;
    @FXML private CheckBox gradeDeclined;
    @FXML private TextField gradeNote;
    @FXML private Label gradeResult;
    @FXML private Label gradeError;
    @FXML private Label mineConsultantLabel;
    @FXML private ComboBox<Choice> mineConsultant;
    @FXML private HBox mineFilters;
    @FXML private Label mineCount;
    @FXML private TableView<MineRow> mine;
    @FXML private TableColumn<MineRow, String> mnCustomer;
    @FXML private TableColumn<MineRow, String> mnPhone;
    @FXML private TableColumn<MineRow, String> mnStatus;
    @FXML private TableColumn<MineRow, MineRow> mnDue;
    @FXML private TableColumn<MineRow, String> mnUntil;
    @FXML private TableColumn<MineRow, MineRow> mnLeft;
    @FXML private TableColumn<MineRow, String> mnStage;
    @FXML private TableColumn<MineRow, String> mnGrade;
    @FXML private ProgressIndicator busy;
    @FXML private Label message;

    public CustomersView(CustomersViewModel vm, MyCustomersViewModel mineVm, ResourceBundle messages) {
        this.vm = vm;
        this.mineVm = mineVm;
        this.m = messages;
    }

    /** The customers screen of the desk: search and file for everyone, 我的客户 for the signed-in consultant. */
    public static Parent screen(Desk desk) {
        CustomerFile files = new CustomerFile(desk.office());
        GradeFormModel form = new GradeFormModel(new RegisterDesk(desk.office()), desk.user().id(), desk.runner(), desk.messages(),
                desk.office()::now);
        CustomersViewModel vm = new CustomersViewModel(files, form, desk.user(), desk.runner(), desk.messages());
        MyCustomersViewModel mine = new MyCustomersViewModel(files, desk.user(), desk.runner(), desk.messages());
        Parent view = new CustomersView(vm, mine, desk.messages()).load();
        if (org.anchang.ui.shell.Theme.dark()) {
            view.getStylesheets().add(CustomersView.class.getResource("Customers-dark.css").toExternalForm());
        }
        mine.load();
        return view;
    }

    public Parent load() {
        return org.anchang.ui.shell.Fxml.load(this, "Customers.fxml", m);
    }

    @FXML
    private void initialize() {
        bindSearch();
        bindFile();
        bindGradeForm();
        bindMine();
        busy.visibleProperty().bind(vm.busyProperty().or(mineVm.busyProperty()).or(vm.gradeForm().busyProperty()));
        vm.messageProperty().addListener((o, a, b) -> say(b, vm.errorProperty().get()));
        vm.gradeForm().savedProperty().addListener((o, a, b) -> {
            say(b, false);
            if (!b.isEmpty()) {
                mineVm.load();     // the list shows the grade too
            }
        });
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, tab) -> {
            if (tab == mineTab) {
                mineVm.load();
            }
        });
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        // The board's accelerators (F1–F11, Ctrl+Z) live on the window's scene; here they would act on a board nobody
        // sees. F12 (关于/诊断) belongs to the whole desk and passes.
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode().isFunctionKey() && e.getCode() != KeyCode.F12 || e.isShortcutDown() && e.getCode() == KeyCode.Z) {
                e.consume();
            }
        });
        // The query's own scene: a tab's content joins the scene only when the tab pane's skin is made, a pulse later.
        query.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                Platform.runLater(query::requestFocus);
            }
        });
    }

    // ---- search ---------------------------------------------------------------------------------------

    private void bindSearch() {
        query.textProperty().bindBidirectional(vm.queryProperty());
        searchInfo.textProperty().bind(vm.searchInfoProperty());
        hits.setItems(vm.hits());
        text(hitCustomer, HitRow::customer);
        text(hitPhone, HitRow::phone);
        text(hitOwner, HitRow::owner);
        text(hitStatus, HitRow::status);
        hits.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row != null) {
                vm.open(row.ref());
            }
        });
        query.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if ((e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) && !vm.hits().isEmpty()) {
                hits.requestFocus();
                if (hits.getSelectionModel().isEmpty()) {
                    hits.getSelectionModel().select(0);
                }
                hits.getFocusModel().focus(hits.getSelectionModel().getSelectedIndex());
                e.consume();
            }
        });
        hits.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                fileTabs.getSelectionModel().getSelectedItem().getContent().requestFocus();
                e.consume();
            }
        });
    }

    // ---- the file -------------------------------------------------------------------------------------

    private void bindFile() {
        filePane.visibleProperty().bind(vm.fileProperty().isNotNull());
        fileEmpty.visibleProperty().bind(vm.fileProperty().isNull());
        fileTitle.textProperty().bind(vm.titleProperty());
        filePhones.textProperty().bind(vm.phonesProperty());
        fileOwner.textProperty().bind(vm.ownerProperty());
        fileProtection.textProperty().bind(vm.protectionProperty());
        fileStage.textProperty().bind(vm.stageProperty());
        fileGrade.textProperty().bind(vm.gradeProperty());
        fileCollisions.textProperty().bind(vm.collisionsProperty());
        fileMasked.textProperty().bind(vm.maskedProperty());
        gradeButton.disableProperty().bind(vm.canGradeProperty().not());
        timeline.setItems(vm.timeline());
        text(tlTime, TimelineRow::time);
        text(tlKind, TimelineRow::kind);
        wrapped(tlConsultant, TimelineRow::consultant);
        text(tlCustomer, TimelineRow::customer);
        text(tlPhone, TimelineRow::phone);
        wrapped(tlDetails, TimelineRow::details);
        wrapped(tlChange, TimelineRow::change);
        timeline.setRowFactory(t -> styled(r -> r.struck() ? "struck" : null));
        history.setItems(vm.history());
        text(hiTime, HistoryRow::time);
        text(hiRule, HistoryRow::rule);
        wrapped(hiText, HistoryRow::text);
        followUps.setItems(vm.followUps());
        text(fuDue, FollowUpRow::due);
        text(fuRule, FollowUpRow::rule);
        wrapped(fuText, FollowUpRow::text);
        followUps.setRowFactory(t -> styled(r -> r.overdue() ? "overdue" : null));
        deals.setItems(vm.deals());
        text(dlTime, DealRow::time);
        text(dlBy, DealRow::by);
        text(dlStage, DealRow::stage);
        text(dlAmount, DealRow::amount);
        text(dlShares, DealRow::shares);
        text(dlRules, DealRow::rules);
        grades.setItems(vm.grades());
        text(grTime, GradeRow::time);
        text(grBy, GradeRow::by);
        text(grLevel, GradeRow::level);
        text(grScore, GradeRow::score);
        wrapped(grFactors, GradeRow::factors);
        wrapped(grNote, GradeRow::note);
        CustomerText t = vm.text();
        count(timelineTab, "customers.file.tab.timeline", vm.timeline(), t);
        count(historyTab, "customers.file.tab.history", vm.history(), t);
        count(followUpsTab, "customers.file.tab.followups", vm.followUps(), t);
        count(dealsTab, "customers.file.tab.deals", vm.deals(), t);
        count(gradesTab, "customers.file.tab.grades", vm.grades(), t);
    }

    private static void count(Tab tab, String key, javafx.collections.ObservableList<?> list, CustomerText t) {
        Runnable set = () -> tab.setText(t.t(key, list.size()));
        list.addListener((ListChangeListener<Object>) c -> set.run());
        set.run();
    }

    // ---- the grading form -----------------------------------------------------------------------------

    private void bindGradeForm() {
        GradeFormModel form = vm.gradeForm();
        gradePane.visibleProperty().bind(form.openProperty());
        gradePane.managedProperty().bind(form.openProperty());
        gradeTitle.textProperty().bind(form.titleProperty());
        gradeResult.textProperty().bind(form.resultProperty());
        gradeError.textProperty().bind(form.errorProperty());
        gradeDeclined.selectedProperty().bindBidirectional(form.declinedProperty());
        gradeNote.textProperty().bindBidirectional(form.noteProperty());
        int row = 0;
        for (Factor f : Factor.values()) {
            Label name = new Label(vm.text().factor(f));
            name.getStyleClass().add("grade-label");
            Spinner<Integer> s = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 5, 3));
            s.setId("score-" + f.key());
            s.setEditable(true);
            ObjectProperty<Integer> value = form.scoreProperty(f).asObject();
            scoreObjects.add(value);
            s.getValueFactory().valueProperty().bindBidirectional(value);
            // A score is one digit: typing it replaces the score at once, whatever the caret; other keys type nothing.
            s.getEditor().addEventFilter(KeyEvent.KEY_TYPED, e -> {
                String c = e.getCharacter();
                if (c.length() == 1 && c.charAt(0) >= '1' && c.charAt(0) <= '5') {
                    s.getValueFactory().setValue(c.charAt(0) - '0');
                    s.getEditor().setText(c);
                    s.getEditor().end();
                }
                if (!c.isEmpty() && c.charAt(0) >= ' ') {
                    e.consume();
                }
            });
            form.errorFieldProperty().addListener((o, a, field) -> s.pseudoClassStateChanged(
                    javafx.css.PseudoClass.getPseudoClass("invalid"), f.key().equals(field)));
            Label hint = new Label(m.getString("customers.factor." + f.key() + ".hint"));
            hint.getStyleClass().add("grade-hint");
            Label weight = new Label();
            weight.textProperty().bind(form.weightProperty(f));
            weight.getStyleClass().add("grade-weight");
            gradeGrid.addRow(row++, name, s, hint, weight);
            spinners.add(s);
        }
        gradePane.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !(e.getTarget() instanceof Button)) {
                saveGrade();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                cancelGrade();
                e.consume();
            }
        });
        form.openProperty().addListener((o, was, open) -> {
            if (open) {
                Platform.runLater(() -> spinners.get(0).getEditor().requestFocus());
            } else {
                Platform.runLater(() -> timeline.requestFocus());
            }
        });
    }

    @FXML
    private void grade() {
        vm.grade();
    }

    @FXML
    private void saveGrade() {
        for (Spinner<Integer> s : spinners) {
            String typed = s.getEditor().getText().strip();
            if (typed.matches("[1-5]")) {
                s.getValueFactory().setValue(Integer.parseInt(typed));
            } else {
                s.getEditor().setText(String.valueOf(s.getValue()));
            }
        }
        vm.gradeForm().save();
    }

    @FXML
    private void cancelGrade() {
        vm.gradeForm().cancel();
    }

    // ---- my customers ---------------------------------------------------------------------------------

    private void bindMine() {
        mine.setItems(mineVm.rows());
        text(mnCustomer, MineRow::customer);
        text(mnPhone, MineRow::phone);
        text(mnStatus, MineRow::status);
        sorted(mnDue, MineRow::due, java.util.Comparator.comparingLong(MineRow::dueSort));
        text(mnUntil, MineRow::until);
        sorted(mnLeft, MineRow::leftText, java.util.Comparator.comparingLong(MineRow::left));
        text(mnStage, MineRow::stage);
        text(mnGrade, MineRow::grade);
        mine.setRowFactory(t -> styled(r -> r.overdue() ? "overdue" : r.flags().contains(Flag.LAPSING) ? "lapsing" : null));
        mineCount.textProperty().bind(mineVm.messageProperty());
        mineConsultant.setItems(mineVm.consultants());
        mineConsultant.visibleProperty().bind(mineVm.canPickProperty());
        mineConsultant.managedProperty().bind(mineVm.canPickProperty());
        mineConsultantLabel.visibleProperty().bind(mineVm.canPickProperty());
        mineConsultantLabel.managedProperty().bind(mineVm.canPickProperty());
        mineConsultant.valueProperty().addListener((o, a, c) -> {
            if (c != null) {
                mineVm.consultantProperty().set(c.id());
            }
        });
        mineVm.consultantProperty().addListener((o, a, id) -> mineVm.consultants().stream().filter(c -> c.id().equals(id)).findFirst()
                .ifPresent(mineConsultant::setValue));
        ToggleGroup group = new ToggleGroup();
        for (Filter f : Filter.values()) {
            ToggleButton b = new ToggleButton();
            b.setId("filter-" + f.name());
            b.getStyleClass().add("filter");
            b.textProperty().bind(mineVm.labelProperty(f));
            b.setToggleGroup(group);
            b.setSelected(f == mineVm.filterProperty().get());
            b.setOnAction(e -> {
                b.setSelected(true);
                mineVm.filterProperty().set(f);
            });
            mineFilters.getChildren().add(b);
        }
        mine.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openMine();
                e.consume();
            }
        });
        mine.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openMine();
            }
        });
    }

    private void openMine() {
        MineRow r = mine.getSelectionModel().getSelectedItem();
        if (r != null) {
            tabs.getSelectionModel().select(searchTab);
            vm.open(r.ref());
            Platform.runLater(() -> timeline.requestFocus());
        }
    }

    @FXML
    private void refreshMine() {
        mineVm.load();
    }

    // ---- keys and plumbing ----------------------------------------------------------------------------

    private void keys(KeyEvent e) {
        if (e.isShortcutDown() && e.getCode() == KeyCode.F) {
            tabs.getSelectionModel().select(searchTab);
            query.requestFocus();
            query.selectAll();
        } else if (e.isShortcutDown() && e.getCode() == KeyCode.M) {
            tabs.getSelectionModel().select(mineTab);
            Platform.runLater(() -> {
                mine.requestFocus();
                if (mine.getSelectionModel().isEmpty() && !mine.getItems().isEmpty()) {
                    mine.getSelectionModel().select(0);
                }
            });
        } else if (e.isShortcutDown() && e.getCode() == KeyCode.G) {
            tabs.getSelectionModel().select(searchTab);
            vm.grade();
        } else if (e.isShortcutDown() && e.getCode() == KeyCode.R) {
            mineVm.load();
            if (vm.fileProperty().get() != null) {
                vm.open(vm.fileProperty().get().ref());
            }
        } else if (e.getCode() == KeyCode.ESCAPE && !vm.gradeForm().openProperty().get()
                && tabs.getSelectionModel().getSelectedItem() == searchTab) {
            query.requestFocus();
            query.selectAll();
        } else {
            return;
        }
        e.consume();
    }

    private void say(String text, boolean error) {
        message.setText(text);
        message.getStyleClass().remove("error");
        if (error) {
            message.getStyleClass().add("error");
        }
    }

    private static <R> void text(TableColumn<R, String> c, Function<R, String> f) {
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(f.apply(cell.getValue())));
    }

    /** A column that shows {@code shown} and sorts by {@code order}. */
    private static <R> void sorted(TableColumn<R, R> c, Function<R, String> shown, java.util.Comparator<R> order) {
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        c.setComparator(order);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(R item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : shown.apply(item));
            }
        });
    }

    /** A column whose long text wraps inside the column instead of being cut. */
    private static <R> void wrapped(TableColumn<R, String> c, Function<R, String> f) {
        text(c, f);
        c.setCellFactory(col -> new TableCell<>() {
            private final Text line = new Text();

            {
                getStyleClass().add(col.getId() + "-cell");
                line.getStyleClass().add("text");
                line.wrappingWidthProperty().bind(col.widthProperty().subtract(14));
                setGraphic(line);
                setPrefHeight(USE_COMPUTED_SIZE);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                line.setText(empty || item == null ? "" : item);
            }
        });
    }

    /** Rows with a style class chosen by the row's value (struck, overdue, lapsing). */
    private static <R> TableRow<R> styled(Function<R, String> style) {
        return new TableRow<>() {
            @Override
            protected void updateItem(R item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("struck", "overdue", "lapsing");
                String s = empty || item == null ? null : style.apply(item);
                if (s != null) {
                    getStyleClass().add(s);
                }
            }
        };
    }

    public CustomersViewModel viewModel() {
        return vm;
    }

    public MyCustomersViewModel mineViewModel() {
        return mineVm;
    }
}
