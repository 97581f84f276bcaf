package org.anchang.ui.register;

import java.util.List;
import java.util.ResourceBundle;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.anchang.ui.shell.Dialogs.Choice;

/**
 * The end-of-day sheet's controller: a table with the paper's columns, edited by typing (a key starts the edit,
 * Enter goes down, Tab goes right), Ctrl+V pastes rows from Excel, Ctrl+N adds a row, Ctrl+Delete removes the
 * selected rows, Ctrl+S saves the sheet. Rows with an error are red, rows with a collision warning orange.
 */
public final class BatchView {

    private final BatchViewModel vm;
    private final ResourceBundle m;
    /** The key that started an edit, typed into the editor once it opens. */
    private String pending;

    @FXML
    private TableView<BatchViewModel.Row> table;
    @FXML
    private ComboBox<Choice> kind;
    @FXML
    private DatePicker date;
    @FXML
    private Label counts;
    @FXML
    private Label message;

    public BatchView(BatchViewModel vm, ResourceBundle messages) {
        this.vm = vm;
        this.m = messages;
    }

    public Parent load() {
        return org.anchang.ui.shell.Fxml.load(this, "Batch.fxml", m);
    }

    @FXML
    private void initialize() {
        kind.getItems().setAll(new Choice("visit", m.getString("register.batch.kind.visit")),
                new Choice("call", m.getString("register.batch.kind.call")));
        kind.setValue(kind.getItems().get(0));
        kind.valueProperty().addListener((o, a, b) -> vm.kindProperty().set(b.id()));
        date.setConverter(new Dates(date));
        date.setEditable(true);
        date.valueProperty().bindBidirectional(vm.dateProperty());
        counts.textProperty().bind(vm.countsProperty());
        message.textProperty().bind(vm.messageProperty());
        vm.errorProperty().addListener((o, a, err) -> {
            message.getStyleClass().remove("error");
            if (err) {
                message.getStyleClass().add("error");
            }
        });

        table.setItems(vm.rows());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<BatchViewModel.Row, String> number = new TableColumn<>(m.getString("register.batch.col.row"));
        number.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : String.valueOf(getIndex() + 1));
            }
        });
        number.setEditable(false);
        number.setSortable(false);
        number.setPrefWidth(56);
        table.getColumns().add(number);
        int[] widths = {80, 110, 160, 130, 110, 60, 170};
        for (int i = 0; i < BatchViewModel.COLUMNS.size(); i++) {
            String key = BatchViewModel.COLUMNS.get(i);
            TableColumn<BatchViewModel.Row, String> col = new TableColumn<>(m.getString("register.batch.col." + key));
            col.setId("col-" + key);
            col.setCellValueFactory(f -> f.getValue().cell(key));
            col.setCellFactory(c -> new EditCell(key));
            col.setSortable(false);
            col.setPrefWidth(widths[i]);
            table.getColumns().add(col);
        }
        TableColumn<BatchViewModel.Row, String> status = new TableColumn<>(m.getString("register.batch.col.status"));
        status.setCellValueFactory(f -> f.getValue().statusProperty());
        status.setCellFactory(c -> new StatusCell());
        status.setEditable(false);
        status.setSortable(false);
        status.setPrefWidth(420);
        table.getColumns().add(status);
        table.setRowFactory(t -> new StateRow());

        table.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        table.addEventHandler(KeyEvent.KEY_TYPED, e -> {
            String ch = e.getCharacter();
            if (table.getEditingCell() == null && !e.isShortcutDown() && !e.isAltDown() && !ch.isEmpty() && ch.charAt(0) >= ' '
                    && ch.charAt(0) != 127) {
                TablePosition<BatchViewModel.Row, ?> at = focused();
                if (at != null && at.getRow() >= 0 && at.getTableColumn() != null && at.getTableColumn().isEditable()) {
                    pending = ch;
                    table.edit(at.getRow(), column(at));
                    e.consume();
                }
            }
        });
    }

    private void keys(KeyEvent e) {
        if (e.isShortcutDown() && e.getCode() == KeyCode.V && table.getEditingCell() == null) {
            String text = Clipboard.getSystemClipboard().getString();
            if (text != null) {
                vm.paste(text);
            }
            e.consume();
        } else if (e.isShortcutDown() && e.getCode() == KeyCode.S) {
            vm.save();
            e.consume();
        } else if (e.isShortcutDown() && e.getCode() == KeyCode.N) {
            addAction();
            e.consume();
        } else if (e.isShortcutDown() && e.getCode() == KeyCode.DELETE) {
            removeAction();
            e.consume();
        } else if (table.getEditingCell() == null && (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.F2)) {
            TablePosition<BatchViewModel.Row, ?> at = focused();
            if (at != null && at.getRow() >= 0 && at.getTableColumn() != null && at.getTableColumn().isEditable()) {
                table.edit(at.getRow(), column(at));
                e.consume();
            }
        } else if (table.getEditingCell() == null && e.getCode() == KeyCode.DELETE) {
            TablePosition<BatchViewModel.Row, ?> at = focused();
            if (at != null && at.getRow() >= 0 && at.getTableColumn() != null && at.getTableColumn().isEditable()) {
                String key = at.getTableColumn().getId().substring(4);
                vm.rows().get(at.getRow()).cell(key).set("");
                e.consume();
            }
        }
    }

    @SuppressWarnings("unchecked")
    private TablePosition<BatchViewModel.Row, ?> focused() {
        return (TablePosition<BatchViewModel.Row, ?>) table.getFocusModel().getFocusedCell();
    }

    @SuppressWarnings("unchecked")
    private static TableColumn<BatchViewModel.Row, String> column(TablePosition<BatchViewModel.Row, ?> at) {
        return (TableColumn<BatchViewModel.Row, String>) at.getTableColumn();
    }

    /** Puts the caret in the sheet's first cell to type. */
    public void focusFirst() {
        Platform.runLater(() -> {
            table.requestFocus();
            int row = 0;
            while (row < vm.rows().size() - 1 && !vm.rows().get(row).isEmpty()) {
                row++;
            }
            table.getSelectionModel().clearAndSelect(row, table.getColumns().get(1));
            table.getFocusModel().focus(row, table.getColumns().get(1));
        });
    }

    /** Moves to the cell {@code dRow} rows down and {@code dCol} columns right of the one being edited; adds a row at the end. */
    private void move(int row, TableColumn<BatchViewModel.Row, ?> from, int dRow, int dCol) {
        int col = table.getColumns().indexOf(from) + dCol;
        int r = row + dRow;
        if (col > BatchViewModel.COLUMNS.size()) {
            col = 1;
            r++;
        } else if (col < 1) {
            col = BatchViewModel.COLUMNS.size();
            r--;
        }
        if (r >= vm.rows().size()) {
            vm.addRow();
        }
        r = Math.max(0, r);
        table.getSelectionModel().clearAndSelect(r, table.getColumns().get(col));
        table.getFocusModel().focus(r, table.getColumns().get(col));
        table.scrollTo(Math.max(0, r - 3));
        table.requestFocus();
    }

    /** A cell typed into like a spreadsheet's: the typed key opens it, Enter and Tab commit and move on. */
    private final class EditCell extends TableCell<BatchViewModel.Row, String> {
        private final String key;
        private TextField editor;

        EditCell(String key) {
            this.key = key;
        }

        @Override
        public void startEdit() {
            super.startEdit();
            if (!isEditing()) {
                return;
            }
            editor = new TextField(pending != null ? pending : getItem());
            pending = null;
            editor.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ENTER) {
                    finish(1, 0);
                    e.consume();
                } else if (e.getCode() == KeyCode.TAB) {
                    finish(0, e.isShiftDown() ? -1 : 1);
                    e.consume();
                } else if (e.getCode() == KeyCode.ESCAPE) {
                    cancelEdit();
                    e.consume();
                }
            });
            editor.focusedProperty().addListener((o, was, is) -> {
                if (!is && isEditing()) {
                    commitEdit(editor.getText());
                }
            });
            setText(null);
            setGraphic(editor);
            editor.requestFocus();
            editor.end();
        }

        private void finish(int dRow, int dCol) {
            int row = getIndex();
            TableColumn<BatchViewModel.Row, String> col = getTableColumn();
            commitEdit(editor.getText());
            move(row, col, dRow, dCol);
        }

        @Override
        public void cancelEdit() {
            super.cancelEdit();
            setGraphic(null);
            setText(getItem());
        }

        @Override
        public void commitEdit(String value) {
            if (!isEditing()) {
                return;
            }
            BatchViewModel.Row row = getTableRow() == null ? null : getTableRow().getItem();
            super.commitEdit(value);
            if (row != null) {
                row.cell(key).set(value);
            }
            setGraphic(null);
            setText(value);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove("cell-error");
            if (empty) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            if (isEditing()) {
                setText(null);
                setGraphic(editor);
            } else {
                setText(item);
                setGraphic(null);
            }
            BatchViewModel.Row row = getTableRow() == null ? null : getTableRow().getItem();
            if (row != null && row.problem(key).isPresent()) {
                getStyleClass().add("cell-error");
            }
        }
    }

    /** The 核对 column: the row's messages in red, or its collision mark. */
    private final class StatusCell extends TableCell<BatchViewModel.Row, String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("status-cell", "error", "warn", "ok");
            setText(empty ? null : item);
            setTooltip(empty || item == null || item.isEmpty() ? null : new javafx.scene.control.Tooltip(item));
            BatchViewModel.Row row = getTableRow() == null ? null : getTableRow().getItem();
            if (!empty && row != null) {
                getStyleClass().addAll("status-cell", row.stateProperty().get());
            }
        }
    }

    /** A row coloured by its state (error, warn, ok), kept up to date while it shows the same row. */
    private final class StateRow extends TableRow<BatchViewModel.Row> {
        private final ChangeListener<String> restyle = (o, a, b) -> {
            style();
            table.refresh();
        };
        private BatchViewModel.Row shown;

        @Override
        protected void updateItem(BatchViewModel.Row item, boolean empty) {
            super.updateItem(item, empty);
            if (shown != null) {
                shown.stateProperty().removeListener(restyle);
            }
            shown = empty ? null : item;
            if (shown != null) {
                shown.stateProperty().addListener(restyle);
            }
            style();
        }

        private void style() {
            getStyleClass().removeAll("error-row", "warn-row");
            if (shown != null && shown.stateProperty().get().equals("error")) {
                getStyleClass().add("error-row");
            } else if (shown != null && shown.stateProperty().get().equals("warn")) {
                getStyleClass().add("warn-row");
            }
        }
    }

    @FXML
    private void addAction() {
        BatchViewModel.Row r = vm.addRow();
        int i = vm.rows().indexOf(r);
        table.scrollTo(i);
        table.getSelectionModel().clearAndSelect(i, table.getColumns().get(1));
        table.getFocusModel().focus(i, table.getColumns().get(1));
        table.requestFocus();
    }

    @FXML
    private void removeAction() {
        List<BatchViewModel.Row> selected = table.getSelectionModel().getSelectedCells().stream().map(p -> vm.rows().get(p.getRow()))
                .distinct().toList();
        vm.remove(selected);
    }

    @FXML
    private void pasteAction() {
        String text = Clipboard.getSystemClipboard().getString();
        if (text != null) {
            vm.paste(text);
        }
    }

    @FXML
    private void clearAction() {
        vm.clear();
    }

    @FXML
    private void saveAction() {
        vm.save();
    }

    public TableView<BatchViewModel.Row> table() {
        return table;
    }
}
