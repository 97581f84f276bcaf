package org.anchang.office;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.anchang.register.Entry;
import org.anchang.register.Recorded;
import org.anchang.rules.Policy;
import org.anchang.rules.Replay;
import org.anchang.rules.Standing;

/**
 * The office's registers in memory and the judge's replay of them. New rows are applied as they come
 * when they are later than everything applied; a correction, a withdrawal or an earlier-dated row (the
 * clerk's end-of-day entry) replays everything again, which the judge does in milliseconds.
 */
final class Ledger {

    private final List<Recorded> all = new ArrayList<>();
    private long lastId;
    private Policy policy;
    private Map<String, String> names = Map.of();
    private Replay replay;
    private LocalDateTime lastApplied = LocalDateTime.MIN;
    private boolean rebuilt;
    private Map<String, Standing> standings = new HashMap<>();

    /** Starts the comparison from what the cache table holds, so that opening writes only differences. */
    void seed(Map<String, Standing> cached) {
        standings = new HashMap<>(cached);
    }

    long lastId() {
        return lastId;
    }

    /** Takes rows newer than {@link #lastId}; returns whether anything changed. */
    boolean take(List<Recorded> rows, Policy policy, Map<String, String> names) {
        boolean rebuild = replay == null || !policy.equals(this.policy) || !names.equals(this.names);
        for (Recorded r : rows) {
            all.add(r);
            lastId = Math.max(lastId, r.id());
            if (r.supersedes().isPresent() || r.isWithdrawal() || r.at().isBefore(lastApplied)) {
                rebuild = true;
            }
        }
        this.policy = policy;
        this.names = names;
        // Kept until changedStandings() has compared everything (a reader may take rows before the next write).
        rebuilt = rebuilt || rebuild;
        if (rebuild) {
            replay = new Replay(policy, names, false);
            lastApplied = LocalDateTime.MIN;
            effective().forEach(this::apply);
        } else {
            rows.stream().sorted(ORDER).forEach(r -> apply(r.entry().orElseThrow()));
        }
        return rebuild || !rows.isEmpty();
    }

    private void apply(Entry e) {
        replay.apply(e);
        if (e.at().isAfter(lastApplied)) {
            lastApplied = e.at();
        }
    }

    /** Equal times keep the order they were recorded in, as CASE-FORMAT.md keeps file order. */
    static final Comparator<Recorded> ORDER = Comparator.comparing(Recorded::at).thenComparingLong(Recorded::id);

    /** The entries that stand: neither superseded by a correction nor withdrawals themselves, in replay order. */
    List<Entry> effective() {
        return effective(all);
    }

    /** The entries of {@code rows} that stand (REG-5), in replay order. */
    static List<Entry> effective(List<Recorded> rows) {
        Set<Long> superseded = new HashSet<>();
        rows.forEach(r -> r.supersedes().ifPresent(superseded::add));
        return rows.stream().filter(r -> !r.isWithdrawal() && !superseded.contains(r.id())).sorted(ORDER)
                .map(r -> r.entry().orElseThrow()).toList();
    }

    /** The standing rows with their numbers, in replay order (the dispute wizard's dossier keeps the numbers). */
    List<Recorded> effectiveRecorded() {
        Set<Long> superseded = new HashSet<>();
        all.forEach(r -> r.supersedes().ifPresent(superseded::add));
        return all.stream().filter(r -> !r.isWithdrawal() && !superseded.contains(r.id())).sorted(ORDER).toList();
    }

    boolean isSuperseded(long id) {
        return all.stream().anyMatch(r -> r.supersedes().filter(s -> s == id).isPresent());
    }

    java.util.Optional<Recorded> find(long id) {
        return all.stream().filter(r -> r.id() == id).findFirst();
    }

    /** Standings that differ from the last call's, and the new ones; updates what the next call compares with. */
    Map<String, Standing> changedStandings() {
        boolean all = rebuilt;
        rebuilt = false;
        if (!all) {
            // Only the groups the new entries touched can have changed.
            Map<String, Standing> touched = replay.touchedStandings();
            Map<String, Standing> changed = new HashMap<>();
            touched.forEach((phone, s) -> {
                if (!Objects.equals(standings.get(phone), s)) {
                    changed.put(phone, s);
                }
            });
            standings.putAll(changed);
            return changed;
        }
        Map<String, Standing> next = new HashMap<>(replay.standings());
        // A phone that only a withdrawn entry named is nobody's now; it keeps a row saying so.
        standings.keySet().stream().filter(phone -> !next.containsKey(phone)).forEach(phone -> next.put(phone,
                new Standing(phone, phone, java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(), false,
                        java.util.Optional.empty())));
        Map<String, Standing> changed = new HashMap<>();
        next.forEach((phone, s) -> {
            if (!Objects.equals(standings.get(phone), s)) {
                changed.put(phone, s);
            }
        });
        standings = next;
        return changed;
    }

    Map<String, Standing> standings() {
        return standings;
    }

    Replay replay() {
        return replay;
    }
}
