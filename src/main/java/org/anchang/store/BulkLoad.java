package org.anchang.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.anchang.customer.Phone;
import org.anchang.register.Assign;
import org.anchang.register.Assist;
import org.anchang.register.Call;
import org.anchang.register.Complaint;
import org.anchang.register.Confirm;
import org.anchang.register.Deal;
import org.anchang.register.Entry;
import org.anchang.register.FollowUp;
import org.anchang.register.Leave;
import org.anchang.register.Prospect;
import org.anchang.register.Report;
import org.anchang.register.Visit;
import org.anchang.rules.Standing;

/**
 * Fills an empty office with a big register in large JDBC batches inside few transactions, for benchmarks
 * ({@code bench store}); the office's own path is {@code RegisterDesk.record}, one locked transaction per entry.
 *
 * <p>For every entry it writes what {@link EntryStore#insert} writes: the {@code entry} row, the row in the
 * kind's table (same columns), a {@code customer} row the first time a phone is seen (the name of that entry
 * for a visit, call or prospect, {@code first_seen} its time; these are written together at the end, in phone
 * order), and the two audit rows, {@code entry} then the
 * kind's table, with the hashes {@link AuditLog#append} computes: each content hash is taken from the rows as
 * stored (read back in the same transaction, canonical form as {@code AuditLog}), so {@link AuditLog#verify}
 * holds over the loaded chain. People are written the same way ({@code consultant} row + audit row).
 *
 * <p>What it skips compared with the per-action path: the office lock row, the checks of
 * {@code RegisterDesk.check} (the actor and the consultants named are staff, not in the future), the catch-up
 * (reading the new rows back and replaying) inside each transaction, the {@code CHECKPOINT SYNC} after each
 * write, and corrections and withdrawals (it only appends). Entry numbers are given by the loader, in the order
 * the entries come, and the identity is moved past them at {@link #finish}. The customer cache is not written
 * per entry: {@link #cache} writes it once from one replay of the whole register.
 */
public final class BulkLoad {

    /** The detail tables and their columns after {@code entry_id}, as {@link EntryStore} writes them. */
    private static final Map<String, String> DETAIL = new LinkedHashMap<>();

    static {
        DETAIL.put("visit", "by_id, name, phone, registered, named, referred_by, accompanied, relation_to, relation_kind, "
                + "stand_in_for, delegated, owner_absent, purpose, friend_of, group_buyer, notified_late, quarrel_by");
        DETAIL.put("phone_call", "by_id, name, phone");
        DETAIL.put("follow_up", "by_id, phone");
        DETAIL.put("channel_report", "by_id, name, phone, expected");
        DETAIL.put("prospect", "by_id, name, phone, business_type");
        DETAIL.put("deal", "by_id, phone, stage, amount, knowing, developer_relation");
        DETAIL.put("assist", "by_id, phone, major, knowing");
        DETAIL.put("owner_confirm", "by_id, phone");
        DETAIL.put("complaint", "phone, reassign_to");
        DETAIL.put("assignment", "phone, to_id, by_id");
        DETAIL.put("departure", "by_id");
    }

    private final Connection c;
    private final int chunk;
    private final int commitEvery;
    private final PreparedStatement entry;
    private final PreparedStatement customer;
    private final PreparedStatement audit;
    private final Map<String, PreparedStatement> detail = new LinkedHashMap<>();
    /** Phone → the customer row its first entry makes (name, first seen); written, in phone order, at {@link #finish}. */
    private final Map<String, NewCustomer> customers = new HashMap<>();

    /** The chunk not yet written: entries with their numbers. */
    private final List<Pending> pending = new ArrayList<>();
    private long nextId;
    private long seq;
    private String prev;
    private long sinceCommit;

    private long entries;
    private long details;
    private long customerRows;
    private long auditRows;
    private long people;
    private int commits;

    private record NewCustomer(String name, LocalDateTime firstSeen) {
    }

    private record Pending(long id, Entry entry, LocalDateTime recordedAt, String recordedBy, String table) {
    }

    /**
     * A loader on {@code c}, which it switches to manual commit until {@link #finish}. The office's register
     * and customers must be empty. Rows are written every {@code chunk} entries and committed every
     * {@code commitEvery} entries.
     */
    public BulkLoad(Connection c, int chunk, int commitEvery) throws SQLException {
        if (chunk < 1 || commitEvery < chunk) {
            throw new IllegalArgumentException("chunk " + chunk + ", commitEvery " + commitEvery);
        }
        this.c = c;
        this.chunk = chunk;
        this.commitEvery = commitEvery;
        try (Statement s = c.createStatement()) {
            for (String table : List.of("entry", "customer", "customer_state")) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    if (rs.getLong(1) != 0) {
                        throw new IllegalStateException("bulk load wants an empty office; " + table + " has rows");
                    }
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1")) {
                seq = rs.next() ? rs.getLong(1) : 0;
                prev = seq == 0 ? AuditLog.GENESIS : rs.getString(2);
            }
        }
        c.setAutoCommit(false);
        nextId = 1;
        entry = c.prepareStatement("INSERT INTO entry(id, kind, at, recorded_at, recorded_by, supersedes, withdrawn, reason) "
                + "VALUES (?, ?, ?, ?, ?, NULL, FALSE, NULL)");
        customer = c.prepareStatement("INSERT INTO customer(phone, name, first_seen) VALUES (?, ?, ?)");
        audit = c.prepareStatement("INSERT INTO audit(seq, at, actor, table_name, row_key, content_hash, prev_hash, hash) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        for (var d : DETAIL.entrySet()) {
            int n = d.getValue().split(",").length + 1;
            detail.put(d.getKey(), c.prepareStatement("INSERT INTO " + d.getKey() + "(entry_id, " + d.getValue() + ") VALUES ("
                    + "?, ".repeat(n - 1) + "?)"));
        }
    }

    /** Adds a person, as {@code Staff.addPerson} writes one (row and audit row), at once. */
    public void person(String id, String name, String role, LocalDateTime at, String by) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO consultant(id, name, role, created_at, created_by) VALUES (?, ?, ?, ?, ?)")) {
            p.setString(1, id);
            p.setString(2, name);
            p.setString(3, role);
            p.setObject(4, at);
            p.setString(5, by);
            p.executeUpdate();
        }
        Map<String, String> content = canonical("SELECT * FROM consultant WHERE id = ?", id, null, "id");
        appendAudit(at, by, "consultant", id, content.get(id));
        audit.executeBatch();
        people++;
    }

    /**
     * Appends one entry typed at {@code recordedAt} by {@code recordedBy}; entries must come in the order they
     * would have been typed. Returns whether it named a phone not seen before (a new customer row).
     */
    public boolean add(Entry e, LocalDateTime recordedAt, String recordedBy) throws SQLException {
        long id = nextId++;
        String table = bind(id, e);
        entry.setLong(1, id);
        entry.setString(2, e.kind());
        entry.setObject(3, e.at());
        entry.setObject(4, recordedAt);
        entry.setString(5, recordedBy);
        entry.addBatch();
        boolean fresh = false;
        Optional<Phone> phone = e.phone();
        if (phone.isPresent() && !customers.containsKey(phone.get().digits())) {
            customers.put(phone.get().digits(), new NewCustomer(name(e), e.at()));
            fresh = true;
        }
        pending.add(new Pending(id, e, recordedAt, recordedBy, table));
        if (pending.size() >= chunk) {
            flush();
        }
        return fresh;
    }

    /**
     * Writes what is pending and the customer rows (in phone order: appending to the primary key is much cheaper
     * than inserting at random places in it), commits, moves the entry identity past the loaded numbers and
     * restores auto-commit.
     */
    public void finish() throws SQLException {
        flush();
        List<String> phones = new ArrayList<>(customers.keySet());
        Collections.sort(phones);
        for (String p : phones) {
            NewCustomer n = customers.get(p);
            customer.setString(1, p);
            customer.setString(2, n.name());
            customer.setObject(3, n.firstSeen());
            customer.addBatch();
            if (++customerRows % chunk == 0) {
                customer.executeBatch();
            }
        }
        customer.executeBatch();
        customers.clear();
        c.commit();
        commits++;
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE entry ALTER COLUMN id RESTART WITH " + nextId);
        }
        c.commit();
        c.setAutoCommit(true);
        entry.close();
        customer.close();
        audit.close();
        for (PreparedStatement p : detail.values()) {
            p.close();
        }
    }

    public long entries() {
        return entries;
    }

    /** Rows in the kinds' tables (one per entry). */
    public long details() {
        return details;
    }

    /** Customer rows: written at {@link #finish}, counted from then. */
    public long customers() {
        return customerRows;
    }

    public long auditRows() {
        return auditRows;
    }

    public long people() {
        return people;
    }

    /** Transactions committed so far. */
    public int commits() {
        return commits;
    }

    private void flush() throws SQLException {
        if (pending.isEmpty()) {
            return;
        }
        entry.executeBatch();
        Set<String> tables = new HashSet<>();
        for (Pending p : pending) {
            tables.add(p.table());
        }
        for (String t : tables) {
            detail.get(t).executeBatch();
        }
        long first = pending.get(0).id();
        long last = pending.get(pending.size() - 1).id();
        Map<String, String> entryContent = canonical("SELECT * FROM entry WHERE id BETWEEN ? AND ?", first, last, "id");
        Map<String, String> detailContent = new HashMap<>(pending.size() * 2);
        for (String t : tables) {
            detailContent.putAll(canonical("SELECT * FROM " + t + " WHERE entry_id BETWEEN ? AND ?", first, last, "entry_id"));
        }
        for (Pending p : pending) {
            String key = Long.toString(p.id());
            appendAudit(p.recordedAt(), p.recordedBy(), "entry", key, entryContent.get(key));
            appendAudit(p.recordedAt(), p.recordedBy(), p.table(), key, detailContent.get(key));
        }
        audit.executeBatch();
        entries += pending.size();
        details += pending.size();
        sinceCommit += pending.size();
        pending.clear();
        if (sinceCommit >= commitEvery) {
            c.commit();
            commits++;
            sinceCommit = 0;
        }
    }

    private void appendAudit(LocalDateTime at, String actor, String table, String key, String canonical) throws SQLException {
        if (canonical == null) {
            throw new IllegalStateException("audit: no row " + table + "#" + key);
        }
        String content = AuditLog.sha256(canonical);
        String hash = AuditLog.sha256(prev + "|" + table + "|" + key + "|" + content);
        audit.setLong(1, ++seq);
        audit.setObject(2, at);
        audit.setString(3, actor);
        audit.setString(4, table);
        audit.setString(5, key);
        audit.setString(6, content);
        audit.setString(7, prev);
        audit.setString(8, hash);
        audit.addBatch();
        prev = hash;
        auditRows++;
    }

    /** The rows a query gives, key column → the canonical text {@code AuditLog} hashes (columns by name, nulls marked). */
    private Map<String, String> canonical(String sql, Object from, Object to, String keyColumn) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setObject(1, from);
            if (to != null) {
                p.setObject(2, to);
            }
            try (ResultSet rs = p.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                while (rs.next()) {
                    TreeMap<String, String> cols = new TreeMap<>();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        String v = rs.getString(i);
                        cols.put(md.getColumnLabel(i).toLowerCase(Locale.ROOT), v == null ? "\u2205" : v);
                    }
                    StringBuilder b = new StringBuilder(256);
                    cols.forEach((k, v) -> b.append(k).append('=').append(v.length()).append(':').append(v).append(';'));
                    out.put(rs.getString(keyColumn), b.toString());
                }
            }
        }
        return out;
    }

    private static String name(Entry e) {
        if (e instanceof Visit v) {
            return v.customer().name();
        } else if (e instanceof Call c) {
            return c.customer().name();
        } else if (e instanceof Prospect p) {
            return p.customer().name();
        }
        return null;
    }

    /** Binds the kind's row of entry {@code id} into its batch; returns the table. */
    private String bind(long id, Entry e) throws SQLException {
        String table;
        Object[] v;
        if (e instanceof Visit x) {
            table = "visit";
            v = new Object[] {x.by(), x.customer().name(), x.customer().phone().digits(), x.registered(), x.named().orElse(null),
                x.referredBy().map(Phone::digits).orElse(null), x.accompanied(), x.relation().map(r -> r.to().digits()).orElse(null),
                x.relation().map(r -> r.kind().name().toLowerCase(Locale.ROOT)).orElse(null), x.standInFor().orElse(null),
                x.delegated(), x.ownerAbsent(), x.purpose().name().toLowerCase(Locale.ROOT), x.friendOf().orElse(null),
                x.groupBuyer(), x.notifiedLate(), x.quarrelBy().orElse(null)};
        } else if (e instanceof Call x) {
            table = "phone_call";
            v = new Object[] {x.by(), x.customer().name(), x.customer().phone().digits()};
        } else if (e instanceof FollowUp x) {
            table = "follow_up";
            v = new Object[] {x.by(), x.customer().digits()};
        } else if (e instanceof Report x) {
            table = "channel_report";
            v = new Object[] {x.by(), x.name(), x.masked().toString(), x.expected()};
        } else if (e instanceof Prospect x) {
            table = "prospect";
            v = new Object[] {x.by(), x.customer().name(), x.customer().phone().digits(), x.businessType().orElse(null)};
        } else if (e instanceof Deal x) {
            table = "deal";
            v = new Object[] {x.by(), x.customer().digits(), x.stage().name().toLowerCase(Locale.ROOT), x.amount(), x.knowing(),
                x.developerRelation()};
        } else if (e instanceof Assist x) {
            table = "assist";
            v = new Object[] {x.by(), x.customer().digits(), x.major(), x.knowing()};
        } else if (e instanceof Confirm x) {
            table = "owner_confirm";
            v = new Object[] {x.by(), x.customer().digits()};
        } else if (e instanceof Complaint x) {
            table = "complaint";
            v = new Object[] {x.customer().digits(), x.reassignTo()};
        } else if (e instanceof Assign x) {
            table = "assignment";
            v = new Object[] {x.customer().digits(), x.to(), x.by()};
        } else if (e instanceof Leave x) {
            table = "departure";
            v = new Object[] {x.by()};
        } else {
            throw new IllegalArgumentException("unknown entry " + e);
        }
        PreparedStatement p = detail.get(table);
        p.setLong(1, id);
        for (int i = 0; i < v.length; i++) {
            p.setObject(i + 2, v[i]);
        }
        p.addBatch();
        return table;
    }

    /**
     * Writes the customer cache of a freshly loaded office from one replay's standings, as
     * {@code CustomerCache.write} would for an office opened on it (same columns and values), in phone order
     * (appending to the primary key), in batches of {@code batch} rows and one transaction. Returns the rows written.
     */
    public static long cache(Connection c, java.util.Collection<Standing> standings, int batch) throws SQLException {
        List<Standing> sorted = new ArrayList<>(standings);
        sorted.sort(java.util.Comparator.comparing(Standing::phone));
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        long n = 0;
        try (PreparedStatement p = c.prepareStatement("INSERT INTO customer_state(phone, group_key, owner, protected_until, "
                + "tracking_until, dealt, last_owner) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Standing s : sorted) {
                p.setString(1, s.phone());
                p.setString(2, s.groupKey());
                p.setString(3, s.owner().orElse(null));
                p.setTimestamp(4, s.until().map(Timestamp::valueOf).orElse(null));
                p.setTimestamp(5, s.trackingUntil().map(Timestamp::valueOf).orElse(null));
                p.setBoolean(6, s.dealt());
                p.setString(7, s.lastOwner().orElse(null));
                p.addBatch();
                if (++n % batch == 0) {
                    p.executeBatch();
                }
            }
            p.executeBatch();
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
        return n;
    }
}
