package org.anchang.office;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anchang.customer.Phone;
import org.anchang.register.Entry;
import org.anchang.register.Leave;
import org.anchang.register.Recorded;
import org.anchang.register.Report;
import org.anchang.register.Visit;
import org.anchang.rules.Policy;
import org.anchang.rules.Replay;
import org.anchang.store.EntryStore;
import org.jdbi.v3.core.Handle;

/**
 * The register rows one or more customer groups need for the judge to replay them alone: the groups' own
 * entries, and those of the customers the judge looks at while applying them — a referrer's group (REF),
 * the other customers a masked report may stand for (REG-6) — a few links deep, plus every departure
 * (OWN-3), with the corrections and withdrawals of all of them (REG-5).
 */
final class GroupEntries {

    /** How many links away from the groups the judge may look; referral chains deeper than this are rare. */
    private static final int ROUNDS = 3;

    final Set<String> members;
    /** Every row gathered, superseded ones and withdrawals included, by number. */
    final Map<Long, Recorded> rows = new HashMap<>();

    private GroupEntries(Set<String> members) {
        this.members = members;
    }

    /** Gathers the rows for the groups whose phones are {@code members}. */
    static GroupEntries gather(Handle h, Set<String> members) {
        GroupEntries g = new GroupEntries(Set.copyOf(members));
        Set<String> phones = new HashSet<>(members);
        Set<String> asked = new HashSet<>();
        for (int round = 0; round < ROUNDS; round++) {
            Set<String> fresh = new HashSet<>(phones);
            fresh.removeAll(asked);
            if (fresh.isEmpty()) {
                break;
            }
            asked.addAll(fresh);
            Set<Long> ids = EntryStore.about(h, fresh);
            ids.removeAll(g.rows.keySet());
            List<Recorded> found = EntryStore.byIds(h, ids);
            Set<String> related = new HashSet<>();
            for (Recorded r : found) {
                g.rows.put(r.id(), r);
                r.entry().ifPresent(e -> related.addAll(phonesNamed(h, e)));
            }
            related.removeAll(phones);
            phones.addAll(groupsOf(h, related));
        }
        return g;
    }

    /** The phones an entry makes the judge look at: its customer, a referrer, a relation, a masked report's matches. */
    private static Set<String> phonesNamed(Handle h, Entry e) {
        Set<String> out = new HashSet<>();
        e.phone().ifPresent(p -> out.add(p.digits()));
        if (e instanceof Visit v) {
            v.referredBy().ifPresent(p -> out.add(p.digits()));
            v.relation().ifPresent(rel -> out.add(rel.to().digits()));
        } else if (e instanceof Report r && r.masked().isMasked()) {
            out.addAll(h.createQuery("SELECT phone FROM customer WHERE phone LIKE :like AND LENGTH(phone) = 11")
                    .bind("like", r.masked().prefix() + "%" + r.masked().suffix()).mapTo(String.class).list());
        }
        return out;
    }

    /** The phones of the groups these phones belong to (the judge's own grouping, REG-3/4). */
    static Set<String> groupsOf(Handle h, Set<String> phones) {
        Set<String> out = new HashSet<>(phones);
        if (phones.isEmpty()) {
            return out;
        }
        out.addAll(h.createQuery("SELECT phone FROM customer_state WHERE group_key IN "
                + "(SELECT group_key FROM customer_state WHERE phone IN (<p>))").bindList("p", List.copyOf(phones))
                .mapTo(String.class).list());
        return out;
    }

    /** Whether the entry is about one of the groups: its customer is a member, or a masked report may be one. */
    boolean isAbout(Entry e) {
        return about(e, members);
    }

    static boolean about(Entry e, Set<String> phones) {
        if (e instanceof Report r && r.masked().isMasked()) {
            return phones.stream().map(Phone::new).anyMatch(r.masked()::matches);
        }
        return e.phone().map(p -> phones.contains(p.digits())).orElse(false);
    }

    /** The rows that stand (neither withdrawals nor superseded), in the judge's order: time, then number. */
    List<Recorded> effective() {
        Set<Long> superseded = new HashSet<>();
        rows.values().forEach(r -> r.supersedes().ifPresent(superseded::add));
        List<Recorded> out = new ArrayList<>();
        for (Recorded r : rows.values()) {
            if (!r.isWithdrawal() && !superseded.contains(r.id())) {
                out.add(r);
            }
        }
        out.sort(Ledger.ORDER);
        return out;
    }

    /**
     * The judge's replay of the rows up to {@code now}. With {@code trail}, only the groups' own entries and
     * departures write trail lines; the related customers' entries are applied quietly.
     */
    Replay replay(Policy policy, Map<String, String> names, LocalDateTime now, boolean trail) {
        Replay replay = new Replay(policy, names, trail);
        for (Recorded r : effective()) {
            Entry e = r.entry().orElseThrow();
            if (e.at().isAfter(now)) {
                continue;
            }
            if (!trail || e instanceof Leave || isAbout(e)) {
                replay.apply(e);
            } else {
                replay.applyQuietly(e);
            }
        }
        return replay;
    }

    /** The groups' own standing entries up to {@code now}, in time order (for the lifecycle, GRD-2). */
    List<Entry> own(LocalDateTime now) {
        return effective().stream().map(r -> r.entry().orElseThrow()).filter(e -> !e.at().isAfter(now) && isAbout(e)).toList();
    }

    /** The same, for one group's phones. */
    List<Entry> own(Set<String> group, LocalDateTime now) {
        return own(now).stream().filter(e -> about(e, group)).toList();
    }
}
