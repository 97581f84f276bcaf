package org.anchang.excel;

import java.util.List;
import java.util.Optional;

/**
 * The register sheets of the weekly workbook, in the paper registers' order (marketing-dept 一.1–3), with their
 * columns: every column of the register's form, the ones that decide nothing (来源, 意向, 备注 …) included; a column
 * may carry its own header (接听顾问 on the call register). {@code OTHER} holds every other kind of line (成交, 收款 …),
 * one per row with its 类型, so that every line of the week is in the archive.
 */
public enum Layout {
    VISIT("来访客户登记表", "来访", List.of(c(Field.ID), c(Field.DATE), c(Field.TIME), c(Field.NAME), c(Field.PHONE), c(Field.CONSULTANT),
            c(Field.PARTY), c(Field.FIRST), c(Field.SOURCE), c(Field.INTENT), c(Field.PURPOSE), c(Field.NAMED), c(Field.REFERRED), c(Field.RELATION),
            c(Field.FACTS), c(Field.NOTES), c(Field.RECORDER), c(Field.RECORDED_AT), c(Field.STATUS))),
    CALL("来电客户登记表", "来电", List.of(c(Field.ID), c(Field.DATE), c(Field.TIME), c(Field.NAME), c(Field.PHONE),
            new Column(Field.CONSULTANT, "接听顾问"), c(Field.SOURCE), c(Field.INTENT), c(Field.NOTES), c(Field.RECORDER), c(Field.RECORDED_AT), c(Field.STATUS))),
    FOLLOWUP("客户情况跟踪表", "跟踪", List.of(c(Field.ID), c(Field.DATE), c(Field.TIME), c(Field.NAME), c(Field.PHONE), c(Field.CONSULTANT),
            c(Field.METHOD), c(Field.CONTENT), c(Field.NEXT), c(Field.RECORDER), c(Field.RECORDED_AT), c(Field.STATUS))),
    REPORT("渠道报备", "报备", List.of(c(Field.ID), new Column(Field.DATE, "报备日期"), c(Field.TIME), c(Field.NAME), c(Field.PHONE),
            new Column(Field.CONSULTANT, "经纪人"), c(Field.TEAM), c(Field.EXPECTED), c(Field.RECORDER), c(Field.RECORDED_AT),
            c(Field.STATUS))),
    PROSPECT("拓客登记表", "拓客", List.of(c(Field.ID), c(Field.DATE), c(Field.TIME), c(Field.NAME), c(Field.PHONE), c(Field.CONSULTANT),
            c(Field.BUSINESS), c(Field.ADDRESS), c(Field.COMPANY), c(Field.WECHAT), c(Field.INTENT), c(Field.NOTES), c(Field.RECORDER),
            c(Field.RECORDED_AT), c(Field.STATUS))),
    OTHER("其他登记", "其他", List.of(c(Field.ID), c(Field.DATE), c(Field.TIME), c(Field.KIND), new Column(Field.CONSULTANT, "顾问"),
            c(Field.NAME), c(Field.PHONE), c(Field.AMOUNT), c(Field.DETAIL), c(Field.RECORDER), c(Field.RECORDED_AT), c(Field.STATUS)));

    /** One column: its field and the header written for it. */
    public record Column(Field field, String header) {
    }

    private static Column c(Field f) {
        return new Column(f, f.header());
    }

    private final String sheet;
    private final String word;
    private final List<Column> columns;

    Layout(String sheet, String word, List<Column> columns) {
        this.sheet = sheet;
        this.word = word;
        this.columns = columns;
    }

    /** The sheet's name, e.g. 来访客户登记表. */
    public String sheet() {
        return sheet;
    }

    /** The kind in one word, as a 类型 cell writes it: 来访, 来电, 跟踪, 报备, 拓客. */
    public String word() {
        return word;
    }

    public List<Column> columns() {
        return columns;
    }

    /** The layout a sheet's name points to (来访… / 来电… / 跟踪 / 报备 / 拓客 / 其他), if any. */
    public static Optional<Layout> bySheetName(String name) {
        String n = name == null ? "" : name;
        for (Layout l : values()) {
            if (n.contains(l.word) || n.equals(l.sheet)) {
                return Optional.of(l);
            }
        }
        if (n.contains("回访")) {
            return Optional.of(FOLLOWUP);
        }
        return Optional.empty();
    }

    /** The layout a 类型 cell names (来访, 来电, 跟踪/回访, 报备, 拓客), if any. */
    public static Optional<Layout> byWord(String word) {
        String w = word == null ? "" : word.strip();
        for (Layout l : values()) {
            if (l != OTHER && w.equals(l.word)) {
                return Optional.of(l);
            }
        }
        return w.equals("回访") ? Optional.of(FOLLOWUP) : Optional.empty();
    }
}
