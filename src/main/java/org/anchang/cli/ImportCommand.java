package org.anchang.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.anchang.excel.ExcelFileException;
import org.anchang.excel.Imports;
import org.anchang.excel.Layout;
import org.anchang.excel.Progress;
import org.anchang.excel.RegisterImport;
import org.anchang.office.BoardDesk;
import org.anchang.office.Office;
import org.anchang.office.OfficeException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code import FILE.xlsx|FILE.csv}: reads an office's register, checks every row as the register forms do, records the
 * valid rows in one transaction and writes the rejects to 〈file〉_未导入.xlsx beside it. {@code --check} only previews.
 */
@Command(name = "import", description = "导入已有的 Excel/CSV 登记表(来访/来电/跟踪/报备);有误的行写入 <文件>_未导入.xlsx")
public final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions where;

    @Parameters(paramLabel = "FILE", description = "要导入的 .xlsx 或 .csv 文件")
    Path file;

    @Option(names = "--kind", paramLabel = "来访", description = "工作表名称看不出类型且没有「类型」列时的登记类型:来访、来电、跟踪、报备")
    String kind;

    @Option(names = "--as", paramLabel = "ID", description = "以谁的身份导入(默认第一位内业,其次经理)")
    String as;

    @Option(names = "--check", description = "只检查并列出有误的行,不导入")
    boolean check;

    @Option(names = "--rejects", paramLabel = "DIR", description = "未导入的行写到此目录(默认与导入文件同目录)")
    Path rejects;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        Optional<Layout> forced = Optional.empty();
        if (kind != null) {
            forced = Layout.byWord(kind);
            if (forced.isEmpty()) {
                throw new BadInputException("--kind: 「" + kind + "」应为 来访、来电、跟踪 或 报备");
            }
        }
        try (Office office = Office.open(where.open(), Clock.systemDefaultZone())) {
            String actor = as != null ? as : new BoardDesk(office).firstWithRole("clerk", "manager")
                    .orElseThrow(() -> new BadInputException("--as: 本案场没有内业或经理,请用 --as 指定导入人"));
            List<RegisterImport.Sheet> sheets = new ArrayList<>();
            for (RegisterImport.Sheet s : RegisterImport.sheets(file)) {
                sheets.add(s.layout().isEmpty() && forced.isPresent() ? s.kind(forced) : s);
            }
            if (sheets.isEmpty()) {
                throw new BadInputException(file.getFileName() + ": 找不到登记表的表头(需有 电话、姓名、日期 等列)");
            }
            Imports.Preview preview = Imports.preview(office, file, sheets, actor, Progress.NONE);
            o.printf("「%s」:%d 行可导入,%d 行有误,%d 行跳过(已更正、已撤回或空行)%n", file.getFileName(), preview.valid().size(),
                    preview.rejects().size(), preview.skipped());
            preview.rejects().stream().limit(20).forEach(r -> o.printf("  %s 第 %d 行 %s: %s%n", r.sheet(), r.row(), r.column().orElse(""),
                    r.problem().orElse("")));
            if (preview.rejects().size() > 20) {
                o.printf("  ……另有 %d 行%n", preview.rejects().size() - 20);
            }
            if (check) {
                return preview.rejects().isEmpty() ? 0 : 1;
            }
            Path dir = rejects != null ? rejects : Optional.ofNullable(file.toAbsolutePath().getParent()).orElse(Path.of("."));
            Imports.Result r = Imports.commit(office, preview, actor, dir);
            o.printf("已导入 %d 条登记(一次提交)%n", r.recorded());
            r.rejectsFile().ifPresent(f -> o.println("未导入的 " + r.rejected() + " 行及原因见 " + f));
            return 0;
        } catch (ExcelFileException | OfficeException e) {
            throw new BadInputException(e.getMessage());
        }
    }
}
