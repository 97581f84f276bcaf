package org.anchang.office;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.anchang.customer.Phone;
import org.anchang.rules.Standing;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The {@code customer_state} table: each customer's standing as the judge's replay left it. Derived data:
 * written in the same transaction as the entries it follows from, rebuilt from a replay at will.
 */
public final class CustomerCache {

    private CustomerCache() {
    }

    static void write(Handle h, Map<String, Standing> changed) {
        if (changed.isEmpty()) {
            return;
        }
        PreparedBatch b = h.prepareBatch("MERGE INTO customer_state c USING (VALUES (:phone, :grp, :owner, :until, :tracking, :dealt, :last)) "
                + "AS v(phone, group_key, owner, protected_until, tracking_until, dealt, last_owner) ON c.phone = v.phone "
                + "WHEN MATCHED THEN UPDATE SET group_key = v.group_key, owner = v.owner, protected_until = v.protected_until, "
                + "tracking_until = v.tracking_until, dealt = v.dealt, last_owner = v.last_owner "
                + "WHEN NOT MATCHED THEN INSERT (phone, group_key, owner, protected_until, tracking_until, dealt, last_owner) "
                + "VALUES (v.phone, v.group_key, v.owner, v.protected_until, v.tracking_until, v.dealt, v.last_owner)");
        for (Standing s : changed.values()) {
            b.bind("phone", s.phone()).bind("grp", s.groupKey()).bind("owner", s.owner().orElse(null))
                    .bind("until", ts(s.until())).bind("tracking", ts(s.trackingUntil())).bind("dealt", s.dealt())
                    .bind("last", s.lastOwner().orElse(null)).add();
        }
        b.execute();
    }

    static Map<String, Standing> load(Handle h) {
        Map<String, Standing> out = new HashMap<>();
        h.createQuery("SELECT * FROM customer_state").map((rs, ctx) -> read(rs)).forEach(s -> out.put(s.phone(), s));
        return out;
    }

    /** A customer's cached standing, read as of now by the judge's own lapse rule (owner, protection, group). */
    public static Optional<Standing> standing(Handle h, Phone phone, LocalDateTime now) {
        return h.createQuery("SELECT * FROM customer_state WHERE phone = :p").bind("p", phone.digits())
                .map((rs, ctx) -> read(rs)).findFirst().map(s -> s.at(now));
    }

    /** The cached standings of these phones, each read as of now (as {@link #standing}); phones without a row are left out. */
    static Map<String, Standing> standings(Handle h, java.util.List<String> phones, LocalDateTime now) {
        Map<String, Standing> out = new HashMap<>();
        h.createQuery("SELECT * FROM customer_state WHERE phone IN (<p>)").bindList("p", phones).map((rs, ctx) -> read(rs))
                .forEach(s -> out.put(s.phone(), s.at(now)));
        return out;
    }

    private static Standing read(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Standing(rs.getString("phone"), rs.getString("group_key"), Optional.ofNullable(rs.getString("owner")),
                time(rs.getTimestamp("protected_until")), time(rs.getTimestamp("tracking_until")), rs.getBoolean("dealt"),
                Optional.ofNullable(rs.getString("last_owner")));
    }

    private static Optional<LocalDateTime> time(Timestamp t) {
        return t == null ? Optional.empty() : Optional.of(t.toLocalDateTime());
    }

    private static Timestamp ts(Optional<LocalDateTime> t) {
        return t.map(Timestamp::valueOf).orElse(null);
    }
}
