package org.anchang.ui.export;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.anchang.excel.CommissionWorkbook;
import org.anchang.excel.ExcelFileException;
import org.anchang.excel.Exports;
import org.anchang.excel.Imports;
import org.anchang.excel.Progress;
import org.anchang.excel.RegisterImport;
import org.anchang.excel.WeeklyWorkbook;
import org.anchang.office.ArchiveDesk;
import org.anchang.office.BoardDesk;
import org.anchang.office.CommissionDesk;
import org.anchang.office.IsoWeek;
import org.anchang.office.Office;
import org.anchang.office.OfficeException;
import org.anchang.rules.Commission;
import org.anchang.ui.shell.TaskRunner;

/**
 * The 导出 screen's state and commands, without the toolkit: the week and month pickers, the weekly workbook and the
 * commission statement (written off the JavaFX thread with progress and cancel), the commission view, and the import
 * (file, column mapping, preview with errors, one-transaction import, rejects workbook).
 */
public final class ExportViewModel {

    /** A statement line as the table shows it. */
    public record CommissionRow(String consultant, String customer, String paidOn, String type, String amount, String product,
            String rate, String share, String payable, String note) {
    }

    /** A previewed import row as the table shows it. */
    public record PreviewRow(String sheet, int row, String state, String what, String problem) {
    }

    private final Office office;
    private final String actor;
    private final TaskRunner runner;
    private final ExportDialogs dialogs;
    private final ResourceBundle m;
    private final Executor fx;

    private final ObjectProperty<IsoWeek> week = new SimpleObjectProperty<>();
    private final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty error = new SimpleBooleanProperty();
    private final StringProperty commissionTotal = new SimpleStringProperty("");
    private final StringProperty previewSummary = new SimpleStringProperty("");
    private final BooleanProperty canImport = new SimpleBooleanProperty();
    private final ObservableList<CommissionRow> commission = FXCollections.observableArrayList();
    private final ObservableList<PreviewRow> preview = FXCollections.observableArrayList();
    private final AtomicBoolean cancel = new AtomicBoolean();
    private Imports.Preview pending;
    private Path lastFile;

    /** {@code fx} runs progress updates on the JavaFX thread ({@code Platform::runLater}; {@code Runnable::run} in tests). */
    public ExportViewModel(Office office, String actor, LocalDate day, TaskRunner runner, ExportDialogs dialogs, ResourceBundle messages,
            Executor fx) {
        this.office = office;
        this.actor = actor;
        this.runner = runner;
        this.dialogs = dialogs;
        this.m = messages;
        this.fx = fx;
        // The week is handed over on Sunday evening (marketing-dept 一.3): on a Sunday that week, on other days the last one.
        week.set(day.getDayOfWeek() == java.time.DayOfWeek.SUNDAY ? IsoWeek.of(day) : IsoWeek.of(day).previous());
        month.set(YearMonth.from(day));
    }

    public void previousWeek() {
        week.set(week.get().previous());
    }

    public void nextWeek() {
        week.set(week.get().next());
    }

    public void previousMonth() {
        month.set(month.get().minusMonths(1));
    }

    public void nextMonth() {
        month.set(month.get().plusMonths(1));
    }

    /** 2026-W10(3月2日–3月8日). */
    public String weekText() {
        return WeeklyWorkbook.period(week.get());
    }

    /** Asks where, then writes the week's workbook off the JavaFX thread. */
    public void exportWeek() {
        IsoWeek w = week.get();
        String project = new BoardDesk(office).project().orElse("案场");
        dialogs.saveAs(WeeklyWorkbook.fileName(project, w)).ifPresent(target -> start(() -> Exports.week(office, w, actor, target, progress()),
                r -> done(MessageFormat.format(m.getString("export.week.done"), r.file(), r.counts().values().stream().mapToInt(i -> i)
                        .sum(), r.sha256().substring(0, 16)), r.file())));
    }

    /** Asks where, then writes the month's commission statement. */
    public void exportCommission() {
        YearMonth mo = month.get();
        String project = new BoardDesk(office).project().orElse("案场");
        dialogs.saveAs(CommissionWorkbook.fileName(project, mo)).ifPresent(target -> start(
                () -> Exports.commission(office, mo, actor, target, progress()),
                r -> done(MessageFormat.format(m.getString("export.commission.done"), r.file()), r.file())));
    }

    /** Shows the month's commission statement in the table. */
    public void showCommission() {
        YearMonth mo = month.get();
        record Shown(CommissionDesk.Statement statement, ArchiveDesk.Privacy privacy) {
        }
        start(() -> new Shown(new CommissionDesk(office).statement(mo, actor), new ArchiveDesk(office).privacy(actor)), shown -> {
            CommissionDesk.Statement s = shown.statement();
            List<CommissionRow> rows = new ArrayList<>();
            for (Commission.Line l : s.statement().lines()) {
                rows.add(new CommissionRow(s.name(l.consultant()), shown.privacy().show(l.payment().customer()), l.payment().at().toLocalDate().toString(),
                        l.payment().type().chinese(), money(l.payment().amount()), l.payment().product(),
                        l.ratePerMille().map(r -> r.toPlainString() + "‰").orElse("—"),
                        l.deal().isPresent() ? Math.round(l.share() * 100) + "%" : "—", money(l.payable()), l.note()));
            }
            commission.setAll(rows);
            BigDecimal total = s.statement().totals().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            commissionTotal.set(MessageFormat.format(m.getString("export.commission.total"), String.valueOf(mo.getYear()), mo.getMonthValue(),
                    s.statement().totals().keySet().stream().filter(k -> !k.equals(Commission.NOBODY)).count(), money(total)));
            done(MessageFormat.format(m.getString("export.commission.shown"), rows.size()), null);
        });
    }

    /** Asks for a file, maps its columns, checks every row and shows the preview; nothing is written yet. */
    public void chooseImport() {
        Optional<Path> file = dialogs.open();
        if (file.isEmpty()) {
            return;
        }
        Path f = file.get();
        start(() -> RegisterImport.sheets(f), sheets -> {
            List<RegisterImport.Sheet> mapped = new ArrayList<>();
            for (RegisterImport.Sheet s : sheets) {
                if (s.unmapped().isEmpty() && s.problem().isEmpty()) {
                    mapped.add(s);
                } else {
                    dialogs.mapColumns(s).ifPresent(mapped::add);
                }
            }
            if (mapped.isEmpty()) {
                fail(MessageFormat.format(m.getString("export.import.nosheet"), f.getFileName()));
                return;
            }
            start(() -> Imports.preview(office, f, mapped, actor, progress()), this::showPreview);
        });
    }

    private void showPreview(Imports.Preview p) {
        pending = p;
        List<PreviewRow> rows = new ArrayList<>();
        for (RegisterImport.Row r : p.rejects()) {
            rows.add(new PreviewRow(r.sheet(), r.row(), m.getString("export.import.bad"), summary(r),
                    r.column().map(c -> c + ":").orElse("") + r.problem().orElse("")));
        }
        for (RegisterImport.Row r : p.valid()) {
            rows.add(new PreviewRow(r.sheet(), r.row(), m.getString("export.import.ok"), summary(r), ""));
        }
        preview.setAll(rows);
        previewSummary.set(MessageFormat.format(m.getString("export.import.summary"), p.file().getFileName(), p.valid().size(),
                p.rejects().size(), p.skipped()));
        canImport.set(!p.valid().isEmpty());
        done(previewSummary.get(), null);
    }

    private static String summary(RegisterImport.Row r) {
        StringBuilder b = new StringBuilder();
        for (var f : List.of(org.anchang.excel.Field.DATE, org.anchang.excel.Field.TIME, org.anchang.excel.Field.KIND,
                org.anchang.excel.Field.NAME, org.anchang.excel.Field.PHONE, org.anchang.excel.Field.CONSULTANT)) {
            String v = r.cells().get(f);
            if (v != null) {
                b.append(b.length() == 0 ? "" : "  ").append(v);
            }
        }
        return b.toString();
    }

    /** Imports the previewed valid rows in one transaction and writes the rejects workbook beside the file. */
    public void commitImport() {
        Imports.Preview p = pending;
        if (p == null || !canImport.get()) {
            return;
        }
        Path dir = Optional.ofNullable(p.file().toAbsolutePath().getParent()).orElse(Path.of("."));
        start(() -> Imports.commit(office, p, actor, dir), r -> {
            pending = null;
            canImport.set(false);
            preview.clear();
            previewSummary.set("");
            done(MessageFormat.format(m.getString("export.import.done"), r.recorded(), r.rejected(),
                    r.rejectsFile().map(Path::toString).orElse("—")), r.rejectsFile().orElse(null));
        });
    }

    /** Asks the running export or import to stop; it stops at its next step and leaves no file. */
    public void cancel() {
        cancel.set(true);
    }

    private Progress progress() {
        return new Progress() {
            @Override
            public void at(long done, long total) {
                double v = total > 0 ? Math.min(1.0, (double) done / total) : -1;
                fx.execute(() -> progress.set(v));
            }

            @Override
            public boolean cancelled() {
                return cancel.get();
            }
        };
    }

    private <T> void start(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> then) {
        cancel.set(false);
        busy.set(true);
        progress.set(-1);
        error.set(false);
        message.set(m.getString("export.working"));
        runner.run(work, t -> {
            busy.set(false);
            progress.set(0);
            then.accept(t);
        }, this::failed);
    }

    private void failed(Throwable t) {
        busy.set(false);
        progress.set(0);
        if (t instanceof CancellationException) {
            error.set(false);
            message.set(m.getString("export.cancelled"));
        } else if (t instanceof OfficeException || t instanceof ExcelFileException) {
            fail(MessageFormat.format(m.getString("export.failed"), t.getMessage()));
        } else if (t instanceof java.io.UncheckedIOException u) {
            fail(MessageFormat.format(m.getString("export.failed"), m.getString("export.io") + u.getCause().getMessage()));
        } else {
            fail(MessageFormat.format(m.getString("export.failed"), t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": "
                    + t.getMessage())));
        }
    }

    private void fail(String text) {
        error.set(true);
        message.set(text);
    }

    private void done(String text, Path file) {
        error.set(false);
        message.set(text);
        lastFile = file;
    }

    static String money(BigDecimal v) {
        return String.format("%,.2f", v);
    }

    public ObjectProperty<IsoWeek> weekProperty() {
        return week;
    }

    public ObjectProperty<YearMonth> monthProperty() {
        return month;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty errorProperty() {
        return error;
    }

    public StringProperty commissionTotalProperty() {
        return commissionTotal;
    }

    public StringProperty previewSummaryProperty() {
        return previewSummary;
    }

    public BooleanProperty canImportProperty() {
        return canImport;
    }

    public ObservableList<CommissionRow> commission() {
        return commission;
    }

    public ObservableList<PreviewRow> preview() {
        return preview;
    }

    /** The file the last export or import wrote, if any. */
    public Optional<Path> lastFile() {
        return Optional.ofNullable(lastFile);
    }
}
