package org.anchang.excel;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.anchang.register.Entry;

/**
 * Reads an office's own register file (.xlsx or .csv, streamed) into register entries: finds each sheet's header
 * row, maps its columns by their headers ({@link Field}), lets the user map the rest, and turns every row into an
 * entry or a reason it cannot be one. The office's checks come after ({@code Imports}); nothing is written here.
 */
public final class RegisterImport {

    /** Sheets of our own weekly workbook that are not registers. */
    static final Set<String> NOT_REGISTERS = Set.of(WeeklyWorkbook.COVER, WeeklyWorkbook.BOARD, WeeklyWorkbook.COLLISIONS);

    /** How many rows from the top may come before the header row (titles, notes). */
    static final int HEADER_SEARCH = 12;

    private RegisterImport() {
    }

    /**
     * A sheet's header row and what its columns mean: {@code columns} maps a column index to its field (columns left
     * out are ignored), {@code layout} is the register kind when the sheet's name says it (else each row's 类型, or
     * the kind the user picks).
     */
    public record Sheet(String name, int headerRow, List<String> headers, Map<Integer, Field> columns, Optional<Layout> layout) {
        public Sheet {
            headers = List.copyOf(headers);
            columns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        }

        /** The same sheet with column {@code col} mapped to {@code f} (or ignored when empty). */
        public Sheet map(int col, Optional<Field> f) {
            Map<Integer, Field> c = new LinkedHashMap<>(columns);
            c.remove(col);
            f.ifPresent(x -> c.put(col, x));
            return new Sheet(name, headerRow, headers, c, layout);
        }

        public Sheet kind(Optional<Layout> l) {
            return new Sheet(name, headerRow, headers, columns, l);
        }

        /** Columns no field was found for: the mapping dialog asks about these. */
        public List<Integer> unmapped() {
            List<Integer> out = new ArrayList<>();
            for (int i = 0; i < headers.size(); i++) {
                if (!headers.get(i).isBlank() && !columns.containsKey(i)) {
                    out.add(i);
                }
            }
            return out;
        }

        /** Whether the rows can become entries: a kind is known (by the sheet or a 类型 column) and a phone column exists. */
        public Optional<String> problem() {
            if (layout.isEmpty() && !columns.containsValue(Field.KIND)) {
                return Optional.of("工作表「" + name + "」:无法判断登记类型(来访/来电/跟踪/报备),请选择类型或加「类型」列");
            }
            if (!columns.containsValue(Field.PHONE)) {
                return Optional.of("工作表「" + name + "」:没有电话列(电话/联系电话/手机),请在对照表中指定");
            }
            if (!columns.containsValue(Field.DATE) && !columns.containsValue(Field.DATETIME)) {
                return Optional.of("工作表「" + name + "」:没有日期列(日期/日期时间),请在对照表中指定");
            }
            return Optional.empty();
        }
    }

    /** One row of the file: where it is, its cells by field, and the entry it stands for or why not. */
    public record Row(String sheet, int row, Map<Field, String> cells, Optional<Entry> entry, Optional<String> column,
            Optional<String> problem, boolean skipped) {

        public boolean valid() {
            return entry.isPresent() && problem.isEmpty() && !skipped;
        }

        /** The same row refused by the office: {@code column} and why. */
        public Row refused(String col, String why) {
            return new Row(sheet, row, cells, entry, Optional.of(col), Optional.of(why), false);
        }

        public Optional<LocalDateTime> at() {
            return entry.map(Entry::at);
        }
    }

    /** The register sheets of {@code file} and their guessed column mapping; sheets with no header row are left out. */
    public static List<Sheet> sheets(Path file) {
        List<Sheet> out = new ArrayList<>();
        RowSource.read(file, new RowSource.Visitor() {
            String name;
            boolean found;

            @Override
            public boolean sheet(String n) {
                name = n;
                found = false;
                return !NOT_REGISTERS.contains(n);
            }

            @Override
            public void row(int number, List<String> cells) {
                if (found || number > HEADER_SEARCH) {
                    throw new RowSource.StopSheet();
                }
                Map<Integer, Field> cols = new LinkedHashMap<>();
                for (int i = 0; i < cells.size(); i++) {
                    int col = i;
                    Field.byHeader(cells.get(i)).filter(f -> !cols.containsValue(f)).ifPresent(f -> cols.put(col, f));
                }
                if (cols.size() >= 2 && (cols.containsValue(Field.PHONE) || cols.containsValue(Field.NAME))) {
                    found = true;
                    out.add(new Sheet(name, number, cells, cols, Layout.bySheetName(name)));
                    throw new RowSource.StopSheet();
                }
            }
        });
        return out;
    }

    /**
     * Every data row of the mapped {@code sheets} as a {@link Row}: an entry, a reason it cannot be one (naming the
     * column), or skipped (a line our archive marks as superseded or withdrawn, a blank row). {@code person} turns a
     * consultant's name or id into the office's id.
     */
    public static List<Row> rows(Path file, List<Sheet> sheets, Function<String, String> person, Progress p) {
        Map<String, Sheet> byName = new LinkedHashMap<>();
        sheets.forEach(s -> byName.put(s.name(), s));
        List<Row> out = new ArrayList<>();
        RowSource.read(file, new RowSource.Visitor() {
            Sheet sheet;

            @Override
            public boolean sheet(String n) {
                sheet = byName.get(n);
                return sheet != null;
            }

            @Override
            public void row(int number, List<String> cells) {
                if (number <= sheet.headerRow()) {
                    return;
                }
                out.add(convert(sheet, number, cells, person));
                if ((out.size() & 1023) == 0) {
                    p.step(out.size(), 0);
                }
            }
        });
        return out;
    }

    static Row convert(Sheet sheet, int number, List<String> cells, Function<String, String> person) {
        Map<Field, String> m = new EnumMap<>(Field.class);
        boolean blank = true;
        for (var c : sheet.columns().entrySet()) {
            if (c.getKey() < cells.size()) {
                String v = cells.get(c.getKey()).strip();
                if (!v.isEmpty()) {
                    m.put(c.getValue(), v);
                    blank = false;
                }
            }
        }
        String status = m.getOrDefault(Field.STATUS, "有效");
        if (blank || !status.startsWith("有效") || "撤回".equals(m.get(Field.KIND))) {
            return new Row(sheet.name(), number, m, Optional.empty(), Optional.empty(), Optional.empty(), true);
        }
        try {
            Entry e = RegisterRows.entry(sheet.layout().orElse(Layout.OTHER), m, person);
            return new Row(sheet.name(), number, m, Optional.of(e), Optional.empty(), Optional.empty(), false);
        } catch (RegisterRows.RowProblem x) {
            return new Row(sheet.name(), number, m, Optional.empty(), Optional.of(x.column()), Optional.of(x.getMessage()), false);
        }
    }
}
