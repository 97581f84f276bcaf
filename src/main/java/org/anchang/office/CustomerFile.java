package org.anchang.office;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.anchang.customer.Phone;
import org.anchang.register.Grade;
import org.anchang.register.Recorded;
import org.anchang.rules.DealShare;
import org.anchang.rules.Grading;
import org.anchang.rules.Lifecycle;
import org.anchang.rules.Owner;
import org.anchang.rules.Reminder;
import org.anchang.rules.Replay;
import org.anchang.rules.RuleId;
import org.anchang.rules.Standing;
import org.anchang.rules.TrailLine;
import org.jdbi.v3.core.Handle;

/**
 * The customer file 客户档案 (issue 5), reads only: search by phone, name or consultant; one customer group's
 * file (every entry and its corrections, ownership history from the judge's replay with its rule ids, the
 * protection countdown, PROT-7 follow-ups, deals, gradings and the stage); and a consultant's own list.
 * Ownership is never worked out here: the header is the cached {@link Standing} read at now, the history,
 * reminders and deals are a replay of the group's entries by the judge. A consultant who does not own the
 * group sees its phones masked ({@code 138****1111}); the owner, the clerk, a supervisor and the manager see them whole.
 */
public final class CustomerFile {

    /** The most groups one search returns. */
    public static final int LIMIT = 100;

    /** What a search matched on. */
    public enum Match { PHONE, NAME, CONSULTANT }

    /** One phone of a group, as the viewer may see it, and the name the registers know. */
    public record Member(String phone, String name) {
    }

    /** One customer group found. {@code ref} opens its file; it is not shown. */
    public record Hit(String ref, List<Member> members, Standing standing, Optional<String> ownerName, Match match) {
    }

    public record Search(List<Hit> hits, boolean truncated) {
    }

    /** Whether an entry stands, or was corrected or withdrawn (REG-5). */
    public enum Status { STANDS, CORRECTED, WITHDRAWN }

    /** A correction or withdrawal: the row that did it (or the row it replaced), who typed it, when and why. */
    public record Change(long id, LocalDateTime at, String by, String reason) {
    }

    /** A fact of an entry: a message key ({@code customers.fact.named}) and its value. */
    public record Fact(String key, String value) {
    }

    /**
     * One register row of the file. {@code corrects}: this row replaces that one; {@code replaced}: this row was
     * replaced (corrected or withdrawn) by that one and is kept, to be shown struck through.
     */
    public record Item(long id, LocalDateTime at, String kind, String consultant, String customer, String phone, List<Fact> facts,
            LocalDateTime recordedAt, String recordedBy, Status status, Optional<Change> corrects, Optional<Change> replaced) {
    }

    /** A grading that stands, with its class by the office's weights now (GRD-1). */
    public record Graded(long id, LocalDateTime at, String by, Map<Grading.Factor, Integer> scores, boolean declined,
            Optional<String> note, Grading.Result result) {
    }

    /** A deal as the judge split it: names instead of ids. */
    public record Deal(LocalDateTime at, String by, String stage, BigDecimal amount, Map<String, Double> shares, List<RuleId> rules,
            boolean pending) {
    }

    /** One customer group's file at {@code at}. {@code lastDay} is the last protected day (empty when unlimited or unowned). */
    public record File(String ref, List<Member> members, boolean wholePhones, LocalDateTime at, Standing standing,
            Optional<String> ownerName, Optional<String> lastOwnerName, Optional<LocalDate> lastDay, List<Item> timeline,
            List<TrailLine> history, List<Reminder> reminders, List<Deal> deals, List<Graded> grades,
            Optional<Lifecycle.Stage> stage, Optional<LocalDateTime> stageSince, List<String> collisions, Owner judged) {

        /** Days from today to the last protected day (0: it ends today). */
        public Optional<Long> daysLeft() {
            return lastDay.map(d -> ChronoUnit.DAYS.between(at.toLocalDate(), d));
        }

        public Optional<Graded> latestGrade() {
            return grades.isEmpty() ? Optional.empty() : Optional.of(grades.get(grades.size() - 1));
        }
    }

    /** How a customer stands in a consultant's own list. */
    public enum Flag { DUE_TODAY, LAPSING, PROTECTED, DEALT }

    /** One group of a consultant's own list (我的客户). {@code due}: the next PROT-7 follow-up. */
    public record Row(String ref, String name, String phone, Standing standing, Optional<LocalDate> lastDay, Optional<Long> daysLeft,
            Optional<Reminder> due, Optional<Lifecycle.Stage> stage, Optional<Grading.Level> grade, Set<Flag> flags) {
    }

    /** A lapse within this many days (today, tomorrow, the day after) is shown as lapsing. */
    public static final int LAPSING_DAYS = 2;

    private final Office office;

    public CustomerFile(Office office) {
        this.office = office;
    }

    // ---- search ---------------------------------------------------------------------------------------

    /**
     * Customer groups matching {@code query}: digits (3 or more; spaces and dashes ignored) anywhere in a phone,
     * otherwise part of a customer's name in any register, or a consultant's name or id (their customers).
     */
    public Search search(String query, SignIn.Person viewer) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            return new Search(List.of(), false);
        }
        LocalDateTime now = office.now();
        return office.read(h -> {
            Map<String, Match> phones = new LinkedHashMap<>();
            String digits = q.replace(" ", "").replace("-", "");
            if (digits.chars().allMatch(Character::isDigit)) {
                if (digits.length() < 3) {
                    return new Search(List.of(), false);
                }
                // Newest first and a few pages at most: "0000" may match every customer of the office.
                h.createQuery("SELECT phone FROM customer WHERE phone LIKE :q ORDER BY first_seen DESC LIMIT " + 4 * LIMIT)
                        .bind("q", "%" + digits + "%")
                        .mapTo(String.class).forEach(p -> phones.putIfAbsent(p, Match.PHONE));
            } else {
                String like = "%" + q.replace("%", "").replace("_", "") + "%";
                h.createQuery("SELECT phone FROM customer WHERE name LIKE :q UNION SELECT phone FROM visit WHERE name LIKE :q "
                        + "UNION SELECT phone FROM phone_call WHERE name LIKE :q UNION SELECT phone FROM prospect WHERE name LIKE :q")
                        .bind("q", like).mapTo(String.class).forEach(p -> phones.putIfAbsent(p, Match.NAME));
                List<String> staff = h.createQuery("SELECT id FROM consultant WHERE role = 'consultant' AND (name LIKE :q OR UPPER(id) = UPPER(:id))")
                        .bind("q", like).bind("id", q).mapTo(String.class).list();
                if (!staff.isEmpty()) {
                    h.createQuery("SELECT phone FROM customer_state WHERE owner IN (<s>) OR last_owner IN (<s>)").bindList("s", staff)
                            .mapTo(String.class).forEach(p -> phones.putIfAbsent(p, Match.CONSULTANT));
                }
            }
            return hits(h, phones, viewer, now);
        });
    }

    private Search hits(Handle h, Map<String, Match> phones, SignIn.Person viewer, LocalDateTime now) {
        Map<String, String> keyOf = new HashMap<>();
        if (!phones.isEmpty()) {
            h.createQuery("SELECT phone, group_key FROM customer_state WHERE phone IN (<p>)").bindList("p", List.copyOf(phones.keySet()))
                    .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2))).forEach(e -> keyOf.put(e.getKey(), e.getValue()));
        }
        // Newest customers first: the one a desk asks about is usually recent.
        Map<String, LocalDateTime> seen = new HashMap<>();
        if (!phones.isEmpty()) {
            h.createQuery("SELECT phone, first_seen FROM customer WHERE phone IN (<p>)").bindList("p", List.copyOf(phones.keySet()))
                    .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getTimestamp(2).toLocalDateTime()))
                    .forEach(e -> seen.put(e.getKey(), e.getValue()));
        }
        Map<String, Match> groups = new LinkedHashMap<>();
        Map<String, LocalDateTime> latest = new HashMap<>();
        phones.forEach((p, m) -> {
            String key = keyOf.getOrDefault(p, p);
            groups.merge(key, m, (a, b) -> a.compareTo(b) <= 0 ? a : b);
            latest.merge(key, seen.getOrDefault(p, LocalDateTime.MIN), (a, b) -> a.isAfter(b) ? a : b);
        });
        boolean truncated = groups.size() > LIMIT;
        List<String> keys = groups.keySet().stream().sorted(java.util.Comparator.comparing((String k) -> groups.get(k))
                .thenComparing(k -> latest.get(k), java.util.Comparator.reverseOrder())).limit(LIMIT).toList();
        Map<String, String> names = Office.names(h);
        // Three queries for the whole page of hits, not three per hit: typing must not wait.
        Map<String, List<String>> membersOf = new LinkedHashMap<>();
        keys.forEach(k -> membersOf.put(k, new ArrayList<>()));
        Map<String, Standing> standings = new HashMap<>();
        if (!keys.isEmpty()) {
            h.createQuery("SELECT phone, group_key FROM customer_state WHERE group_key IN (<k>) ORDER BY phone").bindList("k", keys)
                    .map((rs, ctx) -> Map.entry(rs.getString(2), rs.getString(1))).forEach(e -> membersOf.get(e.getKey()).add(e.getValue()));
            standings.putAll(CustomerCache.standings(h, keys, now));
        }
        membersOf.forEach((k, list) -> {
            if (list.isEmpty()) {
                list.add(k);
            }
        });
        Map<String, String> customerNames = namesOf(h, membersOf.values().stream().flatMap(List::stream).toList());
        List<Hit> out = new ArrayList<>();
        for (String key : keys) {
            Standing s = standings.getOrDefault(key, nobody(key));
            Function<Phone, String> show = shower(viewer, s);
            out.add(new Hit(key, members(membersOf.get(key), customerNames, show), s, s.owner().map(o -> ownerName(o, names)),
                    groups.get(key)));
        }
        return new Search(out, truncated);
    }

    // ---- one group's file ----------------------------------------------------------------------------

    /** The file of the group that {@code phone} (any of its members) belongs to; empty for a phone never registered. */
    public Optional<File> file(String phone, SignIn.Person viewer) {
        LocalDateTime now = office.now();
        return office.read(h -> {
            String key = h.createQuery("SELECT group_key FROM customer_state WHERE phone = :p").bind("p", phone).mapTo(String.class)
                    .findFirst().orElse(phone);
            List<String> phones = members(h, key);
            if (phones.isEmpty()) {
                return Optional.<File>empty();
            }
            Map<String, String> names = Office.names(h);
            Grading grading = grading(h);
            Standing s = standing(h, key, now);
            Function<Phone, String> show = shower(viewer, s);
            GroupEntries entries = GroupEntries.gather(h, Set.copyOf(phones));
            Replay replay = entries.replay(Office.policy(h), names, now, true);
            Phone keyPhone = new Phone(key);
            Owner judged = replay.ownerAt(keyPhone, now);
            List<Reminder> reminders = replay.reminders(keyPhone, now);
            List<Deal> deals = replay.deals().stream().filter(d -> phones.contains(d.phone())).map(d -> deal(d, names)).toList();
            Lifecycle life = new Lifecycle(grading);
            entries.own(now).forEach(life::apply);
            List<Graded> grades = new ArrayList<>();
            for (Recorded r : entries.effective()) {
                if (r.entry().orElseThrow() instanceof Grade g && entries.isAbout(g) && !g.at().isAfter(now)) {
                    grades.add(graded(r.id(), g, grading, names));
                }
            }
            Map<String, String> customerNames = customerNames(h, entries.rows.values());
            List<CustomerFile.Item> timeline = new Timeline(entries, names, customerNames, show, grading).items();
            boolean whole = whole(viewer, s);
            List<TrailLine> history = whole ? replay.trail() : replay.trail().stream()
                    .map(t -> new TrailLine(t.at(), t.rule(), hidePhones(t.text()))).toList();
            List<Reminder> due = whole ? reminders : reminders.stream()
                    .map(r -> new Reminder(r.rule(), r.due(), r.overdue(), hidePhones(r.text()))).toList();
            return Optional.of(new File(key, members(phones, customerNames, show), whole, now, s,
                    s.owner().map(o -> ownerName(o, names)), s.lastOwner().map(o -> ownerName(o, names)), lastDay(s), timeline,
                    history, due, deals, grades, life.stage(), life.since(),
                    replay.collisions(keyPhone).stream().map(c -> names.getOrDefault(c, c)).toList(), judged));
        });
    }

    // ---- a consultant's own list -----------------------------------------------------------------------

    /**
     * {@code consultant}'s customers now (我的客户): every group they own, with the PROT-7 follow-up due, the days
     * left, the stage and the grade. A consultant may see only their own; the clerk, supervisors and the manager anyone's.
     */
    public List<Row> mine(String consultant, SignIn.Person viewer) {
        if (viewer.role().equals("consultant") && !viewer.id().equals(consultant)) {
            throw new OfficeException("顾问", "只能查看自己的客户");
        }
        LocalDateTime now = office.now();
        return office.read(h -> {
            Map<String, List<String>> groups = new LinkedHashMap<>();
            h.createQuery("SELECT * FROM customer_state WHERE owner = :c ORDER BY group_key, phone").bind("c", consultant)
                    .map((rs, ctx) -> Map.entry(rs.getString("group_key"), rs.getString("phone")))
                    .forEach(e -> groups.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
            Map<String, Standing> standings = groups.isEmpty() ? Map.of() : CustomerCache.standings(h, List.copyOf(groups.keySet()), now);
            groups.keySet().removeIf(key -> !standings.getOrDefault(key, nobody(key)).owner().filter(consultant::equals).isPresent());
            if (groups.isEmpty()) {
                return List.<Row>of();
            }
            Set<String> all = new java.util.HashSet<>();
            groups.values().forEach(all::addAll);
            Grading grading = grading(h);
            GroupEntries entries = GroupEntries.gather(h, all);
            Replay replay = entries.replay(Office.policy(h), Office.names(h), now, false);
            Map<String, String> customerNames = customerNames(h, entries.rows.values());
            List<Row> rows = new ArrayList<>();
            for (var g : groups.entrySet()) {
                String key = g.getKey();
                Standing s = standings.get(key);
                Function<Phone, String> show = shower(viewer, s);
                Optional<Reminder> due = replay.reminders(new Phone(key), now).stream().filter(r -> r.rule() == RuleId.PROT_7).findFirst();
                List<org.anchang.register.Entry> own = entries.own(Set.copyOf(g.getValue()), now);
                Optional<Grading.Level> grade = own.stream().filter(e -> e instanceof Grade).map(e -> grading.grade((Grade) e).level())
                        .reduce((a, b) -> b);
                Optional<LocalDate> last = lastDay(s);
                Optional<Long> left = last.map(d -> ChronoUnit.DAYS.between(now.toLocalDate(), d));
                Set<Flag> flags = java.util.EnumSet.noneOf(Flag.class);
                if (s.dealt()) {
                    flags.add(Flag.DEALT);
                } else {
                    flags.add(Flag.PROTECTED);
                }
                if (left.filter(d -> d <= LAPSING_DAYS).isPresent()) {
                    flags.add(Flag.LAPSING);
                }
                if (due.filter(r -> !r.due().toLocalDate().isAfter(now.toLocalDate())).isPresent()) {
                    flags.add(Flag.DUE_TODAY);
                }
                String name = g.getValue().stream().map(p -> customerNames.getOrDefault(p, "")).filter(n -> !n.isEmpty())
                        .reduce((a, b) -> a + "、" + b).orElse("");
                rows.add(new Row(key, name, show.apply(new Phone(key)), s, last, left, due, Lifecycle.of(own, grading), grade, flags));
            }
            return rows;
        });
    }

    /** The consultants a manager or supervisor may pick in 我的客户. */
    public List<SignIn.Person> consultants() {
        return office.read(h -> h.createQuery("SELECT id, name, role FROM consultant WHERE role = 'consultant' ORDER BY id")
                .map((rs, ctx) -> new SignIn.Person(rs.getString(1), rs.getString(2), rs.getString(3))).list());
    }

    /** The grading weights in force (GRD-1): the office's settings, defaults where unset. */
    public Grading grading() {
        return office.read(CustomerFile::grading);
    }

    // ---- grading as an entry (checked by RegisterDesk) -------------------------------------------------

    /** A grading is refused, naming the field, unless every score is 1–5, the customer is registered and the grader owns it or oversees. */
    static void checkGrade(Handle h, Grade g, LocalDateTime now) {
        Grading.check(g).ifPresent(p -> {
            throw new OfficeException(p.factor().chinese(), p.message());
        });
        if (h.createQuery("SELECT COUNT(*) FROM customer WHERE phone = :p").bind("p", g.customer().digits()).mapTo(Integer.class).one() == 0) {
            throw new OfficeException("电话", "没有此客户的登记,不能评分");
        }
        String role = Staff.person(h, g.by(), "评分人");
        if (!role.equals("supervisor") && !role.equals("manager")) {
            boolean owns = CustomerCache.standing(h, g.customer(), now).flatMap(Standing::owner).filter(g.by()::equals).isPresent();
            if (!role.equals("consultant") || !owns) {
                throw new OfficeException("评分人", "只有客户的归属顾问、主管或经理可以评分");
            }
        }
        if (g.note().map(String::length).orElse(0) > 500) {
            throw new OfficeException("备注", "不超过500字");
        }
    }

    // ---- plumbing -------------------------------------------------------------------------------------

    static Grading grading(Handle h) {
        return Grading.fromSettings(name -> Settings.latest(h, name));
    }

    private static List<String> members(Handle h, String key) {
        List<String> phones = h.createQuery("SELECT phone FROM customer_state WHERE group_key = :k ORDER BY phone").bind("k", key)
                .mapTo(String.class).list();
        if (phones.isEmpty() && h.createQuery("SELECT COUNT(*) FROM customer WHERE phone = :p").bind("p", key).mapTo(Integer.class).one() > 0) {
            return List.of(key);
        }
        return phones;
    }

    private static List<Member> members(List<String> phones, Map<String, String> names, Function<Phone, String> show) {
        return phones.stream().map(p -> new Member(show.apply(new Phone(p)), names.getOrDefault(p, ""))).toList();
    }

    /** The customers' names: the customer table's (the first name seen), else the first a register gives. */
    private static Map<String, String> namesOf(Handle h, List<String> phones) {
        Map<String, String> out = customerNames(h, phones);
        if (phones.stream().anyMatch(p -> out.getOrDefault(p, "").isEmpty())) {
            h.createQuery("SELECT phone, name FROM (SELECT entry_id, phone, name FROM visit WHERE phone IN (<p>) UNION ALL "
                    + "SELECT entry_id, phone, name FROM phone_call WHERE phone IN (<p>) UNION ALL "
                    + "SELECT entry_id, phone, name FROM prospect WHERE phone IN (<p>) UNION ALL "
                    + "SELECT entry_id, phone, name FROM channel_report WHERE phone IN (<p>)) x ORDER BY entry_id")
                    .bindList("p", phones).map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2))).forEach(e -> {
                        if (out.getOrDefault(e.getKey(), "").isEmpty()) {
                            out.put(e.getKey(), e.getValue());
                        }
                    });
        }
        return out;
    }

    private static Map<String, String> customerNames(Handle h, java.util.Collection<Recorded> rows) {
        Set<String> phones = new java.util.HashSet<>();
        rows.forEach(r -> r.entry().ifPresent(e -> {
            e.phone().ifPresent(p -> phones.add(p.digits()));
            if (e instanceof org.anchang.register.Visit v) {
                v.referredBy().ifPresent(p -> phones.add(p.digits()));
                v.relation().ifPresent(rel -> phones.add(rel.to().digits()));
            }
        }));
        Map<String, String> out = customerNames(h, List.copyOf(phones));
        // A customer first seen in a report or a deal has no name in the customer table; the registers may give one.
        rows.stream().sorted(java.util.Comparator.comparingLong(Recorded::id)).forEach(r -> r.entry().ifPresent(e -> {
            String name = e instanceof org.anchang.register.Visit v ? v.customer().name() : e instanceof org.anchang.register.Call c
                    ? c.customer().name() : e instanceof org.anchang.register.Prospect p ? p.customer().name()
                    : e instanceof org.anchang.register.Report rep && !rep.masked().isMasked() ? rep.name() : "";
            e.phone().filter(p -> !name.isBlank() && out.getOrDefault(p.digits(), "").isEmpty()).ifPresent(p -> out.put(p.digits(), name));
        }));
        return out;
    }

    private static Map<String, String> customerNames(Handle h, List<String> phones) {
        Map<String, String> out = new HashMap<>();
        if (!phones.isEmpty()) {
            h.createQuery("SELECT phone, name FROM customer WHERE phone IN (<p>)").bindList("p", phones)
                    .map((rs, ctx) -> Map.entry(rs.getString(1), Optional.ofNullable(rs.getString(2)).orElse("")))
                    .forEach(e -> out.put(e.getKey(), e.getValue()));
        }
        return out;
    }

    /** The group's cached standing read at now by the judge's lapse rule; nobody's when the cache has no row. */
    private static Standing standing(Handle h, String key, LocalDateTime now) {
        return CustomerCache.standing(h, new Phone(key), now).orElseGet(() -> nobody(key));
    }

    private static Standing nobody(String phone) {
        return new Standing(phone, phone, Optional.empty(), Optional.empty(), Optional.empty(), false, Optional.empty());
    }

    /** Whole phones for the owner, the clerk, supervisors and the manager; masked for any other consultant. */
    private static Function<Phone, String> shower(SignIn.Person viewer, Standing s) {
        return whole(viewer, s) ? Phone::digits : Phone::hidden;
    }

    private static boolean whole(SignIn.Person viewer, Standing s) {
        return !viewer.role().equals("consultant") || s.owner().filter(viewer.id()::equals).isPresent();
    }

    private static final java.util.regex.Pattern MOBILE = java.util.regex.Pattern.compile("(?<!\\d)(1[3-9]\\d)\\d{4}(\\d{4})(?!\\d)");
    private static final java.util.regex.Pattern LANDLINE = java.util.regex.Pattern.compile("(?<!\\d)(0\\d{5,7})\\d{4}(?!\\d)");

    /** The judge's sentences with every whole phone in them masked, for a consultant who does not own the group. */
    static String hidePhones(String text) {
        return LANDLINE.matcher(MOBILE.matcher(text).replaceAll("$1****$2")).replaceAll("$1****");
    }

    /** The last day a claim holds: the day before a midnight end, the day of an hour end. */
    static Optional<LocalDate> lastDay(Standing s) {
        return s.until().map(u -> u.minusMinutes(1).toLocalDate());
    }

    private static String ownerName(String id, Map<String, String> names) {
        return switch (id) {
            case Owner.POOL -> "销售部(公共客户)";
            case Owner.HOUSE -> "公司(公佣)";
            default -> names.getOrDefault(id, id);
        };
    }

    private static Deal deal(DealShare d, Map<String, String> names) {
        Map<String, Double> shares = new LinkedHashMap<>();
        d.shares().forEach((who, share) -> shares.merge(ownerName(who, names), share, Double::sum));
        return new Deal(d.at(), names.getOrDefault(d.by(), d.by()), d.stage(), d.amount(), shares, d.rules(), d.pending());
    }

    private static Graded graded(long id, Grade g, Grading grading, Map<String, String> names) {
        Map<Grading.Factor, Integer> scores = new EnumMap<>(Grading.Factor.class);
        for (Grading.Factor f : Grading.Factor.values()) {
            scores.put(f, f.score(g));
        }
        return new Graded(id, g.at(), names.getOrDefault(g.by(), g.by()), scores, g.declined(), g.note(), grading.grade(g));
    }
}
