package org.anchang.excel;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/** The rows an import refused, each with its sheet, row number, column and reason, and what the row said. */
public final class RejectsWorkbook {

    public static final String SHEET = "未导入的行";

    private RejectsWorkbook() {
    }

    public static String fileName(String importedBase) {
        return WeeklyWorkbook.safe(importedBase) + "_未导入.xlsx";
    }

    static WeeklyWorkbook.Written write(String source, List<RegisterImport.Row> rejects, Path file) {
        try (WeeklyWorkbook book = new WeeklyWorkbook(source, "")) {
            var wb = book.workbook();
            Styles st = book.styles();
            wb.removeSheetAt(0);
            List<String> headers = List.of("工作表", "行号", "出错的列", "原因", "该行内容");
            SXSSFSheet s = Sheets.start(wb, st, SHEET, "「" + source + "」未导入的行(共 " + rejects.size() + " 行)", headers,
                    new int[] {8, 3, 6, 30, 40});
            int r = Sheets.HEAD;
            for (RegisterImport.Row x : rejects) {
                Row row = s.createRow(r++);
                Sheets.put(row, 0, x.sheet(), st.text);
                Sheets.put(row, 1, x.row(), st.number);
                Sheets.put(row, 2, x.column().orElse(""), st.text);
                Sheets.put(row, 3, x.problem().orElse(""), st.wrap);
                Sheets.put(row, 4, x.cells().entrySet().stream().map(e -> e.getKey().header() + "=" + e.getValue())
                        .collect(Collectors.joining(";")), st.wrap);
            }
            Sheets.finish(s, headers.size(), r - 1);
            return book.save(file, Progress.NONE);
        }
    }
}
