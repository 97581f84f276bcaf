package org.anchang.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.anchang.office.DisputeCase;
import org.anchang.office.DisputeCase.Fact;
import org.anchang.office.Disputes;
import org.anchang.office.OfficeException;
import org.anchang.office.DisputeCase.Notice;
import org.anchang.office.DisputeCase.Question;
import org.anchang.office.DisputeCase.Row;
import org.anchang.rules.DealShare;
import org.anchang.rules.Penalty;
import org.anchang.rules.Presets;
import org.anchang.rules.SignOff;
import org.anchang.rules.TrailLine;
import org.anchang.rules.Verdict;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The verdict sheet 判客裁定书: one A4 page (portrait, fitted to one page wide and one page tall) in Chinese with the
 * dossier's entries, the facts, the verdict, the trail with rule ids and the three signatures (DSP-1, DSP-3).
 */
public final class VerdictSheet {

    private static final String FONT = "Microsoft YaHei";

    private static final int COLS = 6;

    private final XSSFWorkbook wb = new XSSFWorkbook();
    private final Sheet sheet = wb.createSheet("裁定书");
    private final CellStyle title;
    private final CellStyle heading;
    private final CellStyle head;
    private final CellStyle text;
    private final CellStyle cell;
    private int row;

    private VerdictSheet() {
        title = style(18, true, false);
        heading = style(12, true, false);
        head = style(10, true, true);
        text = style(10, false, false);
        cell = style(9, false, true);
        int[] widths = {15, 10, 10, 17, 26, 22};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
    }

    public static void write(DisputeCase c, SignOff s, Map<String, String> names, String project, Path file) {
        VerdictSheet v = new VerdictSheet();
        v.fill(c, s, names, project);
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream out = Files.newOutputStream(file); XSSFWorkbook wb = v.wb) {
                wb.write(out);
            }
        } catch (IOException e) {
            throw new OfficeException("文件", "无法写入 " + file + ":" + e.getMessage());
        }
    }

    private void fill(DisputeCase c, SignOff s, Map<String, String> names, String project) {
        Verdict v = c.verdict();
        line((project.isEmpty() ? "" : project + " ") + "判客裁定书", title, 30);
        line("客户 " + Disputes.hide(c.phone()) + "(同组 " + c.phones().size() + " 个电话)  裁定时点 " + Disputes.when(c.question())
                + "  制度 " + Presets.get(v.policy()).map(p -> p.title()).orElse(v.policy()), text, 0);
        line("当事顾问:" + String.join("、", c.parties().stream().map(DisputeCase.Party::name).toList()), text, 0);

        line("一、登记记录(按时间)", heading, 0);
        cells(head, "时间", "类型", "顾问", "客户", "情况", "标记");
        for (Row r : c.rows()) {
            cells(cell, Disputes.when(r.at()), r.kind(), r.who(), r.customer(), r.detail(), String.join(";", r.marks()));
        }

        line("二、认定的事实", heading, 0);
        if (c.facts().isEmpty()) {
            line("按登记所记,未另行认定。", text, 0);
        }
        for (Fact f : c.facts()) {
            Question q = c.questions().stream().filter(x -> x.id().equals(f.key() + "@" + f.entry())).findFirst().orElse(null);
            String answer = q == null ? f.value() : q.options().stream().filter(o -> o.value().equals(f.value())).map(o -> o.label()).findFirst()
                    .orElse(f.value());
            line("· " + (q == null ? f.key() : q.about() + " " + q.text()) + " " + answer, text, 0);
        }
        for (Notice n : c.notices()) {
            line("· " + n.text(), text, 0);
        }

        line("三、裁定", heading, 0);
        line("客户归属:" + Disputes.owner(v), text, 0);
        int i = 1;
        for (DealShare d : v.deals()) {
            line("成交" + i++ + " " + Disputes.when(d.at()) + " " + v.nameOf(d.by()) + (d.stage().equals("deposit") ? " 定金 " : " 签约 ")
                    + d.amount().stripTrailingZeros().toPlainString() + " 元:业绩 " + Disputes.shares(v, d.shares()) + " ["
                    + String.join(", ", d.rules().stream().map(r -> r.id()).toList()) + "]", text, 0);
        }
        for (Penalty p : v.penalties()) {
            line("处罚:" + v.nameOf(p.consultant()) + " " + p.text() + " [" + p.rule().id() + "](经理确认)", text, 0);
        }
        if (v.penalties().isEmpty()) {
            line("处罚:无", text, 0);
        }

        line("四、依据(规则编号及制度条款)", heading, 0);
        for (TrailLine t : v.trail()) {
            line(Disputes.when(t.at()) + "  " + t.text(), text, 0);
        }

        line("五、签字(判客流程 DSP-1;一判终身,不得再有异议)", heading, 0);
        cells(head, "调解人(主管)", names.getOrDefault(s.mediatedBy(), s.mediatedBy()), "查档人(内业)", names.getOrDefault(s.checkedBy(), s.checkedBy()),
                "判定人(经理)", names.getOrDefault(s.decidedBy(), s.decidedBy()));
        cells(cell, "签名", "", "签名", "", "签名", "");
        sheet.getRow(row - 1).setHeightInPoints(40);

        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(false);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 1);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(Sheet.LeftMargin, 0.4);
        sheet.setMargin(Sheet.RightMargin, 0.4);
        sheet.setMargin(Sheet.TopMargin, 0.5);
        sheet.setMargin(Sheet.BottomMargin, 0.5);
        wb.setPrintArea(0, 0, COLS - 1, 0, row - 1);
    }

    /** A line across the whole page; long text wraps and the row grows with it. */
    private void line(String value, CellStyle style, float height) {
        float points = wb.getFontAt(style.getFontIndex()).getFontHeightInPoints();
        org.apache.poi.ss.usermodel.Row r = sheet.createRow(row);
        Cell c = r.createCell(0);
        c.setCellValue(value);
        c.setCellStyle(style);
        sheet.addMergedRegion(new CellRangeAddress(row, row, 0, COLS - 1));
        // Merged cells do not grow by themselves: about 85 characters of 10 pt fit across the page.
        int lines = Math.max(1, (int) Math.ceil(value.length() / 85.0));
        r.setHeightInPoints(height > 0 ? height : lines * points * 1.75f);
        row++;
    }

    private void cells(CellStyle style, String... values) {
        org.apache.poi.ss.usermodel.Row r = sheet.createRow(row++);
        int lines = 1;
        int[] chars = {14, 8, 8, 15, 22, 19};
        for (int i = 0; i < values.length; i++) {
            Cell c = r.createCell(i);
            c.setCellValue(values[i]);
            c.setCellStyle(style);
            lines = Math.max(lines, (int) Math.ceil(values[i].length() / (double) chars[i]));
        }
        r.setHeightInPoints(lines * 16f);
    }

    private CellStyle style(int points, boolean bold, boolean border) {
        Font f = wb.createFont();
        f.setFontName(FONT);
        f.setFontHeightInPoints((short) points);
        f.setBold(bold);
        CellStyle s = wb.createCellStyle();
        s.setFont(f);
        s.setWrapText(true);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        if (border) {
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
        }
        return s;
    }
}
