package org.anchang.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.anchang.excel.ExcelTestOffice;
import org.anchang.excel.RegisterImport;
import org.anchang.office.IsoWeek;
import org.anchang.office.Office;
import org.anchang.ui.shell.TaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 导出 screen's view model without the toolkit: export, cancel, commission view, import preview and commit. */
class ExportViewModelTest {

    @TempDir
    Path dir;

    static ResourceBundle messages() {
        return ResourceBundle.getBundle("org.anchang.ui.messages", Locale.SIMPLIFIED_CHINESE);
    }

    /** Answers the screen's questions from a script. */
    static final class Scripted implements ExportDialogs {
        final Deque<Optional<Path>> files = new ArrayDeque<>();
        int mapped;

        @Override
        public Optional<Path> saveAs(String suggested) {
            return files.pop().map(p -> java.nio.file.Files.isDirectory(p) ? p.resolve(suggested) : p);
        }

        @Override
        public Optional<Path> open() {
            return files.pop();
        }

        @Override
        public Optional<RegisterImport.Sheet> mapColumns(RegisterImport.Sheet sheet) {
            mapped++;
            return Optional.of(sheet.map(sheet.unmapped().get(0), Optional.of(org.anchang.excel.Field.CONSULTANT)));
        }
    }

    ExportViewModel vm(Office o, Scripted d, TaskRunner runner) {
        return new ExportViewModel(o, "M", LocalDate.of(2026, 3, 12), runner, d, messages(), Runnable::run);
    }

    @Test
    void theWeekPickerStartsAtLastWeekAndTheExportWritesTheWorkbook() throws Exception {
        try (Office o = ExcelTestOffice.full(dir.resolve("o"))) {
            Scripted d = new Scripted();
            ExportViewModel vm = vm(o, d, TaskRunner.SAME_THREAD);
            assertThat(vm.weekProperty().get()).isEqualTo(IsoWeek.parse("2026-W10"));
            assertThat(vm.weekText()).isEqualTo("2026-W10(3月2日–3月8日)");
            vm.nextWeek();
            vm.previousWeek();
            d.files.push(Optional.of(dir));
            vm.exportWeek();
            assertThat(vm.errorProperty().get()).as(vm.messageProperty().get()).isFalse();
            assertThat(vm.lastFile()).contains(dir.resolve("案场登记_云栖府_2026-W10.xlsx"));
            assertThat(dir.resolve("案场登记_云栖府_2026-W10.xlsx")).exists();
            assertThat(vm.messageProperty().get()).startsWith("已导出").contains("SHA-256");
            assertThat(vm.busyProperty().get()).isFalse();
        }
    }

    @Test
    void cancellingStopsTheExportAndLeavesNoFile() throws Exception {
        try (Office o = ExcelTestOffice.full(dir.resolve("o"))) {
            Scripted d = new Scripted();
            // A runner that lets the user press 取消 before the work starts, as a click during a long export would.
            ExportViewModel[] self = new ExportViewModel[1];
            TaskRunner cancelFirst = new TaskRunner() {
                @Override
                public <T> void run(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
                    self[0].cancel();
                    TaskRunner.SAME_THREAD.run(work, done, failed);
                }
            };
            ExportViewModel vm = vm(o, d, cancelFirst);
            self[0] = vm;
            Path out = Files.createDirectory(dir.resolve("out"));
            d.files.push(Optional.of(out));
            vm.exportWeek();
            assertThat(vm.messageProperty().get()).isEqualTo("已取消,未留下文件。");
            try (var files = Files.list(out)) {
                assertThat(files.toList()).isEmpty();
            }
            assertThat(new org.anchang.office.ArchiveDesk(o).recordedHashes("案场登记_云栖府_2026-W10.xlsx")).isEmpty();
        }
    }

    @Test
    void theCommissionViewListsTheMonthsPaymentsWithTheirShares() {
        try (Office o = ExcelTestOffice.full(dir.resolve("o"))) {
            ExportViewModel vm = vm(o, new Scripted(), TaskRunner.SAME_THREAD);
            vm.showCommission();
            assertThat(vm.commission()).extracting(ExportViewModel.CommissionRow::type).containsExactly("定金", "首付款");
            // 360,000 × 3‰ × 90 % to 张三, who holds the whole deal
            assertThat(vm.commission().get(1).payable()).isEqualTo("972.00");
            assertThat(vm.commission().get(1).consultant()).isEqualTo("张三");
            assertThat(vm.commissionTotalProperty().get()).contains("2026年3月").contains("972.00");
            vm.previousMonth();
            vm.showCommission();
            assertThat(vm.commission()).isEmpty();
        }
    }

    @Test
    void anImportShowsThePreviewWithItsErrorsThenRecordsTheValidRowsOnce() throws Exception {
        Path csv = dir.resolve("来访.csv");
        Files.writeString(csv, "日期,时间,姓名,电话,接待人员\n2026-03-02,09:00,王强,13800001111,张三\n2026-03-02,09:10,刘女士,139,李四\n",
                StandardCharsets.UTF_8);
        try (Office o = ExcelTestOffice.staffed(dir.resolve("o"))) {
            Scripted d = new Scripted();
            ExportViewModel vm = vm(o, d, TaskRunner.SAME_THREAD);
            d.files.push(Optional.of(csv));
            vm.chooseImport();
            assertThat(d.mapped).as("接待人员 is asked about").isEqualTo(1);
            assertThat(vm.preview()).hasSize(2);
            assertThat(vm.preview().get(0).state()).isEqualTo("有误");
            assertThat(vm.preview().get(0).problem()).startsWith("电话:");
            assertThat(vm.previewSummaryProperty().get()).contains("1 行可导入").contains("1 行有误");
            int before = o.summary().entries();
            vm.commitImport();
            assertThat(o.summary().entries()).isEqualTo(before + 1);
            assertThat(vm.messageProperty().get()).contains("已导入 1 条").contains("未导入");
            assertThat(dir.resolve("来访_未导入.xlsx")).exists();
            assertThat(vm.canImportProperty().get()).isFalse();
            vm.commitImport();
            assertThat(o.summary().entries()).as("nothing imported twice").isEqualTo(before + 1);
        }
    }

    @Test
    void aFileThatIsNotARegisterSaysSoInChinese() throws Exception {
        Path empty = Files.createFile(dir.resolve("空.xlsx"));
        try (Office o = ExcelTestOffice.staffed(dir.resolve("o"))) {
            Scripted d = new Scripted();
            ExportViewModel vm = vm(o, d, TaskRunner.SAME_THREAD);
            d.files.push(Optional.of(empty));
            vm.chooseImport();
            assertThat(vm.errorProperty().get()).isTrue();
            assertThat(vm.messageProperty().get()).isEqualTo("未能完成:文件「空.xlsx」是空的(0 字节),没有可导入的登记");
            assertThat(List.copyOf(vm.preview())).isEmpty();
        }
    }
}
