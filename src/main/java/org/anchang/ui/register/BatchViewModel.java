package org.anchang.ui.register;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.anchang.customer.Contact;
import org.anchang.customer.Phone;
import org.anchang.office.OfficeException;
import org.anchang.office.RegisterDesk;
import org.anchang.office.SignIn;
import org.anchang.register.Call;
import org.anchang.register.Entry;
import org.anchang.register.Visit;

/**
 * The end-of-day sheet 日终补录: a day's paper 来访 or 来电 register typed (or pasted from Excel) row by row, with the
 * paper's columns — 时间, 姓名, 电话, 置业顾问, 来源, 意向, 备注. Every row is checked as it changes and carries its
 * collision mark; the sheet is saved in one {@link RegisterDesk#recordAll} (all rows or none), and only when no
 * row has an error. Empty rows are left out. No scene imports.
 */
public final class BatchViewModel {

    /** The paper's columns, in order; a pasted row without a header fills them in this order. */
    public static final List<String> COLUMNS = List.of("time", "name", "phone", "consultant", "source", "intent", "notes");

    /** Header words a pasted sheet may carry, and the column each means. */
    private static final Map<String, String> HEADERS = Map.ofEntries(Map.entry("时间", "time"), Map.entry("来访时间", "time"),
            Map.entry("来电时间", "time"), Map.entry("姓名", "name"), Map.entry("客户姓名", "name"), Map.entry("客户", "name"),
            Map.entry("电话", "phone"), Map.entry("手机", "phone"), Map.entry("联系电话", "phone"), Map.entry("客户电话", "phone"),
            Map.entry("置业顾问", "consultant"), Map.entry("顾问", "consultant"), Map.entry("接待顾问", "consultant"),
            Map.entry("接听顾问", "consultant"), Map.entry("销售代表", "consultant"), Map.entry("来源", "source"),
            Map.entry("来源渠道", "source"), Map.entry("渠道", "source"), Map.entry("意向", "intent"), Map.entry("意向度", "intent"),
            Map.entry("备注", "notes"));

    /** One line of the sheet. */
    public final class Row {
        private final Map<String, StringProperty> cells = new LinkedHashMap<>();
        private final Map<String, String> problems = new LinkedHashMap<>();
        private final StringProperty status = new SimpleStringProperty("");
        private final StringProperty state = new SimpleStringProperty("empty");
        private final CollisionViewModel check;
        private String refused;
        private boolean filling;

        Row() {
            check = new CollisionViewModel(c.check(), c.actor(), c.runner(), m);  // rows are checked in turn, none dropped
            for (String col : COLUMNS) {
                StringProperty p = new SimpleStringProperty("");
                cells.put(col, p);
                p.addListener((o, a, b) -> {
                    if (!filling) {
                        refused = null;
                        changed(col);
                    }
                });
            }
            check.lines().addListener((javafx.collections.ListChangeListener<CollisionViewModel.Line>) ch -> show());
        }

        public StringProperty cell(String column) {
            return cells.get(column);
        }

        /** The row's messages or its collision mark, for the 核对 column. */
        public StringProperty statusProperty() {
            return status;
        }

        /** empty, error, warn or ok: how the row is coloured. */
        public StringProperty stateProperty() {
            return state;
        }

        /** The message of one cell; empty when the cell is fine. */
        public Optional<String> problem(String column) {
            return Optional.ofNullable(problems.get(column));
        }

        public boolean isEmpty() {
            return cells.values().stream().allMatch(p -> p.get() == null || p.get().isBlank());
        }

        public boolean hasError() {
            return !isEmpty() && (!problems.isEmpty() || refused != null);
        }

        public CollisionViewModel collision() {
            return check;
        }

        void fill(Map<String, String> values) {
            filling = true;
            values.forEach((k, v) -> cells.get(k).set(v == null ? "" : v.strip()));
            filling = false;
            refused = null;
            changed("phone");
        }

        private void changed(String col) {
            validate();
            if (col.equals("phone") || col.equals("name")) {
                check.ask(cells.get("phone").get(), cells.get("name").get(), false);
            }
            count();
        }

        void validate() {
            problems.clear();
            if (!isEmpty()) {
                BatchViewModel.this.problems(this, problems);
            }
            show();
        }

        private void show() {
            if (isEmpty()) {
                status.set("");
                state.set("empty");
            } else if (!problems.isEmpty() || refused != null) {
                List<String> all = new ArrayList<>();
                problems.forEach((k, v) -> all.add(m.getString("register.batch.col." + k) + ":" + v));
                if (refused != null) {
                    all.add(refused);
                }
                status.set(String.join(";", all));
                state.set("error");
            } else {
                String mark = check.summaryProperty().get();
                status.set(mark.isEmpty() ? m.getString("register.batch.ok") : mark);
                state.set(check.warnsProperty().get() ? "warn" : "ok");
            }
            count();
        }

        String value(String col) {
            return cells.get(col).get() == null ? "" : cells.get(col).get().strip();
        }
    }

    private final EntryViewModel.Context c;
    private final ResourceBundle m;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final StringProperty kind = new SimpleStringProperty("visit");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty counts = new SimpleStringProperty("");
    private final BooleanProperty error = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private People people = People.NONE;

    public BatchViewModel(EntryViewModel.Context c) {
        this.c = c;
        this.m = c.messages();
        date.set(c.day());
        date.addListener((o, a, b) -> rows.forEach(Row::validate));
        for (int i = 0; i < 10; i++) {
            rows.add(new Row());
        }
        count();
    }

    /** Reads the office's people off the JavaFX thread (a row names its consultant by name or id). */
    public void load() {
        busy.set(true);
        c.runner().run(() -> c.desk().people(), all -> {
            people = new People(all);
            busy.set(false);
            rows.forEach(Row::validate);
        }, this::failed);
    }

    // ---- commands ----

    /** Adds an empty row at the end; returns it. */
    public Row addRow() {
        Row r = new Row();
        rows.add(r);
        count();
        return r;
    }

    public void remove(List<Row> which) {
        rows.removeAll(which);
        if (rows.isEmpty()) {
            rows.add(new Row());
        }
        count();
    }

    /** Empties the sheet. */
    public void clear() {
        rows.setAll(new Row());
        for (int i = 0; i < 9; i++) {
            rows.add(new Row());
        }
        say("", false);
        count();
    }

    /**
     * Pastes rows copied from Excel (cells separated by tabs, rows by line ends, quoted cells may hold line ends)
     * after the last row that holds anything; a first row of column titles (时间, 姓名, 电话 …) says which column is
     * which, otherwise the paper's order is taken. Returns the number of rows pasted.
     */
    public int paste(String text) {
        List<List<String>> table = cells(text);
        if (table.isEmpty()) {
            return 0;
        }
        List<String> order = COLUMNS;
        List<String> first = table.get(0);
        if (first.stream().map(String::strip).anyMatch(HEADERS::containsKey)) {
            order = first.stream().map(h -> HEADERS.getOrDefault(h.strip(), "")).toList();
            table = table.subList(1, table.size());
        }
        int at = rows.size();
        while (at > 0 && rows.get(at - 1).isEmpty()) {
            at--;
        }
        int pasted = 0;
        for (List<String> line : table) {
            if (line.stream().allMatch(String::isBlank)) {
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < line.size() && i < order.size(); i++) {
                if (!order.get(i).isEmpty()) {
                    values.put(order.get(i), line.get(i));
                }
            }
            Row r = at < rows.size() ? rows.get(at) : addRow();
            r.fill(values);
            at++;
            pasted++;
        }
        say(MessageFormat.format(m.getString("register.batch.pasted"), pasted), false);
        count();
        return pasted;
    }

    /** Saves every row that holds anything, in one transaction, when no row has an error; otherwise names the rows. */
    public void save() {
        if (busy.get()) {
            return;
        }
        List<Row> filled = rows.stream().filter(r -> !r.isEmpty()).toList();
        filled.forEach(Row::validate);
        List<Integer> bad = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).hasError()) {
                bad.add(i + 1);
            }
        }
        if (!bad.isEmpty()) {
            say(MessageFormat.format(m.getString("register.batch.errors"), bad.stream().map(String::valueOf).collect(Collectors.joining("、"))),
                    true);
            return;
        }
        if (filled.isEmpty()) {
            say(m.getString("register.batch.empty"), true);
            return;
        }
        List<Entry> entries = filled.stream().map(this::entry).toList();
        busy.set(true);
        c.runner().run(() -> c.desk().recordAll(entries, c.actor()), ids -> {
            busy.set(false);
            c.memory().remember(filled.get(filled.size() - 1).value("consultant"), filled.get(filled.size() - 1).value("source"));
            clear();
            say(MessageFormat.format(m.getString("register.batch.saved"), ids.size()), false);
        }, t -> {
            busy.set(false);
            if (t instanceof OfficeException ox && ox.row() > 0 && ox.row() <= filled.size()) {
                Row r = filled.get(ox.row() - 1);
                r.refused = ox.field() + ":" + ox.reason();
                r.show();
                say(MessageFormat.format(m.getString("register.batch.errors"), rows.indexOf(r) + 1), true);
            } else {
                failed(t);
            }
        });
    }

    // ---- checks ----

    private void problems(Row r, Map<String, String> out) {
        String time = r.value("time");
        Optional<LocalTime> t = EntryViewModel.parseTime(time);
        if (time.isEmpty()) {
            out.put("time", m.getString("register.err.required"));
        } else if (t.isEmpty()) {
            out.put("time", m.getString("register.err.time"));
        } else if (date.get() != null) {
            c.desk().timeProblem(date.get().atTime(t.get())).ifPresent(why -> out.put("time", why));
        }
        if (r.value("name").isEmpty()) {
            out.put("name", m.getString("register.err.name"));
        } else if (r.value("name").length() > RegisterDesk.NAME_MAX) {
            out.put("name", MessageFormat.format(m.getString("register.batch.tooLong"), RegisterDesk.NAME_MAX));
        }
        String phone = r.value("phone");
        if (phone.isEmpty()) {
            out.put("phone", m.getString("register.err.required"));
        } else {
            Phone.check(phone).ifPresent(why -> out.put("phone", why + "(REG-2)"));
        }
        String who = r.value("consultant");
        if (who.isEmpty()) {
            out.put("consultant", m.getString("register.err.required"));
        } else if (people.find(who, "consultant").isEmpty()) {
            out.put("consultant", MessageFormat.format(m.getString("register.err.person"), who));
        }
        if (r.value("source").length() > RegisterDesk.SOURCE_MAX) {
            out.put("source", MessageFormat.format(m.getString("register.batch.tooLong"), RegisterDesk.SOURCE_MAX));
        }
        if (r.value("intent").length() > RegisterDesk.INTENT_MAX) {
            out.put("intent", MessageFormat.format(m.getString("register.batch.tooLong"), RegisterDesk.INTENT_MAX));
        }
        if (r.value("notes").length() > RegisterDesk.TEXT_MAX) {
            out.put("notes", MessageFormat.format(m.getString("register.batch.tooLong"), RegisterDesk.TEXT_MAX));
        }
    }

    private Entry entry(Row r) {
        LocalDateTime at = date.get().atTime(EntryViewModel.parseTime(r.value("time")).orElseThrow());
        SignIn.Person by = people.find(r.value("consultant"), "consultant").orElseThrow();
        Contact who = new Contact(r.value("name"), Phone.parse(r.value("phone")));
        Optional<String> source = opt(r.value("source"));
        Optional<String> intent = opt(r.value("intent"));
        Optional<String> notes = opt(r.value("notes"));
        if (kind.get().equals("call")) {
            return new Call(at, by.id(), who, new Call.Details(source, intent, notes));
        }
        return new Visit(at, by.id(), who, true, Optional.empty(), Optional.empty(), false, Optional.empty(), Optional.empty(), false,
                false, Visit.Purpose.VIEW, Optional.empty(), false, false, Optional.empty(),
                new Visit.Details(Optional.empty(), Optional.empty(), source, intent, notes));
    }

    private static Optional<String> opt(String s) {
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    /** Tab-separated cells as Excel copies them: rows end with a line end; a quoted cell may hold tabs and line ends. */
    static List<List<String>> cells(String text) {
        List<List<String>> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean atStart = true;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"' && atStart) {
                quoted = true;
                atStart = false;
            } else if (ch == '\t') {
                row.add(cell.toString());
                cell.setLength(0);
                atStart = true;
            } else if (ch == '\r' || ch == '\n') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                out.add(row);
                row = new ArrayList<>();
                atStart = true;
            } else {
                cell.append(ch);
                atStart = false;
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            out.add(row);
        }
        return out;
    }

    private void count() {
        long filled = rows.stream().filter(r -> !r.isEmpty()).count();
        long bad = rows.stream().filter(Row::hasError).count();
        long warn = rows.stream().filter(r -> !r.isEmpty() && !r.hasError() && r.check.warnsProperty().get()).count();
        counts.set(MessageFormat.format(m.getString("register.batch.count"), filled, bad, warn));
    }

    private void failed(Throwable t) {
        busy.set(false);
        String why = t instanceof OfficeException ? t.getMessage() : t.getClass().getSimpleName() + ": " + t.getMessage();
        say(MessageFormat.format(m.getString("register.failed"), why), true);
    }

    private void say(String text, boolean isError) {
        message.set(text);
        error.set(isError);
    }

    // ---- what the view binds ----

    public ObservableList<Row> rows() {
        return rows;
    }

    /** visit (来访登记表) or call (来电登记表). */
    public StringProperty kindProperty() {
        return kind;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty countsProperty() {
        return counts;
    }

    public BooleanProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
