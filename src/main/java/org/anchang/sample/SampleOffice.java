package org.anchang.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The sample office of {@code sample-data/}: one sales office 「滨江·云栖府」 over three months
 * (2026-09-01 .. 2026-11-29) under the {@code sales-dept} regime, as the registers would hold it —
 * twelve consultants on a daily rotation roster, walk-ins, calls, follow-ups, channel reports, deals,
 * and a dozen disputes, each also saved as a dossier (CASE-FORMAT.md).
 *
 * <p>Deterministic: {@link #generate()} uses the fixed seed {@link #SEED}, so the committed files are
 * exactly what it writes. Unlike {@code bench.OfficeYear} (a large synthetic load), this office is small
 * and meant to be read by people: times fit the working day, only consultants on duty receive walk-ins,
 * follow-ups come from the owner, and the disputes are written as stories. Names and phones are invented;
 * every customer phone has the pattern {@code 1XX ?000 XXXX} (see {@link #PHONE_PATTERN}).
 */
public final class SampleOffice {

    public static final long SEED = 20260901L;
    public static final String PROJECT = "滨江·云栖府";
    public static final String POLICY = "sales-dept";
    public static final LocalDate FIRST_DAY = LocalDate.of(2026, 9, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 29);
    /** The command that rewrites the committed files. */
    public static final String REGENERATE = "java -jar target/anchang.jar sample-office --out sample-data";
    /**
     * Every customer phone: a mainland mobile prefix, then {@code 0000} (one pair of customers has
     * {@code 1000}, to show a masked report matching two people), then four digits.
     */
    public static final Pattern PHONE_PATTERN = Pattern.compile("1[3-9][0-9][01]000[0-9]{4}");

    static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");

    /** Everyone the files name: consultants, supervisor, clerk, manager and channel agents. */
    public record Person(String id, String name, String role) {
    }

    /** One day of the roster: the consultants on duty, in the day's rotation order. */
    public record Day(LocalDate date, List<String> order) {
    }

    /** One register line: its fields in CASE-FORMAT.md order, {@code at} and {@code kind} first. */
    public record Event(LocalDateTime at, Map<String, Object> fields) {

        public String kind() {
            return (String) fields.get("kind");
        }

        /** The consultant the event names as {@code by}, or null. */
        public String by() {
            return (String) fields.get("by");
        }

        /** The full phone the event is about: the customer's, or {@code phone}; null for a masked report or a leave. */
        public String phone() {
            if (fields.get("customer") instanceof Map<?, ?> c) {
                String p = (String) c.get("phone");
                return p.contains("*") ? null : p;
            }
            return (String) fields.get("phone");
        }
    }

    /** A dispute, saved as {@code dossiers/<file>}: the phones of the customer group and the question. */
    public record Dispute(String file, String title, String story, Set<String> phones, String phone, LocalDateTime question,
            boolean withLeave) {
    }

    private final List<Person> people;
    private final List<Day> roster;
    private final List<Event> events;
    private final List<Dispute> disputes;

    SampleOffice(List<Person> people, List<Day> roster, List<Event> events, List<Dispute> disputes) {
        this.people = List.copyOf(people);
        this.roster = List.copyOf(roster);
        this.events = List.copyOf(events);
        this.disputes = List.copyOf(disputes);
    }

    /** The office of the fixed seed. */
    public static SampleOffice generate() {
        return new Simulation(SEED).run();
    }

    public List<Person> people() {
        return people;
    }

    public List<Day> roster() {
        return roster;
    }

    /** The registers in time order (equal times in the order they happened). */
    public List<Event> events() {
        return events;
    }

    public List<Dispute> disputes() {
        return disputes;
    }

    /** {@code sample-data/office.json}. */
    public String officeJson() {
        Map<String, Object> top = new LinkedHashMap<>();
        top.put("project", PROJECT);
        top.put("policy", POLICY);
        top.put("note", "示例案场数据,由 " + REGENERATE + " 生成(固定种子 " + SEED + ");人名均为虚构,电话均为 1XX 0000 XXXX 形式的假号码(一对用于演示模糊报备的客户为 1XX 1000 XXXX)");
        top.put("consultants", people.stream().map(SampleOffice::person).toList());
        List<Object> days = new ArrayList<>();
        for (Day d : roster) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("date", d.date().toString());
            m.put("order", d.order());
            days.add(m);
        }
        top.put("roster", days);
        top.put("events", events.stream().map(e -> (Object) e.fields()).toList());
        return Json.document(top);
    }

    /** The dispute dossiers, file name → text, in order. */
    public Map<String, String> dossierFiles() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Dispute d : disputes) {
            out.put(d.file(), dossierJson(d));
        }
        return out;
    }

    private String dossierJson(Dispute d) {
        List<Event> mine = events.stream().filter(e -> concerns(e, d)).toList();
        Set<String> ids = new HashSet<>();
        for (Event e : mine) {
            for (String k : List.of("by", "named", "standInFor", "to", "reassignTo")) {
                if (e.fields().get(k) instanceof String s) {
                    ids.add(s);
                }
            }
        }
        Map<String, Object> top = new LinkedHashMap<>();
        top.put("title", d.title());
        top.put("story", d.story());
        top.put("policy", POLICY);
        top.put("consultants", people.stream().filter(p -> ids.contains(p.id())).map(SampleOffice::person).toList());
        top.put("events", mine.stream().map(e -> (Object) e.fields()).toList());
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("phone", d.phone());
        q.put("at", d.question().format(MINUTE));
        top.put("question", q);
        return Json.document(top);
    }

    private static boolean concerns(Event e, Dispute d) {
        if (e.kind().equals("leave")) {
            return d.withLeave();
        }
        String p = e.phone();
        if (p != null) {
            return d.phones().contains(p);
        }
        if (e.fields().get("customer") instanceof Map<?, ?> c && c.get("phone") instanceof String masked) {
            String pre = masked.substring(0, 3);
            String suf = masked.substring(masked.length() - 5);
            return d.phones().stream().anyMatch(x -> x.startsWith(pre) && x.endsWith(suf));
        }
        return false;
    }

    private static Map<String, Object> person(Person p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("name", p.name());
        m.put("role", p.role());
        return m;
    }

    /** How many events of each kind, in CASE-FORMAT.md order. */
    public Map<String, Integer> counts() {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (String k : List.of("visit", "call", "followup", "report", "prospect", "deal", "assist", "confirm", "complaint",
                "assign", "leave")) {
            m.put(k, 0);
        }
        events.forEach(e -> m.merge(e.kind(), 1, Integer::sum));
        return m;
    }

    /** The finer counts the README quotes: kinds of visit, of deal, of report, customers. */
    public Map<String, Integer> details() {
        Map<String, Integer> m = new LinkedHashMap<>();
        Set<String> registered = new HashSet<>();
        Set<String> customers = new HashSet<>();
        int first = 0;
        int repeat = 0;
        for (Event e : events) {
            Map<String, Object> f = e.fields();
            if (e.phone() != null && !e.kind().equals("leave")) {
                customers.add(e.phone());
            }
            switch (e.kind()) {
                case "visit" -> {
                    if (Boolean.FALSE.equals(f.get("registered"))) {
                        m.merge("visit registered:false", 1, Integer::sum);
                        continue;
                    }
                    if (registered.add(e.phone())) {
                        first++;
                    } else {
                        repeat++;
                    }
                    count(m, f, "named", "visit named");
                    count(m, f, "referredBy", "visit referredBy");
                    count(m, f, "accompanied", "visit accompanied");
                    count(m, f, "standInFor", "visit standInFor");
                    count(m, f, "delegated", "visit delegated");
                    count(m, f, "ownerAbsent", "visit ownerAbsent");
                    count(m, f, "notifiedLate", "visit notifiedLate");
                    if (f.get("relation") instanceof Map<?, ?> r) {
                        m.merge("visit relation " + r.get("kind"), 1, Integer::sum);
                    }
                    if (f.get("purpose") instanceof String p) {
                        m.merge("visit purpose " + p, 1, Integer::sum);
                    }
                }
                case "report" -> {
                    if (e.phone() == null) {
                        m.merge("report masked", 1, Integer::sum);
                    }
                }
                case "deal" -> {
                    m.merge("deal " + f.get("stage"), 1, Integer::sum);
                    if (f.containsKey("knowing")) {
                        m.merge("deal knowing:" + f.get("knowing"), 1, Integer::sum);
                    }
                }
                case "assist" -> m.merge("assist knowing:" + f.get("knowing"), 1, Integer::sum);
                default -> {
                    // counted by kind only
                }
            }
        }
        m.put("visit first registered", first);
        m.put("visit repeat registered", repeat);
        m.put("customers (distinct phones)", customers.size());
        Map<String, Integer> sorted = new LinkedHashMap<>();
        m.keySet().stream().sorted().forEach(k -> sorted.put(k, m.get(k)));
        return sorted;
    }

    private static void count(Map<String, Integer> m, Map<String, Object> f, String field, String label) {
        Object v = f.get(field);
        if (v != null && !Boolean.FALSE.equals(v)) {
            m.merge(label, 1, Integer::sum);
        }
    }

    /**
     * Writes {@code office.json} and {@code dossiers/dNN-*.json} under {@code dir}; older {@code dNN-*.json}
     * files that this office no longer has are removed, other files (hand-written dossiers) are kept.
     * Returns the files written.
     */
    public List<Path> write(Path dir) throws IOException {
        Path dossiers = dir.resolve("dossiers");
        Files.createDirectories(dossiers);
        List<Path> written = new ArrayList<>();
        Path office = dir.resolve("office.json");
        Files.writeString(office, officeJson(), StandardCharsets.UTF_8);
        written.add(office);
        Map<String, String> files = dossierFiles();
        try (Stream<Path> old = Files.list(dossiers)) {
            for (Path p : old.toList()) {
                String n = p.getFileName().toString();
                if (n.matches("d\\d\\d-.*\\.json") && !files.containsKey(n)) {
                    Files.delete(p);
                }
            }
        }
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path p = dossiers.resolve(f.getKey());
            Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
            written.add(p);
        }
        return written;
    }
}
