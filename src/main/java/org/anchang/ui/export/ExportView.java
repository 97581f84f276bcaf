package org.anchang.ui.export;

import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.anchang.ui.shell.Desk;

/** The 导出 screen's controller: binds the view model and forwards buttons and keys to it. */
public final class ExportView {

    private final ExportViewModel vm;
    private final ResourceBundle m;

    @FXML
    private Label weekLabel;
    @FXML
    private Label monthLabel;
    @FXML
    private Label message;
    @FXML
    private ProgressBar progress;
    @FXML
    private Button cancelButton;
    @FXML
    private Button exportWeekButton;
    @FXML
    private Button importButton;
    @FXML
    private Label commissionTotal;
    @FXML
    private Label previewSummary;
    @FXML
    private TableView<ExportViewModel.CommissionRow> commissionTable;
    @FXML
    private TableView<ExportViewModel.PreviewRow> previewTable;

    public ExportView(ExportViewModel vm, ResourceBundle messages) {
        this.vm = vm;
        this.m = messages;
    }

    /** The screen for the signed-in desk. */
    public static Parent screen(Desk desk) {
        ExportViewModel vm = new ExportViewModel(desk.office(), desk.user().id(), desk.day(), desk.runner(),
                new FxExportDialogs(desk.stage(), desk.messages()), desk.messages(), Platform::runLater);
        return new ExportView(vm, desk.messages()).load();
    }

    public Parent load() {
        return org.anchang.ui.shell.Fxml.load(this, "Export.fxml", m);
    }

    @FXML
    private void initialize() {
        weekLabel.setText(vm.weekText());
        vm.weekProperty().addListener((o, a, b) -> weekLabel.setText(vm.weekText()));
        monthLabel.textProperty().bind(vm.monthProperty().asString());
        message.textProperty().bind(vm.messageProperty());
        vm.errorProperty().addListener((o, a, err) -> {
            message.getStyleClass().remove("error");
            if (err) {
                message.getStyleClass().add("error");
            }
        });
        progress.visibleProperty().bind(vm.busyProperty());
        progress.progressProperty().bind(vm.progressProperty());
        cancelButton.visibleProperty().bind(vm.busyProperty());
        cancelButton.managedProperty().bind(vm.busyProperty());
        commissionTotal.textProperty().bind(vm.commissionTotalProperty());
        previewSummary.textProperty().bind(vm.previewSummaryProperty());
        importButton.disableProperty().bind(vm.canImportProperty().not().or(vm.busyProperty()));
        exportWeekButton.disableProperty().bind(vm.busyProperty());
        commissionTable.setItems(vm.commission());
        column(commissionTable, "export.col.consultant", ExportViewModel.CommissionRow::consultant, 120);
        column(commissionTable, "export.col.customer", ExportViewModel.CommissionRow::customer, 130);
        column(commissionTable, "export.col.paidOn", ExportViewModel.CommissionRow::paidOn, 120);
        column(commissionTable, "export.col.type", ExportViewModel.CommissionRow::type, 100);
        column(commissionTable, "export.col.amount", ExportViewModel.CommissionRow::amount, 140);
        column(commissionTable, "export.col.product", ExportViewModel.CommissionRow::product, 100);
        column(commissionTable, "export.col.rate", ExportViewModel.CommissionRow::rate, 70);
        column(commissionTable, "export.col.share", ExportViewModel.CommissionRow::share, 70);
        column(commissionTable, "export.col.payable", ExportViewModel.CommissionRow::payable, 120);
        column(commissionTable, "export.col.note", ExportViewModel.CommissionRow::note, 420);
        previewTable.setItems(vm.preview());
        column(previewTable, "export.col.sheet", ExportViewModel.PreviewRow::sheet, 150);
        column(previewTable, "export.col.row", r -> String.valueOf(r.row()), 60);
        column(previewTable, "export.col.state", ExportViewModel.PreviewRow::state, 90);
        column(previewTable, "export.col.what", ExportViewModel.PreviewRow::what, 480);
        column(previewTable, "export.col.problem", ExportViewModel.PreviewRow::problem, 520);
        previewTable.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(ExportViewModel.PreviewRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("bad-row");
                if (!empty && item != null && !item.problem().isEmpty()) {
                    getStyleClass().add("bad-row");
                }
            }
        });
    }

    private <R> void column(TableView<R> table, String key, Function<R, String> value, double width) {
        TableColumn<R, String> c = new TableColumn<>(m.getString(key));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        table.getColumns().add(c);
    }

    @FXML
    private void previousWeek() {
        vm.previousWeek();
    }

    @FXML
    private void nextWeek() {
        vm.nextWeek();
    }

    @FXML
    private void exportWeek() {
        vm.exportWeek();
    }

    @FXML
    private void previousMonth() {
        vm.previousMonth();
    }

    @FXML
    private void nextMonth() {
        vm.nextMonth();
    }

    @FXML
    private void showCommission() {
        vm.showCommission();
    }

    @FXML
    private void exportCommission() {
        vm.exportCommission();
    }

    @FXML
    private void chooseImport() {
        vm.chooseImport();
    }

    @FXML
    private void commitImport() {
        vm.commitImport();
    }

    @FXML
    private void cancel() {
        vm.cancel();
    }
}
