package org.anchang.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.anchang.board.Tally;
import org.anchang.office.ArchiveDesk;
import org.anchang.office.IsoWeek;
import org.anchang.rules.DealShare;
import org.anchang.rules.RuleId;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The weekly register workbook 案场登记_<项目>_<周>.xlsx (marketing-dept 一.3; ROT-13): a cover with the counts and the
 * audit chain's head, the registers (来访, 来电, 跟踪, 报备, 拓客, 其他登记; every column of the forms), the rotation tally (轮序统计) and the collisions
 * with the judge's decision (撞单与判客记录). Streams with SXSSF: memory stays flat however many rows a sheet has.
 */
public final class WeeklyWorkbook implements AutoCloseable {

    /** The cover's sheet name. */
    public static final String COVER = "封面";
    public static final String BOARD = "轮序统计";
    public static final String COLLISIONS = "撞单与判客记录";

    /** Rows kept in memory per sheet before SXSSF flushes them to its temporary file. */
    static final int WINDOW = 200;

    private final SXSSFWorkbook wb;
    private final Styles st;
    private final String project;
    private final String period;

    /** A workbook for {@code project}'s {@code period} (e.g. 2026-W10(3月2日–3月8日)); the cover is its first sheet. */
    public WeeklyWorkbook(String project, String period) {
        this.wb = new SXSSFWorkbook(null, WINDOW, true, false);
        this.st = new Styles(wb);
        this.project = project;
        this.period = period;
        wb.createSheet(COVER);
    }

    /** 案场登记_滨江·云栖府_2026-W10.xlsx; characters a file system refuses become _. */
    public static String fileName(String project, IsoWeek week) {
        return "案场登记_" + safe(project) + "_" + week + ".xlsx";
    }

    static String safe(String s) {
        return s.replaceAll("[\\\\/:*?\"<>|\\s]", "_");
    }

    /** 2026-W10(3月2日–3月8日). */
    public static String period(IsoWeek w) {
        return w + "(" + md(w.monday()) + "–" + md(w.sunday()) + ")";
    }

    static String md(LocalDate d) {
        return d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    /** What was written: the file, its SHA-256 and the rows of each sheet. */
    public record Written(Path file, String sha256, Map<String, Integer> counts) {
    }

    /**
     * Writes {@code w} to {@code file} (through a temporary file beside it, so that a cancelled or failed export
     * leaves nothing) and returns the file's SHA-256.
     */
    public static Written write(ArchiveDesk.Week w, Path file, Progress p) {
        Map<Layout, List<ArchiveDesk.Line>> byLayout = new EnumMap<>(Layout.class);
        for (Layout l : Layout.values()) {
            byLayout.put(l, new ArrayList<>());
        }
        w.lines().forEach(l -> byLayout.get(RegisterRows.layout(l.kind())).add(l));
        long total = w.lines().size() + w.board().size() + w.collisions().size();
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (WeeklyWorkbook book = new WeeklyWorkbook(w.project(), period(w.week()))) {
            long[] done = {0};
            Progress counted = new Progress() {
                @Override
                public void at(long n, long t) {
                    p.at(done[0] + n, total);
                }

                @Override
                public boolean cancelled() {
                    return p.cancelled();
                }
            };
            for (Layout l : Layout.values()) {
                int n = book.register(l, byLayout.get(l).iterator(), w, counted);
                counts.put(l.sheet(), n);
                done[0] += n;
            }
            counts.put(BOARD, book.board(w));
            counts.put(COLLISIONS, book.collisions(w));
            book.cover(w, counts);
            p.step(total, total);
            return book.save(file, p);
        }
    }

    /** Writes the workbook to {@code file} via a temporary file and returns its SHA-256. */
    Written save(Path file, Progress p) {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            // Not createTempFile: its owner-only permissions would stay on the archive after the move.
            tmp = dir.resolve("." + file.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".part");
            try (OutputStream out = Files.newOutputStream(tmp, java.nio.file.StandardOpenOption.CREATE_NEW)) {
                wb.write(out);
            }
            p.step(1, 1);
            String sha = sha256(tmp);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Written(file, sha, Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the temporary file was moved, or is gone
                }
            }
        }
    }

    /** The workbook, for the benchmark and tests. */
    SXSSFWorkbook workbook() {
        return wb;
    }

    Styles styles() {
        return st;
    }

    /**
     * Writes one register sheet from {@code lines} (read once, never held): a row per line in the layout's columns.
     * Returns the number of rows.
     */
    public int register(Layout layout, Iterator<ArchiveDesk.Line> lines, ArchiveDesk.Week w, Progress p) {
        List<Layout.Column> cols = layout.columns();
        SXSSFSheet s = Sheets.start(wb, st, layout.sheet(), project + " " + layout.sheet() + " " + period,
                cols.stream().map(Layout.Column::header).toList(), Sheets.widths(cols));
        var styles = cols.stream().map(c -> c.field() == Field.CONTENT || c.field() == Field.NOTES ? st.wrap : st.of(c.field().type()))
                .toArray(org.apache.poi.ss.usermodel.CellStyle[]::new);
        int r = Sheets.HEAD;
        while (lines.hasNext()) {
            Object[] v = RegisterRows.cells(layout, lines.next(), w);
            Row row = s.createRow(r++);
            for (int i = 0; i < v.length; i++) {
                Sheets.put(row, i, v[i], styles[i]);
            }
            if ((r & 1023) == 0) {
                p.step(r - Sheets.HEAD, 0);
            }
        }
        Sheets.finish(s, cols.size(), r - 1);
        return r - Sheets.HEAD;
    }

    /** 轮序统计: turns, make-ups and passes per consultant per day (ROT-13), then the week's totals. */
    int board(ArchiveDesk.Week w) {
        List<String> headers = List.of("日期", "星期", "顺位", "置业顾问", "接待", "补接", "轮空", "未用补接");
        SXSSFSheet s = Sheets.start(wb, st, BOARD, project + " 轮序统计 " + period + " (ROT-13)", headers, new int[] {6, 3, 3, 6, 3, 3, 3, 4});
        int r = Sheets.HEAD;
        Map<String, int[]> week = new LinkedHashMap<>();
        for (ArchiveDesk.BoardDay d : w.board()) {
            int pos = 1;
            for (String id : d.order()) {
                Tally t = d.tally().getOrDefault(id, new Tally(0, 0, 0, 0));
                Row row = s.createRow(r++);
                Sheets.put(row, 0, d.day(), st.date);
                Sheets.put(row, 1, d.day().getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.CHINA), st.text);
                Sheets.put(row, 2, pos++, st.number);
                Sheets.put(row, 3, w.name(id), st.text);
                Sheets.put(row, 4, t.turns(), st.number);
                Sheets.put(row, 5, t.makeups(), st.number);
                Sheets.put(row, 6, t.passes(), st.number);
                Sheets.put(row, 7, t.creditsLeft(), st.number);
                int[] sum = week.computeIfAbsent(id, k -> new int[3]);
                sum[0] += t.turns();
                sum[1] += t.makeups();
                sum[2] += t.passes();
            }
        }
        int rows = r - Sheets.HEAD;
        int lastData = r - 1;
        if (w.board().isEmpty()) {
            Row row = s.createRow(r++);
            Sheets.put(row, 0, "本周没有排班(轮序)记录", st.text);
        } else {
            r++;
            for (var e : week.entrySet()) {
                Row row = s.createRow(r++);
                Sheets.put(row, 0, "本周合计", st.label);
                Sheets.put(row, 1, null, st.label);
                Sheets.put(row, 2, null, st.label);
                Sheets.put(row, 3, w.name(e.getKey()), st.label);
                Sheets.put(row, 4, e.getValue()[0], st.number);
                Sheets.put(row, 5, e.getValue()[1], st.number);
                Sheets.put(row, 6, e.getValue()[2], st.number);
                Sheets.put(row, 7, null, st.text);
            }
        }
        Sheets.finish(s, headers.size(), lastData);
        return rows;
    }

    /**
     * 撞单与判客记录: every customer group consultants collided on this week with the judge's decision at the week's
     * end and its rule ids, then the place for the recorded verdicts of the dispute wizard.
     */
    int collisions(ArchiveDesk.Week w) {
        List<String> headers = List.of("序号", "客户", "电话", "涉及顾问", "判定归属", "保护至", "撞单顾问", "本周成交分成", "适用规则", "判定经过");
        SXSSFSheet s = Sheets.start(wb, st, COLLISIONS, project + " 撞单与判客记录 " + period, headers,
                new int[] {3, 5, 8, 10, 7, 7, 7, 12, 10, 48});
        LocalDateTime from = w.week().monday().atStartOfDay();
        LocalDateTime to = w.week().sunday().plusDays(1).atStartOfDay();
        int r = Sheets.HEAD;
        int n = 0;
        for (ArchiveDesk.Collision c : w.collisions()) {
            var v = c.verdict();
            Row row = s.createRow(r++);
            List<String> trail = v.trail().stream().map(t -> t.at().format(Cells.ISO_MINUTE).substring(5) + " " + t.text()).toList();
            row.setHeightInPoints(Math.min(400, 14.5f * Math.max(2, trail.stream().mapToInt(t -> 1 + t.length() / 56).sum())));
            Sheets.put(row, 0, ++n, st.number);
            Sheets.put(row, 1, c.customer(), st.text);
            Sheets.put(row, 2, c.phones().stream().map(p -> w.privacy().show(p)).collect(Collectors.joining("\n")), st.wrap);
            Sheets.put(row, 3, c.consultants().stream().map(w::name).collect(Collectors.joining("、")), st.wrap);
            Sheets.put(row, 4, v.owner().who().map(w::name).orElse("无人(新客户)"), st.text);
            Sheets.put(row, 5, v.owner().unlimited() || v.owner().dealt() ? "长期" : v.owner().until().map(u -> u.format(Cells.ISO_MINUTE))
                    .orElse(""), st.text);
            Sheets.put(row, 6, v.collisions().stream().map(w::name).collect(Collectors.joining("、")), st.text);
            Sheets.put(row, 7, ArchiveDesk.dealsWithin(v, from, to).stream().map(d -> split(d, w)).collect(Collectors.joining("\n")), st.wrap);
            Sheets.put(row, 8, c.rules().stream().map(RuleId::id).collect(Collectors.joining(", ")), st.wrap);
            Sheets.put(row, 9, String.join("\n", trail), st.wrap);
        }
        int lastData = r - 1;
        if (n == 0) {
            Sheets.put(s.createRow(r++), 0, "本周没有撞单", st.text);
        }
        r++;
        Row head = s.createRow(r++);
        Sheets.put(head, 0, "本周签字的判客裁定(一判终身,DSP-1/DSP-3;上表为判客引擎按本周末登记所作的判定,未经签字)", st.label);
        s.addMergedRegion(new CellRangeAddress(head.getRowNum(), head.getRowNum(), 0, headers.size() - 1));
        List<String> rulingHeaders = List.of("序号", "客户电话", "裁定时点", "判定归属", "保护至", "所涉成交分成", "制度", "调解(主管)",
                "核查(内业)", "裁定(经理)");
        Row rh = s.createRow(r++);
        for (int i = 0; i < rulingHeaders.size(); i++) {
            Sheets.put(rh, i, rulingHeaders.get(i), st.label);
        }
        int k = 0;
        for (ArchiveDesk.Line line : w.lines()) {
            if (line.entry().orElse(null) instanceof org.anchang.register.Ruling ruling) {
                Row row = s.createRow(r++);
                Sheets.put(row, 0, ++k, st.number);
                Sheets.put(row, 1, w.privacy().show(ruling.customer().digits()), st.text);
                Sheets.put(row, 2, ruling.at().format(Cells.ISO_MINUTE), st.text);
                Sheets.put(row, 3, ruling.owner().map(w::name).orElse("无人"), st.text);
                Sheets.put(row, 4, ruling.until().map(u -> u.format(Cells.ISO_MINUTE)).orElse(ruling.owner().isPresent() ? "长期" : ""),
                        st.text);
                Sheets.put(row, 5, ruling.deals().stream().map(d -> d.at().toLocalDate() + " " + d.shares().entrySet().stream()
                        .map(e -> w.name(e.getKey()) + " " + Math.round(e.getValue() * 100) + "%").collect(Collectors.joining("/")))
                        .collect(Collectors.joining("\n")), st.wrap);
                Sheets.put(row, 6, ruling.policy(), st.text);
                Sheets.put(row, 7, w.name(ruling.mediatedBy()), st.text);
                Sheets.put(row, 8, w.name(ruling.checkedBy()), st.text);
                Sheets.put(row, 9, w.name(ruling.decidedBy()), st.text);
            }
        }
        if (k == 0) {
            Sheets.put(s.createRow(r++), 0, "本周没有签字的裁定", st.text);
        }
        Sheets.finish(s, headers.size(), lastData);
        return n;
    }

    private static String split(DealShare d, ArchiveDesk.Week w) {
        String who = d.shares().entrySet().stream().map(e -> w.name(e.getKey()) + " " + Math.round(e.getValue() * 100) + "%")
                .collect(Collectors.joining("/"));
        return d.at().toLocalDate() + (d.stage().equals("contract") ? " 签约 " : " 定金 ") + who
                + (d.pending() ? "(待确认)" : "");
    }

    /** The cover: project, week, who exported and when, the count of every sheet, the audit chain's head. */
    void cover(ArchiveDesk.Week w, Map<String, Integer> counts) {
        SXSSFSheet s = wb.getSheet(COVER);
        s.setColumnWidth(0, 18 * 256);
        s.setColumnWidth(1, 70 * 256);
        int r = 0;
        Row t = s.createRow(r++);
        t.setHeightInPoints(30);
        Sheets.put(t, 0, project + " 案场登记周报", st.title);
        s.addMergedRegion(new CellRangeAddress(0, 0, 0, 1));
        Sheets.put(s.createRow(r++), 0, null, null);
        r = pair(s, r, "项目", project);
        r = pair(s, r, "周次", period(w.week()));
        r = pair(s, r, "导出人", w.by().name() + "(" + role(w.by().role()) + ")");
        r = pair(s, r, "导出时间", w.at().format(Cells.ISO_MINUTE));
        r = pair(s, r, "电话显示", w.privacy().whole() ? "完整号码(经理存档本)" : "隐号,仅本人客户显示完整号码(顾问副本)");
        r++;
        Row h = s.createRow(r++);
        Sheets.put(h, 0, "工作表", st.header);
        Sheets.put(h, 1, "条数", st.header);
        for (var e : counts.entrySet()) {
            Row row = s.createRow(r++);
            Sheets.put(row, 0, e.getKey(), st.label);
            Sheets.put(row, 1, e.getValue(), st.number);
        }
        r++;
        r = pair(s, r, "审计链头", w.chainHead());
        r = pair(s, r, "审计记录数", String.valueOf(w.auditRows()));
        Row note = s.createRow(r);
        note.setHeightInPoints(64);
        Sheets.put(note, 0, "核对", st.label);
        Sheets.put(note, 1, "导出时审计链共 " + w.auditRows() + " 条,链头如上;日后运行 java -jar anchang.jar verify 核对审计链,"
                + "并在审计表第 " + w.auditRows() + " 条查到同一哈希,即证明本周登记未被改动。本文件的 SHA-256 已记入审计日志(export_file)。"
                + "各表为只读(工作表保护),筛选可用。", st.wrap);
        s.setColumnWidth(1, 90 * 256);
        Sheets.a4(s);
        Sheets.protect(s);
    }

    private int pair(SXSSFSheet s, int r, String label, String value) {
        Row row = s.createRow(r);
        Sheets.put(row, 0, label, st.label);
        Sheets.put(row, 1, value, st.text);
        return r + 1;
    }

    static String role(String role) {
        return switch (role) {
            case "manager" -> "经理";
            case "supervisor" -> "主管";
            case "clerk" -> "内业";
            case "consultant" -> "置业顾问";
            default -> role;
        };
    }

    static String sha256(Path f) throws IOException {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(f), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            wb.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
