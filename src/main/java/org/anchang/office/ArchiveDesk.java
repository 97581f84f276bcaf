package org.anchang.office;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.anchang.board.BoardState;
import org.anchang.board.Tally;
import org.anchang.customer.Phone;
import org.anchang.register.Entry;
import org.anchang.register.Leave;
import org.anchang.register.Recorded;
import org.anchang.rules.DealShare;
import org.anchang.rules.Dossier;
import org.anchang.rules.Judge;
import org.anchang.rules.Owner;
import org.anchang.rules.Policy;
import org.anchang.rules.Replay;
import org.anchang.rules.RuleId;
import org.anchang.rules.Standing;
import org.anchang.rules.TrailLine;
import org.anchang.rules.Verdict;
import org.anchang.store.AuditLog;
import org.anchang.store.EntryStore;
import org.jdbi.v3.core.Handle;

/**
 * The weekly archive (客户情况跟踪表 handed to the project manager every Sunday, marketing-dept 一.3): what a week's
 * workbook holds, read in one go — every register line of the week as stored (corrections and withdrawals
 * included), each day's rotation tally from the stored board (ROT-13), the collisions the judge finds on the
 * customer groups touched that week, and the audit chain's head. Writing the file is the {@code excel} package's
 * job; {@link #recordFile} then puts the file's SHA-256 in the audited {@code export_file} table.
 */
public final class ArchiveDesk {

    private final Office office;

    public ArchiveDesk(Office office) {
        this.office = office;
    }

    /** Who exported. */
    public record Person(String id, String name, String role) {
    }

    /**
     * One stored register line: the entry (empty for a withdrawal; its details are the register's other columns) and
     * which later line superseded it, if any.
     */
    public record Line(long id, String kind, Optional<Entry> entry, LocalDateTime at, LocalDateTime recordedAt, String recordedBy,
            Optional<Long> supersedes, Optional<String> reason, Optional<Long> supersededBy, boolean withdrawnLater) {

        /** 有效, 已被第 N 号更正, or 已撤回(第 N 号); a correction says which line it corrects. */
        public String status() {
            if (supersededBy.isPresent()) {
                return withdrawnLater ? "已撤回(第" + supersededBy.get() + "号)" : "已被第" + supersededBy.get() + "号更正";
            }
            return "有效";
        }

        public boolean standing() {
            return supersededBy.isEmpty() && entry.isPresent();
        }
    }

    /** One day's board tally (ROT-13) in the day's order. */
    public record BoardDay(LocalDate day, List<String> order, Map<String, Tally> tally) {
    }

    /**
     * A customer group that consultants other than one have entries on, and what the judge makes of it at the
     * end of the week: the owner, the consultants recorded as colliding, the deals' splits and the trail with rule ids.
     */
    public record Collision(String groupKey, List<String> phones, String customer, List<String> consultants, Verdict verdict,
            List<RuleId> rules) {
    }

    /** Phones in full for the manager's archive copy; for others only the customers they own (REG-6, issue 5). */
    public record Privacy(boolean whole, Set<String> own) {
        public String show(String digits) {
            if (whole || own.contains(digits) || digits.length() < 7 || !digits.chars().allMatch(Character::isDigit)) {
                return digits;
            }
            try {
                return new Phone(digits).hidden();
            } catch (IllegalArgumentException e) {
                return digits;
            }
        }

        public String show(Phone p) {
            return show(p.digits());
        }
    }

    /** A week's archive. {@code customers} names the phones of the week's lines (the customer table's first name). */
    public record Week(String project, IsoWeek week, Person by, LocalDateTime at, Privacy privacy, List<Line> lines,
            List<BoardDay> board, List<Collision> collisions, String chainHead, long auditRows, Map<String, String> names,
            Map<String, String> customers) {

        /** The name of a consultant id, or the id. */
        public String name(String id) {
            return id == null ? "" : switch (id) {
                case Owner.POOL -> "销售部(公共客户)";
                case Owner.HOUSE -> "公司(公佣)";
                default -> names.getOrDefault(id, id);
            };
        }
    }

    /** Reads {@code week}'s archive as {@code actor} may see it. */
    public Week week(IsoWeek week, String actor) {
        LocalDateTime from = week.monday().atStartOfDay();
        LocalDateTime to = week.sunday().plusDays(1).atStartOfDay();
        LocalDateTime now = office.now();
        Week w = office.read(h -> {
            Person by = person(h, actor);
            List<Recorded> all = EntryStore.since(h, 0);
            Map<Long, Recorded> byId = new HashMap<>();
            all.forEach(r -> byId.put(r.id(), r));
            Map<Long, Long> supersededBy = new HashMap<>();
            for (Recorded r : all) {
                r.supersedes().ifPresent(s -> supersededBy.merge(s, r.id(), Math::max));
            }
            List<Recorded> inWeek = all.stream().filter(r -> !r.at().isBefore(from) && r.at().isBefore(to))
                    .sorted(Ledger.ORDER).toList();
            List<Line> lines = new ArrayList<>(inWeek.size());
            for (Recorded r : inWeek) {
                Optional<Long> later = Optional.ofNullable(supersededBy.get(r.id()));
                boolean withdrawn = later.map(byId::get).map(Recorded::isWithdrawal).orElse(false);
                lines.add(new Line(r.id(), r.entry().map(Entry::kind).orElse("withdraw"), r.entry(), r.at(), r.recordedAt(),
                        r.recordedBy(), r.supersedes(), r.reason(), later, withdrawn));
            }
            Policy policy = Office.policy(h);
            Map<String, String> names = Office.names(h);
            List<Entry> effective = Ledger.effective(all).stream().filter(e -> e.at().isBefore(to)).toList();
            List<Collision> collisions = collisions(policy, names, effective, inWeek, to);
            Set<String> phones = new HashSet<>();
            lines.forEach(l -> l.entry().flatMap(Entry::phone).ifPresent(p -> phones.add(p.digits())));
            Privacy privacy = by.role().equals("manager") ? new Privacy(true, Set.of()) : new Privacy(false, owned(h, actor, now));
            long auditRows = h.createQuery("SELECT COUNT(*) FROM audit").mapTo(Long.class).one();
            return new Week(Settings.latest(h, Settings.PROJECT).orElse("案场"), week, by, now, privacy, lines, List.of(), collisions,
                    AuditLog.head(h), auditRows, names, customerNames(h, phones));
        });
        BoardDesk boards = new BoardDesk(office);
        List<BoardDay> days = new ArrayList<>();
        for (LocalDate d = week.monday(); !d.isAfter(week.sunday()); d = d.plusDays(1)) {
            if (boards.hasRoster(d)) {
                BoardState s = boards.day(d);
                days.add(new BoardDay(d, s.order(), s.tally()));
            }
        }
        return new Week(w.project(), w.week(), w.by(), w.at(), w.privacy(), w.lines(), days, w.collisions(), w.chainHead(),
                w.auditRows(), w.names(), w.customers());
    }

    /**
     * Records a written workbook in the audited {@code export_file} table: what, for which period, its file name,
     * SHA-256 and the chain head it was written against. Returns the row's number.
     */
    public long recordFile(String what, String period, String fileName, String sha256, String chainHead, boolean masked, String actor) {
        return office.write(h -> {
            Staff.person(h, actor, "操作人");
            LocalDateTime now = office.now();
            long id = h.createUpdate("INSERT INTO export_file(what, period, file_name, sha256, chain_head, masked, recorded_at, recorded_by) "
                            + "VALUES (:w, :p, :f, :s, :c, :m, :at, :by)")
                    .bind("w", what).bind("p", period).bind("f", fileName).bind("s", sha256).bind("c", chainHead).bind("m", masked)
                    .bind("at", now).bind("by", actor).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            AuditLog.append(h, now, actor, "export_file", id);
            return id;
        });
    }

    /** The recorded SHA-256 of every file written under {@code fileName}, newest first. */
    public List<String> recordedHashes(String fileName) {
        return office.read(h -> h.createQuery("SELECT sha256 FROM export_file WHERE file_name = :f ORDER BY id DESC")
                .bind("f", fileName).mapTo(String.class).list());
    }

    /** How phones are shown to {@code actor}: whole for the manager, else only for the customers they own. */
    public Privacy privacy(String actor) {
        LocalDateTime now = office.now();
        return office.read(h -> person(h, actor).role().equals("manager") ? new Privacy(true, Set.of()) : new Privacy(false, owned(h, actor, now)));
    }

    /** The audit chain's head now. */
    public String chainHead() {
        return office.read(AuditLog::head);
    }

    static Person person(Handle h, String id) {
        String role = Staff.person(h, id, "操作人");
        return new Person(id, Office.names(h).getOrDefault(id, id), role);
    }

    /** Phones whose group {@code actor} owns now. */
    private static Set<String> owned(Handle h, String actor, LocalDateTime now) {
        Set<String> out = new HashSet<>();
        h.createQuery("SELECT phone FROM customer_state WHERE owner = :a").bind("a", actor).mapTo(String.class).forEach(p -> {
            CustomerCache.standing(h, new Phone(p), now).flatMap(Standing::owner).filter(actor::equals).ifPresent(o -> out.add(p));
        });
        return out;
    }

    private static Map<String, String> customerNames(Handle h, Set<String> phones) {
        Map<String, String> out = new HashMap<>();
        if (phones.isEmpty()) {
            return out;
        }
        List<String> list = new ArrayList<>(phones);
        for (int i = 0; i < list.size(); i += 500) {
            h.createQuery("SELECT phone, name FROM customer WHERE name IS NOT NULL AND phone IN (<p>)")
                    .bindList("p", list.subList(i, Math.min(list.size(), i + 500)))
                    .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2))).forEach(e -> out.put(e.getKey(), e.getValue()));
        }
        return out;
    }

    /**
     * The groups with a line this week that more than one consultant has entries on, each judged at the week's end
     * on its own entries (and the departures), as the dispute wizard would judge it.
     */
    static List<Collision> collisions(Policy policy, Map<String, String> names, List<Entry> effective, List<Recorded> inWeek,
            LocalDateTime end) {
        Replay replay = new Replay(policy, names, false);
        effective.forEach(replay::apply);
        Map<String, Standing> standings = replay.standings();
        Set<String> touched = new LinkedHashSet<>();
        for (Recorded r : inWeek) {
            r.entry().flatMap(Entry::phone).map(p -> standings.get(p.digits())).ifPresent(s -> touched.add(s.groupKey()));
        }
        Map<String, List<Entry>> byGroup = new LinkedHashMap<>();
        List<Entry> leaves = new ArrayList<>();
        for (Entry e : effective) {
            if (e instanceof Leave) {
                leaves.add(e);
            }
            e.phone().map(p -> standings.get(p.digits())).filter(s -> touched.contains(s.groupKey()))
                    .ifPresent(s -> byGroup.computeIfAbsent(s.groupKey(), k -> new ArrayList<>()).add(e));
        }
        List<Collision> out = new ArrayList<>();
        for (var g : byGroup.entrySet()) {
            Set<String> consultants = new LinkedHashSet<>();
            g.getValue().forEach(e -> consultant(e).filter(names::containsKey).ifPresent(consultants::add));
            if (consultants.size() < 2) {
                continue;
            }
            List<Entry> events = new ArrayList<>(g.getValue());
            events.addAll(leaves);
            events.sort(Comparator.comparing(Entry::at));
            Phone last = g.getValue().get(g.getValue().size() - 1).phone().orElseThrow();
            Verdict v = Judge.judge(new Dossier(policy, names, events, Optional.of(new Dossier.Question(last, end.minusMinutes(1))), false));
            Set<RuleId> rules = new LinkedHashSet<>();
            v.trail().forEach(t -> rules.add(t.rule()));
            v.deals().forEach(d -> rules.addAll(d.rules()));
            if (!contested(v, rules)) {
                continue;
            }
            List<String> phones = g.getValue().stream().flatMap(e -> e.phone().stream()).map(Phone::digits).distinct().sorted().toList();
            out.add(new Collision(g.getKey(), phones, customerName(g.getValue()), List.copyOf(consultants), v, List.copyOf(rules)));
        }
        return out;
    }

    /** Rules that decide between consultants (not a plain first claim, renewal or lapse). */
    private static final Set<RuleId> BETWEEN = java.util.EnumSet.of(RuleId.SPLIT_2, RuleId.SPLIT_3, RuleId.SPLIT_4, RuleId.SPLIT_5,
            RuleId.SPLIT_6, RuleId.SPLIT_7, RuleId.OWN_2, RuleId.OWN_4, RuleId.OWN_7, RuleId.OWN_8, RuleId.REF_1, RuleId.REF_2,
            RuleId.REF_3, RuleId.REF_4, RuleId.REF_5, RuleId.REF_6, RuleId.REF_7, RuleId.REF_8, RuleId.REF_9, RuleId.REF_10,
            RuleId.RPT_3, RuleId.RPT_4, RuleId.DSP_4, RuleId.ROT_12);

    /**
     * Whether the judge had to decide between consultants: a collision recorded (OWN-1), a deal credited to someone
     * other than its closer or split, or a rule that weighs one consultant against another. Entries by several
     * consultants that never competed (calls that give no claim, a lapsed claim taken up later) are not listed.
     */
    static boolean contested(Verdict v, Set<RuleId> rules) {
        if (!v.collisions().isEmpty()) {
            return true;
        }
        for (DealShare d : v.deals()) {
            if (d.shares().size() > 1 || !d.shares().containsKey(d.by())) {
                return true;
            }
        }
        return rules.stream().anyMatch(BETWEEN::contains);
    }

    private static String customerName(List<Entry> entries) {
        for (Entry e : entries) {
            if (e instanceof org.anchang.register.Visit v) {
                return v.customer().name();
            } else if (e instanceof org.anchang.register.Call c) {
                return c.customer().name();
            } else if (e instanceof org.anchang.register.Prospect p) {
                return p.customer().name();
            }
        }
        return "";
    }

    /** The consultant a register line is by (the receiver, caller, closer …), where it names one. */
    public static Optional<String> consultant(Entry e) {
        if (e instanceof org.anchang.register.Visit v) {
            return Optional.of(v.by());
        } else if (e instanceof org.anchang.register.Call c) {
            return Optional.of(c.by());
        } else if (e instanceof org.anchang.register.FollowUp f) {
            return Optional.of(f.by());
        } else if (e instanceof org.anchang.register.Prospect p) {
            return Optional.of(p.by());
        } else if (e instanceof org.anchang.register.Deal d) {
            return Optional.of(d.by());
        } else if (e instanceof org.anchang.register.Assist a) {
            return Optional.of(a.by());
        } else if (e instanceof org.anchang.register.Confirm c) {
            return Optional.of(c.by());
        }
        return Optional.empty();
    }

    /** The trail lines of a verdict dated within [from, to). */
    public static List<TrailLine> trailWithin(Verdict v, LocalDateTime from, LocalDateTime to) {
        return v.trail().stream().filter(t -> !t.at().isBefore(from) && t.at().isBefore(to)).toList();
    }

    /** The deals of a verdict dated within [from, to). */
    public static List<DealShare> dealsWithin(Verdict v, LocalDateTime from, LocalDateTime to) {
        return v.deals().stream().filter(d -> !d.at().isBefore(from) && d.at().isBefore(to)).toList();
    }
}
