package org.anchang.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.anchang.excel.Exports;
import org.anchang.office.IsoWeek;
import org.anchang.office.Office;
import org.anchang.office.OfficeException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code export --week 2026-W10 | --commission 2026-03 [--out FILE|DIR] [--as ID]}: the weekly register workbook or
 * the month's commission statement; the file's SHA-256 goes into the audit log.
 */
@Command(name = "export", description = "导出周登记表(--week 2026-W10)或月佣金结算(--commission 2026-03)为 Excel")
public final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions where;

    static final class What {
        @Option(names = "--week", paramLabel = "2026-W10", required = true, description = "导出这一周(周一至周日)的登记")
        String week;

        @Option(names = "--commission", paramLabel = "2026-03", required = true, description = "导出这个月的佣金结算")
        String commission;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    What what;

    @Option(names = "--out", paramLabel = "FILE", description = "输出文件或目录(默认当前目录,文件名为 案场登记_<项目>_<周>.xlsx)")
    Path out;

    @Option(names = "--as", paramLabel = "ID", description = "以谁的身份导出(默认第一位经理;顾问导出时电话为隐号)")
    String as;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        IsoWeek week = null;
        YearMonth month = null;
        try {
            if (what.week != null) {
                week = IsoWeek.parse(what.week);
            } else {
                month = YearMonth.parse(what.commission.strip());
            }
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--week: " + e.getMessage());
        } catch (DateTimeParseException e) {
            throw new BadInputException("--commission: 「" + what.commission + "」应写成 2026-03(年-月)");
        }
        if (out != null && out.getParent() != null && !java.nio.file.Files.isDirectory(out.toAbsolutePath().getParent())) {
            throw new BadInputException("--out: 目录不存在: " + out.toAbsolutePath().getParent());
        }
        try (Office office = Office.open(where.open(), Clock.systemDefaultZone())) {
            String actor = as != null ? as : new org.anchang.office.BoardDesk(office).firstWithRole("manager")
                    .orElseThrow(() -> new BadInputException("--as: 本案场还没有经理,请用 --as 指定导出人"));
            Exports.Result r = week != null ? Exports.week(office, week, actor, out, org.anchang.excel.Progress.NONE)
                    : Exports.commission(office, month, actor, out, org.anchang.excel.Progress.NONE);
            o.println("已导出 " + r.file());
            r.counts().forEach((k, v) -> o.println("  " + k + ": " + v));
            o.println("  电话: " + (r.masked() ? "隐号(顾问副本)" : "完整(经理存档)"));
            o.println("SHA-256 " + r.sha256() + "(已记入审计日志)");
            return 0;
        } catch (OfficeException e) {
            throw new BadInputException(e.getMessage());
        }
    }
}
