package org.anchang.excel;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;
import org.anchang.office.ArchiveDesk;
import org.anchang.office.CommissionDesk;
import org.anchang.rules.Commission;
import org.anchang.rules.RuleId;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The month's commission statement 佣金结算_<项目>_<月>.xlsx (COM-1): per consultant, each payment received with the
 * deal, the consultant's share (the judge's split and its rules), the product's rate and what is payable, a subtotal
 * per consultant, and a summary sheet.
 */
public final class CommissionWorkbook {

    public static final String SHEET = "佣金结算";
    public static final String SUMMARY = "汇总";

    private CommissionWorkbook() {
    }

    public static String fileName(String project, YearMonth month) {
        return "佣金结算_" + WeeklyWorkbook.safe(project) + "_" + month + ".xlsx";
    }

    static final List<String> HEADERS = List.of("置业顾问", "客户电话", "成交日期", "签约金额", "分成", "分成规则", "收款日期", "收款类型",
            "收款金额", "产品类型", "比例(‰)", "本期应发", "说明");

    /** Writes the statement to {@code file}; the phones follow the week's privacy (masked outside the manager's copy). */
    public static WeeklyWorkbook.Written write(CommissionDesk.Statement s, ArchiveDesk.Privacy privacy, Path file, Progress p) {
        YearMonth month = s.statement().month();
        String period = month.getYear() + "年" + month.getMonthValue() + "月";
        try (WeeklyWorkbook book = new WeeklyWorkbook(s.project(), period)) {
            SXSSFWorkbook wb = book.workbook();
            Styles st = book.styles();
            wb.removeSheetAt(0);
            SXSSFSheet sheet = Sheets.start(wb, st, SHEET, s.project() + " 佣金结算 " + period + " (COM-1)", HEADERS,
                    new int[] {6, 8, 6, 8, 4, 8, 6, 5, 8, 5, 4, 7, 24});
            int r = Sheets.HEAD;
            String current = null;
            BigDecimal sub = BigDecimal.ZERO;
            List<Commission.Line> lines = s.statement().lines();
            for (int i = 0; i < lines.size(); i++) {
                Commission.Line l = lines.get(i);
                if (current != null && !current.equals(l.consultant())) {
                    r = subtotal(sheet, st, r, s.name(current), sub);
                    sub = BigDecimal.ZERO;
                }
                current = l.consultant();
                sub = sub.add(l.payable());
                Row row = sheet.createRow(r++);
                Sheets.put(row, 0, s.name(l.consultant()), st.text);
                Sheets.put(row, 1, privacy.show(l.payment().customer()), st.text);
                Sheets.put(row, 2, l.deal().map(d -> d.at().toLocalDate()).orElse(null), st.date);
                Sheets.put(row, 3, l.deal().map(d -> d.amount()).orElse(null), st.money);
                Sheets.put(row, 4, l.deal().isPresent() ? Math.round(l.share() * 100) + "%" : null, st.text);
                Sheets.put(row, 5, l.deal().map(d -> d.rules().stream().map(RuleId::id).collect(Collectors.joining(", "))).orElse(null), st.text);
                Sheets.put(row, 6, l.payment().at().toLocalDate(), st.date);
                Sheets.put(row, 7, l.payment().type().chinese(), st.text);
                Sheets.put(row, 8, l.payment().amount(), st.money);
                Sheets.put(row, 9, l.payment().product(), st.text);
                Sheets.put(row, 10, l.ratePerMille().orElse(null), st.text);
                Sheets.put(row, 11, l.payable(), st.money);
                Sheets.put(row, 12, l.note(), st.wrap);
                p.step(i + 1, lines.size());
            }
            if (current != null) {
                r = subtotal(sheet, st, r, s.name(current), sub);
            } else {
                Sheets.put(sheet.createRow(r++), 0, "本月没有收款记录", st.text);
            }
            Sheets.finish(sheet, HEADERS.size(), r - 1);
            SXSSFSheet sum = Sheets.start(wb, st, SUMMARY, s.project() + " 佣金汇总 " + period, List.of("置业顾问", "本期应发合计"), new int[] {10, 10});
            int q = Sheets.HEAD;
            BigDecimal all = BigDecimal.ZERO;
            for (var e : s.statement().totals().entrySet()) {
                Row row = sum.createRow(q++);
                Sheets.put(row, 0, s.name(e.getKey()), st.text);
                Sheets.put(row, 1, e.getValue(), st.money);
                all = all.add(e.getValue());
            }
            Row row = sum.createRow(q++);
            Sheets.put(row, 0, "合计", st.label);
            Sheets.put(row, 1, all, st.total);
            Row note = sum.createRow(++q);
            Sheets.put(note, 0, "比例:" + s.rates().products().stream().map(pr -> pr + " " + s.rates().of(pr).map(x -> x.toPlainString() + "‰")
                    .orElse("未设")).collect(Collectors.joining(";")) + "。定金不计;首付、按揭放款、分期按到账金额提90%;交房后发放余下10%(销售部 五,COM-1)。"
                    + "分成取自判客引擎对该成交的裁定。", st.wrap);
            note.setHeightInPoints(48);
            sum.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(q, q, 0, 1));
            Sheets.finish(sum, 2, q - 2);
            return book.save(file, p);
        }
    }

    private static int subtotal(SXSSFSheet sheet, Styles st, int r, String who, BigDecimal sub) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < HEADERS.size(); c++) {
            Sheets.put(row, c, null, st.label);
        }
        Sheets.put(row, 0, who + " 小计", st.label);
        Sheets.put(row, 11, sub, st.total);
        return r + 1;
    }
}
