package org.anchang.excel;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HexFormat;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A sheet as the paper registers look: a title row, a frozen header row, fixed column widths that fit Chinese text,
 * A4 landscape fitted to the page width with the header rows repeated and page numbers in the footer; read-only
 * (protected, with the filter still usable) once written.
 */
final class Sheets {

    /** Rows above the data: the title and the header. */
    static final int HEAD = 2;

    /** The footer: 第 &P 页,共 &N 页 (Excel's page number and page count codes). */
    static final String PAGES = "第 &P 页,共 &N 页";

    private static final SecureRandom RANDOM = new SecureRandom();

    private Sheets() {
    }

    /** A new sheet with its title, headers and widths (in Chinese characters). */
    static SXSSFSheet start(SXSSFWorkbook wb, Styles st, String name, String title, List<String> headers, int[] widths) {
        SXSSFSheet s = wb.createSheet(name);
        for (int i = 0; i < widths.length; i++) {
            // A Chinese character is about two of Excel's character units; one more for the cell's padding.
            s.setColumnWidth(i, Math.min(255, widths[i] * 2 + 1) * 256);
        }
        Row t = s.createRow(0);
        t.setHeightInPoints(30);
        Cell c = t.createCell(0);
        c.setCellValue(title);
        c.setCellStyle(st.title);
        if (headers.size() > 1) {
            s.addMergedRegion(new CellRangeAddress(0, 0, 0, headers.size() - 1));
        }
        Row h = s.createRow(1);
        h.setHeightInPoints(22);
        for (int i = 0; i < headers.size(); i++) {
            Cell hc = h.createCell(i);
            hc.setCellValue(headers.get(i));
            hc.setCellStyle(st.header);
        }
        s.createFreezePane(0, HEAD);
        a4(s);
        // The paper register's boxes: printed grid lines, not a bordered style on every (also empty) cell.
        s.setPrintGridlines(true);
        s.setRepeatingRows(new CellRangeAddress(0, HEAD - 1, -1, -1));
        s.setHorizontallyCenter(true);
        s.getFooter().setLeft(name);
        return s;
    }

    /** A4 landscape fitted to the page width, page numbers in the footer. */
    static void a4(SXSSFSheet s) {
        PrintSetup ps = s.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        s.setFitToPage(true);
        s.getFooter().setCenter(PAGES);
    }

    /** Filter over the header and data rows, then protection: read-only, the filter still usable. */
    static void finish(SXSSFSheet s, int columns, int lastDataRow) {
        s.setAutoFilter(new CellRangeAddress(HEAD - 1, Math.max(HEAD - 1, lastDataRow), 0, columns - 1));
        protect(s);
    }

    /** Protects a sheet with a password nobody keeps: the archive is read-only; the database stays the truth. */
    static void protect(SXSSFSheet s) {
        byte[] b = new byte[12];
        RANDOM.nextBytes(b);
        s.protectSheet(HexFormat.of().formatHex(b));
        s.lockAutoFilter(false);
        s.lockSelectLockedCells(false);
        s.lockSelectUnlockedCells(false);
    }

    /** Writes one value in the style of its type; an empty value writes no cell (the printed grid boxes it). */
    static void put(Row r, int col, Object v, CellStyle style) {
        if (v == null) {
            return;
        }
        Cell c = r.createCell(col);
        c.setCellStyle(style);
        if (v instanceof String s) {
            c.setCellValue(s);
        } else if (v instanceof BigDecimal d) {
            c.setCellValue(d.doubleValue());
        } else if (v instanceof Number n) {
            c.setCellValue(n.doubleValue());
        } else if (v instanceof LocalDateTime t) {
            c.setCellValue(t);
        } else if (v instanceof LocalDate d) {
            c.setCellValue(d);
        } else if (v instanceof LocalTime t) {
            c.setCellValue(t.toSecondOfDay() / 86400.0);
        } else {
            c.setCellValue(v.toString());
        }
    }

    /** The widths of a layout's columns. */
    static int[] widths(List<Layout.Column> cols) {
        return cols.stream().mapToInt(c -> c.field().width()).toArray();
    }
}
