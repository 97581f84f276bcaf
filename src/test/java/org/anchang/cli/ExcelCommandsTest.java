package org.anchang.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.anchang.excel.ExcelTestOffice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export} and {@code import} from the command line: the files they write, and bad input as one Chinese line, exit 2. */
class ExcelCommandsTest {

    @TempDir
    Path dir;

    @Test
    void exportWritesTheWeekAndItsCommissionAndImportReadsTheWeekIntoAnotherOffice() throws Exception {
        ExcelTestOffice.full(dir.resolve("a")).close();
        ExcelTestOffice.staffed(dir.resolve("b")).close();
        CommandLineTest.Run w = CommandLineTest.run("export", "--week", "2026-W10", "--data", dir.resolve("a").toString(), "--out", dir.toString());
        assertThat(w.code()).as(w.err()).isZero();
        Path file = dir.resolve("案场登记_云栖府_2026-W10.xlsx");
        assertThat(file).exists();
        assertThat(w.out()).contains("来访客户登记表: 4").contains("SHA-256").contains("完整");
        CommandLineTest.Run c = CommandLineTest.run("export", "--commission", "2026-03", "--data", dir.resolve("a").toString(), "--out",
                dir.toString(), "--as", "A");
        assertThat(c.code()).as(c.err()).isZero();
        assertThat(dir.resolve("佣金结算_云栖府_2026-03.xlsx")).exists();
        assertThat(c.out()).contains("隐号");
        CommandLineTest.Run i = CommandLineTest.run("import", file.toString(), "--data", dir.resolve("b").toString(), "--as", "K");
        assertThat(i.code()).as(i.err()).isZero();
        assertThat(i.out()).contains("0 行有误").contains("已导入 12 条登记");
    }

    @Test
    void badInputIsOneChineseLineAndExitTwo() throws Exception {
        ExcelTestOffice.staffed(dir.resolve("o")).close();
        String data = dir.resolve("o").toString();
        CommandLineTest.Run week = CommandLineTest.run("export", "--week", "2026-10", "--data", data);
        assertThat(week.code()).isEqualTo(2);
        assertThat(week.err().strip()).isEqualTo("错误: --week: 周「2026-10」应写成 2026-W10(年-W周数)");
        CommandLineTest.Run w53 = CommandLineTest.run("export", "--week", "2026-W54", "--data", data);
        assertThat(w53.code()).isEqualTo(2);
        assertThat(w53.err()).contains("2026 年只有第 1–53 周");
        CommandLineTest.Run month = CommandLineTest.run("export", "--commission", "2026-13", "--data", data);
        assertThat(month.code()).isEqualTo(2);
        assertThat(month.err()).contains("--commission").contains("2026-03");
        CommandLineTest.Run who = CommandLineTest.run("export", "--week", "2026-W10", "--data", data, "--as", "Z", "--out", dir.toString());
        assertThat(who.code()).isEqualTo(2);
        assertThat(who.err()).contains("「Z」不是本案场的人员");
        Path empty = Files.createFile(dir.resolve("空.csv"));
        CommandLineTest.Run imp = CommandLineTest.run("import", empty.toString(), "--data", data);
        assertThat(imp.code()).isEqualTo(2);
        assertThat(imp.err().strip()).isEqualTo("错误: 文件「空.csv」是空的(0 字节),没有可导入的登记");
        assertThat(imp.err().lines().count()).isEqualTo(1);
    }
}
