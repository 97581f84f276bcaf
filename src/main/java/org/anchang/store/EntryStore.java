package org.anchang.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.anchang.customer.Contact;
import org.anchang.customer.MaskedPhone;
import org.anchang.customer.Phone;
import org.anchang.customer.Relation;
import org.anchang.register.Assign;
import org.anchang.register.Assist;
import org.anchang.register.Call;
import org.anchang.register.Complaint;
import org.anchang.register.Confirm;
import org.anchang.register.Deal;
import org.anchang.register.Entry;
import org.anchang.register.FollowUp;
import org.anchang.register.Grade;
import org.anchang.register.Leave;
import org.anchang.register.Payment;
import org.anchang.register.Prospect;
import org.anchang.register.Recorded;
import org.anchang.register.Report;
import org.anchang.register.Ruling;
import org.anchang.register.Visit;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;

/**
 * Writes register entries (one {@code entry} row and one row in the kind's table) and reads them back.
 * Nothing here updates or deletes: a correction is a new row (REG-5).
 */
public final class EntryStore {

    private EntryStore() {
    }

    /** What a ruling rests on, stored beside it (V5): the case file as judged, the verdict JSON as shown, the facts JSON. */
    public record RulingPapers(String dossier, String verdict, String facts) {
    }

    /** One annotation on a ruling. */
    public record RulingNote(long id, long ruling, String note, LocalDateTime at, String by) {
    }

    /** Appends one entry in {@code h}'s transaction, with its audit rows; returns its number. A ruling needs {@link #insertRuling}. */
    public static long insert(Handle h, Optional<Entry> entry, LocalDateTime recordedAt, String recordedBy,
            Optional<Long> supersedes, Optional<String> reason) {
        if (entry.isPresent() && entry.get() instanceof Ruling) {
            throw new IllegalArgumentException("a ruling is stored with its papers: insertRuling");
        }
        return append(h, entry, recordedAt, recordedBy, supersedes, reason, null);
    }

    /** Appends a ruling (DSP-3) with the papers it rests on; never a correction of anything. */
    public static long insertRuling(Handle h, Ruling r, RulingPapers papers, LocalDateTime recordedAt, String recordedBy) {
        return append(h, Optional.of(r), recordedAt, recordedBy, Optional.empty(), Optional.empty(), papers);
    }

    /** Adds a note to ruling {@code ruling}, audited; the ruling itself is never changed. */
    public static long annotate(Handle h, long ruling, String note, LocalDateTime at, String by) {
        long id = h.createUpdate("INSERT INTO ruling_note(ruling_id, note, recorded_at, recorded_by) VALUES (:r, :n, :at, :by)")
                .bind("r", ruling).bind("n", note).bind("at", at).bind("by", by)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        AuditLog.append(h, at, by, "ruling_note", id);
        return id;
    }

    public static Optional<RulingPapers> papers(Handle h, long ruling) {
        return h.createQuery("SELECT dossier, verdict, facts FROM ruling WHERE entry_id = :id").bind("id", ruling)
                .map((rs, ctx) -> new RulingPapers(rs.getString("dossier"), rs.getString("verdict"), rs.getString("facts"))).findFirst();
    }

    public static List<RulingNote> notes(Handle h, long ruling) {
        return h.createQuery("SELECT * FROM ruling_note WHERE ruling_id = :id ORDER BY id").bind("id", ruling)
                .map((rs, ctx) -> new RulingNote(rs.getLong("id"), rs.getLong("ruling_id"), rs.getString("note"),
                        rs.getTimestamp("recorded_at").toLocalDateTime(), rs.getString("recorded_by"))).list();
    }

    private static long append(Handle h, Optional<Entry> entry, LocalDateTime recordedAt, String recordedBy,
            Optional<Long> supersedes, Optional<String> reason, RulingPapers papers) {
        long id = h.createUpdate("INSERT INTO entry(kind, at, recorded_at, recorded_by, supersedes, withdrawn, reason) "
                        + "VALUES (:kind, :at, :ra, :rb, :sup, :w, :reason)")
                .bind("kind", entry.map(Entry::kind).orElse("withdraw"))
                .bind("at", entry.map(Entry::at).orElse(recordedAt)).bind("ra", recordedAt).bind("rb", recordedBy)
                .bind("sup", supersedes.orElse(null)).bind("w", entry.isEmpty()).bind("reason", reason.orElse(null))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        AuditLog.append(h, recordedAt, recordedBy, "entry", id);
        if (entry.isPresent()) {
            String table = entry.get() instanceof Ruling r ? ruling(h, id, r, papers) : detail(h, id, entry.get());
            AuditLog.append(h, recordedAt, recordedBy, table, id);
            Extra x = extra(entry.get());
            if (!x.isEmpty()) {
                insert(h, "entry_extra", id, "first_visit, source, intent, notes", u -> u.bind("first_visit", x.firstVisit().orElse(null))
                        .bind("source", x.source().orElse(null)).bind("intent", x.intent().orElse(null))
                        .bind("notes", x.notes().orElse(null)));
                AuditLog.append(h, recordedAt, recordedBy, "entry_extra", id);
            }
            entry.get().phone().ifPresent(p -> customer(h, p, name(entry.get()), entry.get().at()));
        }
        return id;
    }

    private static Optional<String> name(Entry e) {
        if (e instanceof Visit v) {
            return Optional.of(v.customer().name());
        } else if (e instanceof Call c) {
            return Optional.of(c.customer().name());
        } else if (e instanceof Prospect p) {
            return Optional.of(p.customer().name());
        }
        return Optional.empty();
    }

    /** Registers the phone as a customer the first time it is seen (REG-3: one customer per phone). */
    private static void customer(Handle h, Phone p, Optional<String> name, LocalDateTime at) {
        int known = h.createQuery("SELECT COUNT(*) FROM customer WHERE phone = :p").bind("p", p.digits()).mapTo(Integer.class).one();
        if (known == 0) {
            h.createUpdate("INSERT INTO customer(phone, name, first_seen) VALUES (:p, :n, :at)")
                    .bind("p", p.digits()).bind("n", name.orElse(null)).bind("at", at).execute();
        }
    }

    private static String ruling(Handle h, long id, Ruling r, RulingPapers papers) {
        StringBuilder deals = new StringBuilder();
        for (Ruling.RuledDeal d : r.deals()) {
            deals.append(deals.length() == 0 ? "" : ";").append(d.at()).append('|').append(d.by()).append('|').append(d.customer().digits()).append('|');
            deals.append(String.join(",", d.shares().entrySet().stream().map(s -> s.getKey() + "=" + s.getValue()).toList()));
        }
        insert(h, "ruling", id, "phone, owner, protected_until, dealt, deals, policy, mediated_by, checked_by, decided_by, dossier, verdict, facts",
                u -> u.bind("phone", r.customer().digits()).bind("owner", r.owner().orElse(null))
                        .bind("protected_until", r.until().orElse(null)).bind("dealt", r.dealt()).bind("deals", deals.toString())
                        .bind("policy", r.policy()).bind("mediated_by", r.mediatedBy()).bind("checked_by", r.checkedBy())
                        .bind("decided_by", r.decidedBy()).bind("dossier", papers.dossier()).bind("verdict", papers.verdict())
                        .bind("facts", papers.facts()));
        return "ruling";
    }

    private static Ruling ruling(ResultSet rs, LocalDateTime at) throws SQLException {
        List<Ruling.RuledDeal> deals = new ArrayList<>();
        String text = rs.getString("deals");
        for (String d : text.isEmpty() ? new String[0] : text.split(";")) {
            String[] f = d.split("\\|");
            java.util.Map<String, Double> shares = new java.util.LinkedHashMap<>();
            for (String kv : f[3].split(",")) {
                int eq = kv.indexOf('=');
                shares.put(kv.substring(0, eq), Double.parseDouble(kv.substring(eq + 1)));
            }
            deals.add(new Ruling.RuledDeal(LocalDateTime.parse(f[0]), f[1], new Phone(f[2]), shares));
        }
        Timestamp until = rs.getTimestamp("protected_until");
        return new Ruling(at, phone(rs, "phone"), opt(rs, "owner"), until == null ? Optional.empty() : Optional.of(until.toLocalDateTime()),
                rs.getBoolean("dealt"), deals, rs.getString("policy"), rs.getString("mediated_by"), rs.getString("checked_by"),
                rs.getString("decided_by"));
    }

    private static String detail(Handle h, long id, Entry e) {
        if (e instanceof Visit v) {
            insert(h, "visit", id, "by_id, name, phone, registered, named, referred_by, accompanied, relation_to, relation_kind, "
                    + "stand_in_for, delegated, owner_absent, purpose, friend_of, group_buyer, notified_late, quarrel_by, party_size, source, "
                    + "intent, notes", u -> u
                    .bind("by_id", v.by()).bind("name", v.customer().name()).bind("phone", v.customer().phone().digits())
                    .bind("registered", v.registered()).bind("named", v.named().orElse(null))
                    .bind("referred_by", v.referredBy().map(Phone::digits).orElse(null)).bind("accompanied", v.accompanied())
                    .bind("relation_to", v.relation().map(r -> r.to().digits()).orElse(null))
                    .bind("relation_kind", v.relation().map(r -> r.kind().name().toLowerCase(Locale.ROOT)).orElse(null))
                    .bind("stand_in_for", v.standInFor().orElse(null)).bind("delegated", v.delegated())
                    .bind("owner_absent", v.ownerAbsent()).bind("purpose", v.purpose().name().toLowerCase(Locale.ROOT))
                    .bind("friend_of", v.friendOf().orElse(null)).bind("group_buyer", v.groupBuyer())
                    .bind("notified_late", v.notifiedLate()).bind("quarrel_by", v.quarrelBy().orElse(null))
                    .bind("party_size", v.details().partySize().orElse(null)).bind("source", v.details().source().orElse(null))
                    .bind("intent", v.details().intent().orElse(null)).bind("notes", v.details().notes().orElse(null)));
            return "visit";
        } else if (e instanceof Call c) {
            insert(h, "phone_call", id, "by_id, name, phone, notes", u -> u.bind("by_id", c.by()).bind("name", c.customer().name())
                    .bind("phone", c.customer().phone().digits()).bind("notes", c.details().notes().orElse(null)));
            return "phone_call";
        } else if (e instanceof FollowUp f) {
            insert(h, "follow_up", id, "by_id, phone, method, content, next_date", u -> u.bind("by_id", f.by())
                    .bind("phone", f.customer().digits()).bind("method", f.details().method().orElse(null))
                    .bind("content", f.details().content().orElse(null)).bind("next_date", f.details().next().orElse(null)));
            return "follow_up";
        } else if (e instanceof Report r) {
            insert(h, "channel_report", id, "by_id, name, phone, expected, team", u -> u.bind("by_id", r.by()).bind("name", r.name())
                    .bind("phone", r.masked().toString()).bind("expected", r.expected()).bind("team", r.team().orElse(null)));
            return "channel_report";
        } else if (e instanceof Prospect p) {
            insert(h, "prospect", id, "by_id, name, phone, business_type, address, company, wechat", u -> u.bind("by_id", p.by())
                    .bind("name", p.customer().name()).bind("phone", p.customer().phone().digits())
                    .bind("business_type", p.businessType().orElse(null)).bind("address", p.details().address().orElse(null))
                    .bind("company", p.details().company().orElse(null)).bind("wechat", p.details().wechat().orElse(null)));
            return "prospect";
        } else if (e instanceof Deal d) {
            insert(h, "deal", id, "by_id, phone, stage, amount, knowing, developer_relation", u -> u.bind("by_id", d.by())
                    .bind("phone", d.customer().digits()).bind("stage", d.stage().name().toLowerCase(Locale.ROOT))
                    .bind("amount", d.amount()).bind("knowing", d.knowing()).bind("developer_relation", d.developerRelation()));
            return "deal";
        } else if (e instanceof Assist a) {
            insert(h, "assist", id, "by_id, phone, major, knowing", u -> u.bind("by_id", a.by()).bind("phone", a.customer().digits())
                    .bind("major", a.major()).bind("knowing", a.knowing()));
            return "assist";
        } else if (e instanceof Confirm c) {
            insert(h, "owner_confirm", id, "by_id, phone", u -> u.bind("by_id", c.by()).bind("phone", c.customer().digits()));
            return "owner_confirm";
        } else if (e instanceof Complaint c) {
            insert(h, "complaint", id, "phone, reassign_to", u -> u.bind("phone", c.customer().digits()).bind("reassign_to", c.reassignTo()));
            return "complaint";
        } else if (e instanceof Assign a) {
            insert(h, "assignment", id, "phone, to_id, by_id", u -> u.bind("phone", a.customer().digits()).bind("to_id", a.to())
                    .bind("by_id", a.by()));
            return "assignment";
        } else if (e instanceof Leave l) {
            insert(h, "departure", id, "by_id", u -> u.bind("by_id", l.by()));
            return "departure";
        } else if (e instanceof Grade g) {
            insert(h, "grade", id, "by_id, phone, finance, motive, credit, background, contact, timing, declined, note", u -> u
                    .bind("by_id", g.by()).bind("phone", g.customer().digits()).bind("finance", g.finance())
                    .bind("motive", g.motive()).bind("credit", g.credit()).bind("background", g.background())
                    .bind("contact", g.contact()).bind("timing", g.timing()).bind("declined", g.declined())
                    .bind("note", g.note().orElse(null)));
            return "grade";
        } else if (e instanceof Payment p) {
            insert(h, "payment", id, "by_id, phone, pay_kind, amount, product", u -> u.bind("by_id", p.by())
                    .bind("phone", p.customer().digits()).bind("pay_kind", p.type().name().toLowerCase(Locale.ROOT))
                    .bind("amount", p.amount()).bind("product", p.product()));
            return "payment";
        }
        throw new IllegalArgumentException("unknown entry " + e);
    }

    private static void insert(Handle h, String table, long id, String columns, java.util.function.UnaryOperator<Update> binds) {
        String[] cols = columns.split(",\\s*");
        String values = String.join(", ", java.util.Arrays.stream(cols).map(c -> ":" + c).toList());
        binds.apply(h.createUpdate("INSERT INTO " + table + "(entry_id, " + columns + ") VALUES (:entry_id, " + values + ")")
                .bind("entry_id", id)).execute();
    }

    /** A row of V7's {@code entry_extra}: the columns a kind's table lacks. */
    private record Extra(Optional<Boolean> firstVisit, Optional<String> source, Optional<String> intent, Optional<String> notes) {
        boolean isEmpty() {
            return firstVisit.isEmpty() && source.isEmpty() && intent.isEmpty() && notes.isEmpty();
        }
    }

    private static Extra extra(Entry e) {
        if (e instanceof Visit v) {
            return new Extra(v.details().firstVisit(), Optional.empty(), Optional.empty(), Optional.empty());
        } else if (e instanceof Call c) {
            return new Extra(Optional.empty(), c.details().source(), c.details().intent(), Optional.empty());
        } else if (e instanceof Prospect p) {
            return new Extra(Optional.empty(), Optional.empty(), p.details().intent(), p.details().notes());
        }
        return new Extra(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Every entry with a number above {@code after}, in number order. */
    public static List<Recorded> since(Handle h, long after) {
        return since(h, after, Long.MAX_VALUE);
    }

    /**
     * Every entry numbered above {@code after} and up to {@code upTo}, in number order. A reader that does not hold
     * the office lock bounds its catch-up by the newest number it saw, so that a row committed while it reads the
     * kinds' tables one by one cannot be taken without an earlier one (writers commit in number order).
     */
    public static List<Recorded> since(Handle h, long after, long upTo) {
        return select(h, "e.id > :after AND e.id <= :upTo", q -> q.bind("after", after).bind("upTo", upTo));
    }

    /** The entries with these numbers, in number order (a customer file's, see {@link #about}). */
    public static List<Recorded> byIds(Handle h, java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return select(h, "e.id IN (<ids>)", q -> q.bindList("ids", List.copyOf(ids)));
    }

    /**
     * The numbers of the entries about these phones: every kind that names a phone, the visits that name one as
     * referrer or relation, the masked reports that may stand for one (REG-6), every departure (they move
     * customers, OWN-3), and the corrections and withdrawals of all of them, both ways along the chain (REG-5).
     */
    public static java.util.Set<Long> about(Handle h, java.util.Collection<String> phones) {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        if (phones.isEmpty()) {
            return ids;
        }
        List<String> list = List.copyOf(phones);
        for (String table : PHONE_TABLES) {
            ids.addAll(h.createQuery("SELECT entry_id FROM " + table + " WHERE phone IN (<p>)").bindList("p", list)
                    .mapTo(Long.class).list());
        }
        ids.addAll(h.createQuery("SELECT entry_id FROM visit WHERE referred_by IN (<p>) OR relation_to IN (<p>)")
                .bindList("p", list).mapTo(Long.class).list());
        List<Phone> asPhones = list.stream().map(Phone::new).toList();
        h.createQuery("SELECT entry_id, phone FROM channel_report WHERE phone LIKE '%*%'")
                .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2))).forEach(r -> {
                    MaskedPhone m = MaskedPhone.parse(r.getValue());
                    if (asPhones.stream().anyMatch(m::matches)) {
                        ids.add(r.getKey());
                    }
                });
        ids.addAll(h.createQuery("SELECT entry_id FROM departure").mapTo(Long.class).list());
        java.util.Set<Long> frontier = new java.util.HashSet<>(ids);
        while (!frontier.isEmpty()) {
            List<Long> f = List.copyOf(frontier);
            frontier.clear();
            h.createQuery("SELECT id FROM entry WHERE supersedes IN (<f>) UNION SELECT supersedes FROM entry WHERE id IN (<f>) "
                    + "AND supersedes IS NOT NULL").bindList("f", f).mapTo(Long.class).forEach(id -> {
                        if (ids.add(id)) {
                            frontier.add(id);
                        }
                    });
        }
        return ids;
    }

    /** The register tables whose {@code phone} column holds a whole phone (a report's may be masked). */
    private static final List<String> PHONE_TABLES = List.of("visit", "phone_call", "follow_up", "channel_report", "prospect",
            "deal", "assist", "owner_confirm", "complaint", "assignment", "grade", "payment", "ruling");

    private static List<Recorded> select(Handle h, String condition, java.util.function.UnaryOperator<org.jdbi.v3.core.statement.Query> binds) {
        // One look at the entry table first: usually nothing is new, and otherwise only a few kinds are.
        java.util.Set<String> kinds = new java.util.HashSet<>(binds.apply(h.createQuery("SELECT DISTINCT e.kind FROM entry e WHERE "
                + condition)).mapTo(String.class).list());
        List<Recorded> out = new ArrayList<>();
        if (kinds.isEmpty()) {
            return out;
        }
        String base = "SELECT e.id, e.at, e.recorded_at, e.recorded_by, e.supersedes, e.reason, d.* FROM entry e JOIN ";
        String where = " d ON d.entry_id = e.id WHERE " + condition;
        // The kinds with columns in entry_extra read them under other names (a visit has its own source and intent).
        String extra = "SELECT e.id, e.at, e.recorded_at, e.recorded_by, e.supersedes, e.reason, x.first_visit AS x_first_visit, "
                + "x.source AS x_source, x.intent AS x_intent, x.notes AS x_notes, d.* FROM entry e LEFT JOIN entry_extra x "
                + "ON x.entry_id = e.id JOIN ";
        if (kinds.contains("visit")) {
            read(h, extra + "visit" + where, binds, out, EntryStore::visit);
        }
        if (kinds.contains("call")) {
            read(h, extra + "phone_call" + where, binds, out, (rs, at) -> new Call(at, rs.getString("by_id"), contact(rs),
                    new Call.Details(opt(rs, "x_source"), opt(rs, "x_intent"), opt(rs, "notes"))));
        }
        if (kinds.contains("followup")) {
            read(h, base + "follow_up" + where, binds, out, (rs, at) -> new FollowUp(at, rs.getString("by_id"), phone(rs, "phone"),
                    new FollowUp.Details(opt(rs, "method"), opt(rs, "content"),
                            Optional.ofNullable(rs.getDate("next_date")).map(java.sql.Date::toLocalDate))));
        }
        if (kinds.contains("report")) {
            read(h, base + "channel_report" + where, binds, out, (rs, at) -> new Report(at, rs.getString("by_id"),
                    rs.getString("name"), MaskedPhone.parse(rs.getString("phone")), rs.getTimestamp("expected").toLocalDateTime(),
                    opt(rs, "team")));
        }
        if (kinds.contains("prospect")) {
            read(h, extra + "prospect" + where, binds, out, (rs, at) -> new Prospect(at, rs.getString("by_id"), contact(rs),
                    Optional.ofNullable(rs.getString("business_type")), new Prospect.Details(opt(rs, "address"), opt(rs, "company"),
                            opt(rs, "wechat"), opt(rs, "x_intent"), opt(rs, "x_notes"))));
        }
        if (kinds.contains("deal")) {
            read(h, base + "deal" + where, binds, out, (rs, at) -> new Deal(at, rs.getString("by_id"), phone(rs, "phone"),
                    Deal.Stage.valueOf(rs.getString("stage").toUpperCase(Locale.ROOT)), rs.getBigDecimal("amount"),
                    rs.getBoolean("knowing"), rs.getBoolean("developer_relation")));
        }
        if (kinds.contains("assist")) {
            read(h, base + "assist" + where, binds, out, (rs, at) -> new Assist(at, rs.getString("by_id"), phone(rs, "phone"),
                    rs.getBoolean("major"), rs.getBoolean("knowing")));
        }
        if (kinds.contains("confirm")) {
            read(h, base + "owner_confirm" + where, binds, out, (rs, at) -> new Confirm(at, rs.getString("by_id"), phone(rs, "phone")));
        }
        if (kinds.contains("complaint")) {
            read(h, base + "complaint" + where, binds, out, (rs, at) -> new Complaint(at, phone(rs, "phone"), rs.getString("reassign_to")));
        }
        if (kinds.contains("assign")) {
            read(h, base + "assignment" + where, binds, out, (rs, at) -> new Assign(at, phone(rs, "phone"), rs.getString("to_id"),
                    rs.getString("by_id")));
        }
        if (kinds.contains("leave")) {
            read(h, base + "departure" + where, binds, out, (rs, at) -> new Leave(at, rs.getString("by_id")));
        }
        if (kinds.contains("grade")) {
            read(h, base + "grade" + where, binds, out, (rs, at) -> new Grade(at, rs.getString("by_id"), phone(rs, "phone"),
                    rs.getInt("finance"), rs.getInt("motive"), rs.getInt("credit"), rs.getInt("background"), rs.getInt("contact"),
                    rs.getInt("timing"), rs.getBoolean("declined"), opt(rs, "note")));
        }
        if (kinds.contains("payment")) {
            read(h, base + "payment" + where, binds, out, (rs, at) -> new Payment(at, rs.getString("by_id"), phone(rs, "phone"),
                    Payment.Type.valueOf(rs.getString("pay_kind").toUpperCase(Locale.ROOT)), rs.getBigDecimal("amount"),
                    rs.getString("product")));
        }
        if (kinds.contains("ruling")) {
            read(h, base + "ruling" + where, binds, out, EntryStore::ruling);
        }
        if (kinds.contains("withdraw")) {
            binds.apply(h.createQuery("SELECT e.id, e.at, e.recorded_at, e.recorded_by, e.supersedes, e.reason FROM entry e WHERE e.withdrawn AND "
                    + condition))
                    .map((rs, ctx) -> recorded(rs, Optional.empty())).forEach(out::add);
        }
        out.sort(Comparator.comparingLong(Recorded::id));
        return out;
    }

    /** The number of the newest entry, 0 when there is none. */
    public static long lastId(Handle h) {
        return h.createQuery("SELECT COALESCE(MAX(id), 0) FROM entry").mapTo(Long.class).one();
    }

    @FunctionalInterface
    private interface RowEntry {
        Entry read(ResultSet rs, LocalDateTime at) throws SQLException;
    }

    private static void read(Handle h, String sql, java.util.function.UnaryOperator<org.jdbi.v3.core.statement.Query> binds,
            List<Recorded> out, RowEntry f) {
        binds.apply(h.createQuery(sql))
                .map((rs, ctx) -> recorded(rs, Optional.of(f.read(rs, rs.getTimestamp("at").toLocalDateTime())))).forEach(out::add);
    }

    private static Recorded recorded(ResultSet rs, Optional<Entry> e) throws SQLException {
        long sup = rs.getLong("supersedes");
        Optional<Long> supersedes = rs.wasNull() ? Optional.empty() : Optional.of(sup);
        Timestamp ra = rs.getTimestamp("recorded_at");
        return new Recorded(rs.getLong("id"), e, ra.toLocalDateTime(), rs.getString("recorded_by"), supersedes,
                Optional.ofNullable(rs.getString("reason")));
    }

    private static Visit visit(ResultSet rs, LocalDateTime at) throws SQLException {
        Optional<Relation> rel = rs.getString("relation_to") == null ? Optional.empty()
                : Optional.of(new Relation(phone(rs, "relation_to"), Relation.Kind.valueOf(rs.getString("relation_kind").toUpperCase(Locale.ROOT))));
        return new Visit(at, rs.getString("by_id"), contact(rs), rs.getBoolean("registered"), opt(rs, "named"),
                rs.getString("referred_by") == null ? Optional.empty() : Optional.of(phone(rs, "referred_by")),
                rs.getBoolean("accompanied"), rel, opt(rs, "stand_in_for"), rs.getBoolean("delegated"), rs.getBoolean("owner_absent"),
                Visit.Purpose.valueOf(rs.getString("purpose").toUpperCase(Locale.ROOT)), opt(rs, "friend_of"),
                rs.getBoolean("group_buyer"), rs.getBoolean("notified_late"), opt(rs, "quarrel_by"),
                new Visit.Details(Optional.ofNullable(rs.getObject("party_size", Integer.class)),
                        Optional.ofNullable(rs.getObject("x_first_visit", Boolean.class)), opt(rs, "source"), opt(rs, "intent"),
                        opt(rs, "notes")));
    }

    private static Optional<String> opt(ResultSet rs, String col) throws SQLException {
        return Optional.ofNullable(rs.getString(col));
    }

    private static Contact contact(ResultSet rs) throws SQLException {
        return new Contact(rs.getString("name"), phone(rs, "phone"));
    }

    private static Phone phone(ResultSet rs, String col) throws SQLException {
        return new Phone(rs.getString(col));
    }

}
