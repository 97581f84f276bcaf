package org.anchang.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.anchang.office.ArchiveDesk;
import org.anchang.office.Office;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commission statement workbook read back: each payment line, the consultant's subtotal, the summary, its hash. */
class CommissionWorkbookTest {

    @TempDir
    Path dir;

    @Test
    void theStatementListsEachPaymentWithItsShareAndRateAndTotalsThem() throws Exception {
        try (Office o = ExcelOffice.full(dir.resolve("o"))) {
            Exports.Result r = Exports.commission(o, YearMonth.of(2026, 3), "M", dir, Progress.NONE);
            assertThat(r.file().getFileName().toString()).isEqualTo("佣金结算_云栖府_2026-03.xlsx");
            assertThat(new ArchiveDesk(o).recordedHashes(r.file().getFileName().toString())).containsExactly(r.sha256());
            DataFormatter f = new DataFormatter();
            try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(r.file()))) {
                XSSFSheet s = wb.getSheet(CommissionWorkbook.SHEET);
                assertThat(s.getProtect()).isTrue();
                assertThat(f.formatCellValue(s.getRow(2).getCell(0))).isEqualTo("张三");
                assertThat(f.formatCellValue(s.getRow(2).getCell(7))).isEqualTo("定金");
                assertThat(s.getRow(2).getCell(11).getNumericCellValue()).isZero();
                assertThat(f.formatCellValue(s.getRow(3).getCell(7))).isEqualTo("首付款");
                assertThat(f.formatCellValue(s.getRow(3).getCell(4))).isEqualTo("100%");
                assertThat(f.formatCellValue(s.getRow(3).getCell(5))).contains("SPLIT-1");
                assertThat(s.getRow(3).getCell(3).getNumericCellValue()).isEqualTo(1_200_000);
                assertThat(s.getRow(3).getCell(11).getNumericCellValue()).isEqualTo(972.0);
                assertThat(f.formatCellValue(s.getRow(4).getCell(0))).isEqualTo("张三 小计");
                assertThat(s.getRow(4).getCell(11).getNumericCellValue()).isEqualTo(972.0);
                XSSFSheet sum = wb.getSheet(CommissionWorkbook.SUMMARY);
                assertThat(f.formatCellValue(sum.getRow(3).getCell(0))).isEqualTo("合计");
                assertThat(sum.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(972.0);
            }
        }
    }
}
