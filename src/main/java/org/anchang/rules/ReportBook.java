package org.anchang.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.anchang.customer.MaskedPhone;

/**
 * Channel reports 报备 waiting for their customer's visit (RPT-1..5), indexed by the phone or by the
 * masked key {@code 138*88888}, so that a visit finds its report without a scan.
 */
final class ReportBook {

    /** One report and what became of it. */
    static final class Pending {
        final String agent;
        final String name;
        final MaskedPhone masked;
        final long at;
        final long until;
        /** False where the regime judges no reports: kept only to be shown. */
        final boolean judged;
        boolean used;
        boolean ambiguous;
        boolean counted;

        Pending(String agent, String name, MaskedPhone masked, long at, long until, boolean judged) {
            this.agent = agent;
            this.name = name;
            this.masked = masked;
            this.at = at;
            this.until = until;
            this.judged = judged;
        }

        ReportSeen seen() {
            return new ReportSeen(agent, name, masked.toString(), Span.time(at),
                    judged && until != Span.FOREVER ? java.util.Optional.of(Span.time(until)) : java.util.Optional.empty(), judged,
                    used, ambiguous);
        }
    }

    private final Map<String, List<Pending>> byKey = new HashMap<>();
    /** The masked reports again, by {@link MaskIndex#key}, so that a visit finds them without building a string. */
    private final Map<Integer, List<Pending>> byMask = new HashMap<>();
    private final Map<String, Integer> failures = new HashMap<>();
    private final Set<String> publicNumbers = new HashSet<>();
    private final MaskIndex mobiles = new MaskIndex();

    static String key(MaskedPhone m) {
        return m.isMasked() ? m.prefix() + "*" + m.suffix() : m.whole().orElseThrow().digits();
    }

    void index(GroupState.Member m) {
        mobiles.add(MaskIndex.key(m.phone), m);
    }

    /** Known customers a report may stand for (REG-6). */
    List<GroupState.Member> matches(MaskedPhone m, Map<String, GroupState.Member> byPhone) {
        if (!m.isMasked()) {
            GroupState.Member one = byPhone.get(key(m));
            return one == null ? List.of() : List.of(one);
        }
        return mobiles.get(MaskIndex.key(m.prefix(), m.suffix()));
    }

    /** Counts the reports under {@code key} that lapsed unused by {@code now}; returns the run of failures (RPT-5). */
    int failures(String key, long now) {
        for (Pending p : byKey.getOrDefault(key, List.of())) {
            if (!p.used && !p.counted && p.until <= now) {
                p.counted = true;
                failures.merge(key, 1, Integer::sum);
            }
        }
        return failures.getOrDefault(key, 0);
    }

    boolean isPublic(String key) {
        return publicNumbers.contains(key);
    }

    void makePublic(String key) {
        publicNumbers.add(key);
    }

    /**
     * Keeps a report that the regime does not judge (reportValidity none). Such a regime never asks the book for
     * a valid report ({@link Replay} guards every call), so these are only ever shown, never counted.
     */
    void remember(String key, Pending p) {
        add(key, p);
    }

    /** Every report that may stand for {@code phone}: made with that whole phone, or masked to match it (REG-6). */
    List<Pending> about(String phone) {
        List<Pending> out = new ArrayList<>(byKey.getOrDefault(phone, List.of()));
        int mk = MaskIndex.key(phone);
        if (mk >= 0) {
            out.addAll(byMask.getOrDefault(mk, List.of()));
        }
        return out;
    }

    /** The reports made with exactly this masked phone. */
    List<Pending> under(MaskedPhone m) {
        return byKey.getOrDefault(key(m), List.of());
    }

    void add(String key, Pending p) {
        byKey.computeIfAbsent(key, x -> new ArrayList<>(1)).add(p);
        if (p.masked.isMasked()) {
            byMask.computeIfAbsent(MaskIndex.key(p.masked.prefix(), p.masked.suffix()), x -> new ArrayList<>(1)).add(p);
        }
    }

    /** A valid report still waiting for another agent's customer under the same key (RPT-3 「无重复」). */
    Optional<Pending> valid(String key, long now) {
        return byKey.getOrDefault(key, List.of()).stream()
                .filter(p -> !p.used && !p.ambiguous && p.at <= now && now < p.until).findFirst();
    }

    /** The earliest valid report for a visiting customer's phone, used up by the visit (RPT-3). */
    Optional<Pending> takeFor(String phone, long now) {
        if (byKey.isEmpty()) {
            return Optional.empty();
        }
        Pending best = earliest(byKey.get(phone), now, null);
        int mk = MaskIndex.key(phone);
        if (mk >= 0 && !byMask.isEmpty()) {
            best = earliest(byMask.get(mk), now, best);
        }
        if (best != null) {
            best.used = true;
            failures.remove(key(best.masked));
        }
        return Optional.ofNullable(best);
    }

    private static Pending earliest(List<Pending> list, long now, Pending best) {
        if (list == null) {
            return best;
        }
        for (Pending p : list) {
            if (!p.used && !p.ambiguous && p.at <= now && now < p.until && (best == null || p.at < best.at)) {
                best = p;
            }
        }
        return best;
    }
}
