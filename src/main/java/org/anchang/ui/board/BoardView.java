package org.anchang.ui.board;

import static org.anchang.ui.shell.Screen.whileShown;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;

/** The board screen's controller: binds the view model's state and forwards clicks and shortcuts to it. */
public final class BoardView {

    private final BoardViewModel vm;
    private final ResourceBundle m;

    @FXML
    private BorderPane root;
    @FXML
    private Label banner;
    @FXML
    private Label waiting;
    @FXML
    private ProgressIndicator busy;
    @FXML
    private TilePane cards;
    @FXML
    private BarChart<Number, String> chart;
    @FXML
    private javafx.scene.control.ToggleGroup span;
    @FXML
    private javafx.scene.control.ToggleButton weekButton;
    @FXML
    private ToggleButton freeButton;
    @FXML
    private Label message;

    public BoardView(BoardViewModel vm, ResourceBundle messages) {
        this.vm = vm;
        this.m = messages;
    }

    /** Loads Board.fxml with this controller and returns its root. */
    /** The board as a screen of the desk: the signed-in day's board, loaded at once. */
    public static Parent screen(org.anchang.ui.shell.Desk desk) {
        BoardViewModel vm = new BoardViewModel(new org.anchang.office.BoardDesk(desk.office()), desk.day(),
                desk.user().id(), desk.runner(), desk.dialogs(), desk.messages());
        Parent board = new BoardView(vm, desk.messages()).load();
        // After a stored walk-in, the quick visit form for its taker (issue 5). Only for an assignment this walk-in made:
        // a group still waiting gets none (the hook then hands over the last assignment made, an earlier group's), nor
        // a non-buyer (ROT-7), a brochure (nobody took it) or a same-day repeat (ROT-6, registered already).
        int[] before = {0};
        vm.stateProperty().addListener((o, was, is) -> before[0] = was == null ? Integer.MAX_VALUE
                : was.assignments().stream().mapToInt(org.anchang.board.Assignment::index).max().orElse(0));
        vm.setOnWalkin(a -> {
            if (a.index() > before[0] && a.to().isPresent() && !a.rule().equals("ROT-7") && !a.rule().equals("ROT-6")) {
                org.anchang.ui.register.QuickVisitView.open(desk, a);
            }
        });
        if (org.anchang.ui.shell.Theme.dark()) {
            board.getStylesheets().add(BoardView.class.getResource("Board-dark.css").toExternalForm());
        }
        vm.load();
        return board;
    }

    public Parent load() {
        return org.anchang.ui.shell.Fxml.load(this, "Board.fxml", m);
    }

    @FXML
    private void initialize() {
        banner.textProperty().bind(vm.bannerProperty());
        waiting.textProperty().bind(vm.waitingProperty());
        busy.visibleProperty().bind(vm.busyProperty());
        message.textProperty().bind(vm.messageProperty());
        vm.errorProperty().addListener((o, a, err) -> {
            message.getStyleClass().remove("error");
            if (err) {
                message.getStyleClass().add("error");
            }
        });
        // Not bound: a click must not flip the button before the stored board says free reception is on.
        vm.freeReceptionProperty().addListener((o, a, on) -> freeButton.setSelected(on));
        vm.cards().addListener((ListChangeListener<BoardViewModel.Card>) c -> showCards());
        vm.bars().addListener((ListChangeListener<BoardViewModel.DayBar>) c -> showBars());
        // A toggle group that cannot be emptied: clicking the selected span keeps it selected.
        span.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true);
            }
        });
        weekButton.selectedProperty().addListener((o, a, on) -> vm.weekProperty().set(on));
        chart.setCategoryGap(6);
        cards.setPrefTileWidth(316);
        chart.setBarGap(1);
        showCards();
        showBars();
        root.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                shortcuts(scene);
            }
        });
    }

    private void shortcuts(Scene scene) {
        var acc = scene.getAccelerators();
        acc.put(new KeyCodeCombination(KeyCode.F1), whileShown(root, vm::walkin));
        acc.put(new KeyCodeCombination(KeyCode.F2), whileShown(root, vm::walkinOld));
        acc.put(new KeyCodeCombination(KeyCode.F2, KeyCombination.SHIFT_DOWN), whileShown(root, vm::walkinAppointment));
        acc.put(new KeyCodeCombination(KeyCode.F3), whileShown(root, vm::nonbuyer));
        acc.put(new KeyCodeCombination(KeyCode.F3, KeyCombination.SHIFT_DOWN), whileShown(root, vm::relation));
        acc.put(new KeyCodeCombination(KeyCode.F4), whileShown(root, vm::brochure));
        acc.put(new KeyCodeCombination(KeyCode.F5, KeyCombination.SHIFT_DOWN), whileShown(root, vm::reclaim));
        acc.put(new KeyCodeCombination(KeyCode.F5), whileShown(root, vm::repeat));
        acc.put(new KeyCodeCombination(KeyCode.F6), whileShown(root, vm::done));
        acc.put(new KeyCodeCombination(KeyCode.F7), whileShown(root, vm::awayWithLeave));
        acc.put(new KeyCodeCombination(KeyCode.F7, KeyCombination.SHIFT_DOWN), whileShown(root, vm::awayWithoutLeave));
        acc.put(new KeyCodeCombination(KeyCode.F8), whileShown(root, vm::back));
        acc.put(new KeyCodeCombination(KeyCode.F9), whileShown(root, vm::checkin));
        acc.put(new KeyCodeCombination(KeyCode.F10), whileShown(root, vm::toggleFree));
        acc.put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), whileShown(root, vm::undo));
        acc.put(new KeyCodeCombination(KeyCode.F11), whileShown(root, () -> (weekButton.isSelected() ? span.getToggles().get(0) : weekButton)
                .setSelected(true)));
    }

    private void showCards() {
        cards.getChildren().clear();
        for (BoardViewModel.Card c : vm.cards()) {
            VBox card = new VBox();
            card.getStyleClass().addAll("card", c.state());
            card.setId("card-" + c.id());
            if (c.next()) {
                card.getStyleClass().add("next-up");
            }
            if (c.selected()) {
                card.getStyleClass().add("selected");
            }
            Label name = new Label(c.name());
            name.getStyleClass().add("card-name");
            Label state = new Label(c.stateText());
            state.getStyleClass().add("card-state");
            Label turns = new Label(MessageFormat.format(m.getString("board.card.turns"), c.turns()));
            turns.getStyleClass().add("card-line");
            FlowPane tags = new FlowPane(6, 4);
            if (c.next()) {
                tags.getChildren().add(tag(m.getString("board.card.next"), "next"));
            }
            if (c.phoneDuty()) {
                tags.getChildren().add(tag(m.getString("board.card.phone"), "phone"));
            }
            if (c.credits() > 0) {
                tags.getChildren().add(tag(MessageFormat.format(m.getString("board.card.credits"), c.credits()), "credits"));
            }
            card.getChildren().addAll(name, state, turns, tags);
            card.setOnMouseClicked(e -> vm.select(c.id()));
            cards.getChildren().add(card);
        }
    }

    private static Label tag(String text, String kind) {
        Label l = new Label(text);
        l.getStyleClass().addAll("card-tag", kind);
        return l;
    }

    private void showBars() {
        XYChart.Series<Number, String> turns = new XYChart.Series<>();
        turns.setName(m.getString("board.panel.turns"));
        XYChart.Series<Number, String> makeups = new XYChart.Series<>();
        makeups.setName(m.getString("board.panel.makeups"));
        XYChart.Series<Number, String> passes = new XYChart.Series<>();
        passes.setName(m.getString("board.panel.passes"));
        var list = vm.bars();
        // Category axes draw bottom-up: reversed, the chart reads in the day's order like the cards.
        for (int i = list.size() - 1; i >= 0; i--) {
            BoardViewModel.DayBar b = list.get(i);
            turns.getData().add(new XYChart.Data<>(b.turns(), b.name()));
            makeups.getData().add(new XYChart.Data<>(b.makeups(), b.name()));
            passes.getData().add(new XYChart.Data<>(b.passes(), b.name()));
        }
        chart.getData().setAll(java.util.List.of(turns, makeups, passes));
        // Whole turns only: a fixed range with a tick per turn instead of 0.25 steps.
        int max = list.stream().mapToInt(b -> Math.max(b.turns(), Math.max(b.makeups(), b.passes()))).max().orElse(0);
        javafx.scene.chart.NumberAxis x = (javafx.scene.chart.NumberAxis) chart.getXAxis();
        x.setAutoRanging(false);
        x.setLowerBound(0);
        x.setUpperBound(Math.max(3, max + 1));
        x.setTickUnit(1);
    }

    @FXML
    private void walkin() {
        vm.walkin();
    }

    @FXML
    private void walkinOld() {
        vm.walkinOld();
    }

    @FXML
    private void walkinAppointment() {
        vm.walkinAppointment();
    }

    @FXML
    private void relation() {
        vm.relation();
    }

    @FXML
    private void reclaim() {
        vm.reclaim();
    }

    @FXML
    private void nonbuyer() {
        vm.nonbuyer();
    }

    @FXML
    private void brochure() {
        vm.brochure();
    }

    @FXML
    private void repeat() {
        vm.repeat();
    }

    @FXML
    private void done() {
        vm.done();
    }

    @FXML
    private void awayWithLeave() {
        vm.awayWithLeave();
    }

    @FXML
    private void awayWithoutLeave() {
        vm.awayWithoutLeave();
    }

    @FXML
    private void back() {
        vm.back();
    }

    @FXML
    private void checkin() {
        vm.checkin();
    }

    @FXML
    private void toggleFree() {
        freeButton.setSelected(vm.freeReceptionProperty().get());
        vm.toggleFree();
    }

    @FXML
    private void undo() {
        vm.undo();
    }

    public BoardViewModel viewModel() {
        return vm;
    }
}
