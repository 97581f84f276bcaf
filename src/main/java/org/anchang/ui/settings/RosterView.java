package org.anchang.ui.settings;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import org.anchang.office.Staff;

/**
 * 轮序: the day's order as a list — drag a name to its place, or Alt+↑/↓ on the selected one, Delete to take it off —
 * and those not on duty beside it (Enter or a double click puts one on). Save or Ctrl+S.
 */
final class RosterView {

    private final RosterViewModel vm;
    private final ResourceBundle m;

    @FXML
    private DatePicker day;
    @FXML
    private ListView<Staff.Member> order;
    @FXML
    private ListView<Staff.Member> available;
    @FXML
    private Label message;
    @FXML
    private ProgressIndicator busy;

    private RosterView(RosterViewModel vm, ResourceBundle m) {
        this.vm = vm;
        this.m = m;
    }

    static Parent load(RosterViewModel vm, ResourceBundle m) {
        return SettingsView.fxml(RosterView.class.getResource("Roster.fxml"), new RosterView(vm, m), m);
    }

    @FXML
    private void initialize() {
        SettingsView.bind(vm, message, busy);
        day.setConverter(new javafx.util.converter.LocalDateStringConverter(java.time.format.DateTimeFormatter.ISO_LOCAL_DATE,
                java.time.format.DateTimeFormatter.ISO_LOCAL_DATE));
        day.valueProperty().bindBidirectional(vm.dayProperty());
        order.setItems(vm.order());
        available.setItems(vm.available());
        order.setCellFactory(l -> new OrderCell());
        available.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Staff.Member p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.name() + "(" + p.id() + ")");
            }
        });
        order.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            int i = order.getSelectionModel().getSelectedIndex();
            if (e.isAltDown() && e.getCode() == KeyCode.UP) {
                select(vm.moveUp(i));
                e.consume();
            } else if (e.isAltDown() && e.getCode() == KeyCode.DOWN) {
                select(vm.moveDown(i));
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                remove();
                e.consume();
            }
        });
        available.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                add();
                e.consume();
            }
        });
        available.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                add();
            }
        });
    }

    private void select(int i) {
        order.getSelectionModel().clearAndSelect(i);
        order.getFocusModel().focus(i);
        order.scrollTo(i);
    }

    @FXML
    private void up() {
        select(vm.moveUp(order.getSelectionModel().getSelectedIndex()));
        order.requestFocus();
    }

    @FXML
    private void down() {
        select(vm.moveDown(order.getSelectionModel().getSelectedIndex()));
        order.requestFocus();
    }

    @FXML
    private void remove() {
        int i = order.getSelectionModel().getSelectedIndex();
        vm.remove(i);
        if (!vm.order().isEmpty()) {
            select(Math.min(i, vm.order().size() - 1));
        }
    }

    @FXML
    private void add() {
        Staff.Member p = available.getSelectionModel().getSelectedItem();
        vm.add(p);
        if (p != null) {
            select(vm.order().size() - 1);
        }
    }

    @FXML
    private void save() {
        vm.save();
    }

    /** A place in the order: its number, the name, ☎ for the first (phone duty, ROT-11); a drag source and target. */
    private final class OrderCell extends ListCell<Staff.Member> {
        OrderCell() {
            setOnDragDetected(e -> {
                if (getItem() == null) {
                    return;
                }
                var board = startDragAndDrop(TransferMode.MOVE);
                ClipboardContent c = new ClipboardContent();
                c.putString(String.valueOf(getIndex()));
                board.setContent(c);
                e.consume();
            });
            setOnDragOver(e -> {
                if (e.getGestureSource() != this && e.getDragboard().hasString()) {
                    e.acceptTransferModes(TransferMode.MOVE);
                }
                e.consume();
            });
            setOnDragDropped(e -> {
                boolean done = false;
                if (e.getDragboard().hasString()) {
                    int from = Integer.parseInt(e.getDragboard().getString());
                    int to = getItem() == null ? vm.order().size() - 1 : getIndex();
                    select(vm.move(from, to));
                    done = true;
                }
                e.setDropCompleted(done);
                e.consume();
            });
        }

        @Override
        protected void updateItem(Staff.Member p, boolean empty) {
            super.updateItem(p, empty);
            if (empty || p == null) {
                setText(null);
                return;
            }
            String text = MessageFormat.format(m.getString("settings.roster.place"), getIndex() + 1, p.name(), p.id());
            setText(getIndex() == 0 ? text + "  " + m.getString("settings.roster.phone") : text);
        }
    }
}
