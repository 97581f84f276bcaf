package org.anchang.excel;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The workbook's cell styles, made once per workbook (a style per cell would exhaust Excel's 64,000). */
final class Styles {

    /** A font every Chinese Windows has; LibreOffice substitutes its CJK font. */
    static final String FONT = "宋体";

    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle header;
    final CellStyle text;
    final CellStyle wrap;
    final CellStyle number;
    final CellStyle money;
    final CellStyle date;
    final CellStyle time;
    final CellStyle dateTime;
    final CellStyle label;
    final CellStyle total;

    Styles(Workbook wb) {
        Font plain = font(wb, 11, false);
        Font bold = font(wb, 11, true);
        title = wb.createCellStyle();
        title.setFont(font(wb, 16, true));
        title.setAlignment(HorizontalAlignment.CENTER);
        title.setVerticalAlignment(VerticalAlignment.CENTER);
        subtitle = wb.createCellStyle();
        subtitle.setFont(plain);
        subtitle.setAlignment(HorizontalAlignment.CENTER);
        header = boxed(wb, bold);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setWrapText(true);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        text = plain(wb, plain);
        wrap = plain(wb, plain);
        wrap.setWrapText(true);
        short fmt = wb.createDataFormat().getFormat("0");
        number = plain(wb, plain);
        number.setDataFormat(fmt);
        money = plain(wb, plain);
        money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
        date = plain(wb, plain);
        date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
        time = plain(wb, plain);
        time.setDataFormat(wb.createDataFormat().getFormat("hh:mm"));
        dateTime = plain(wb, plain);
        dateTime.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
        label = boxed(wb, bold);
        total = boxed(wb, bold);
        total.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
    }

    CellStyle of(Field.Type t) {
        return switch (t) {
            case TEXT -> text;
            case NUMBER -> number;
            case MONEY -> money;
            case DATE -> date;
            case TIME -> time;
            case DATETIME -> dateTime;
        };
    }

    private static Font font(Workbook wb, int points, boolean bold) {
        Font f = wb.createFont();
        f.setFontName(FONT);
        f.setFontHeightInPoints((short) points);
        f.setBold(bold);
        return f;
    }

    /** Data cells: the font only; the sheet prints its grid lines as the register's boxes. */
    private static CellStyle plain(Workbook wb, Font f) {
        CellStyle s = wb.createCellStyle();
        s.setFont(f);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        return s;
    }

    private static CellStyle boxed(Workbook wb, Font f) {
        CellStyle s = wb.createCellStyle();
        s.setFont(f);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }
}
