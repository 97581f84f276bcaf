package org.anchang.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.LongConsumer;
import org.anchang.register.Assign;
import org.anchang.register.Assist;
import org.anchang.register.Call;
import org.anchang.register.Confirm;
import org.anchang.register.Deal;
import org.anchang.register.Entry;
import org.anchang.register.FollowUp;
import org.anchang.register.Prospect;
import org.anchang.register.Report;
import org.anchang.register.Visit;
import org.anchang.rules.Policy;
import org.anchang.rules.Replay;
import org.anchang.rules.Standing;
import org.anchang.store.BulkLoad;
import org.anchang.store.Database;
import org.jdbi.v3.core.Handle;

/**
 * A synthetic office year ({@link OfficeYear}) put into an empty office database, for {@code bench store}:
 * the people, then the register streamed from the generator into a {@link BulkLoad} (entries, kinds' rows,
 * customers, audit rows) and, entry by entry in the same order, into one {@link Replay} with the trail off;
 * then the customer cache from that replay's {@link Replay#standings()}. The entries are typed in time order,
 * so their numbers follow the order the office's ledger replays them in (time, then number) and the cache is
 * what an office opened on this database computes.
 *
 * <p>Nothing of the register is held in memory but the current chunk, the set of phones seen and the replay.
 */
public final class OfficeFill {

    /** Entries per batch (and per audit read-back). */
    public static final int CHUNK = 5_000;
    /** Entries per transaction. */
    public static final int COMMIT_EVERY = 250_000;
    /** Customer cache rows per batch. */
    public static final int CACHE_BATCH = 5_000;

    private OfficeFill() {
    }

    /**
     * What was loaded and how long it took. {@code sample} holds up to the requested number of customer
     * phones, drawn uniformly from all customers the register introduced (reservoir sampling).
     */
    public record Result(long entries, long details, long customers, long auditRows, long people, int commits, long loadNanos,
            long replayNanos, long generateNanos, long standingsNanos, long cacheRows, long cacheNanos, Map<String, Integer> mix,
            List<String> departed, List<String> sample) {
    }

    /** Entries between two calls of the progress callback. */
    public static final int PROGRESS_EVERY = 1_000_000;

    /**
     * Fills the empty office {@code db} with the year {@code spec} judged under {@code policy}; {@code progress}
     * hears the number of entries loaded every {@link #PROGRESS_EVERY}.
     */
    public static Result fill(Database db, OfficeYear.Spec spec, Policy policy, int sampleSize, long sampleSeed,
            LongConsumer progress) {
        Map<String, String> names = OfficeYear.names(spec);
        LocalDateTime opened = LocalDateTime.of(spec.year(), 1, 1, 8, 0);
        try (Handle h = db.jdbi().open()) {
            Connection c = h.getConnection();
            long t0 = System.nanoTime();
            BulkLoad load = new BulkLoad(c, CHUNK, COMMIT_EVERY);
            load.person(OfficeYear.MANAGER, names.get(OfficeYear.MANAGER), "manager", opened, "setup");
            for (var n : names.entrySet()) {
                if (!n.getKey().equals(OfficeYear.MANAGER)) {
                    load.person(n.getKey(), n.getValue(), "consultant", opened, OfficeYear.MANAGER);
                }
            }
            Replay replay = new Replay(policy, names, false);
            long[] replayNanos = {0};
            long[] loadNanos = {System.nanoTime() - t0};
            long[] introduced = {0};
            List<String> sample = new ArrayList<>(sampleSize);
            SplittableRandom rnd = new SplittableRandom(sampleSeed);
            Map<String, Integer> mix = new LinkedHashMap<>();
            OfficeYear.KINDS.forEach(k -> mix.put(k, 0));
            long[] streamed = {0};
            List<String> departed = OfficeYear.stream(spec, e -> {
                long a = System.nanoTime();
                try {
                    // typed when it happened, by the consultant it names (the manager for what names none)
                    if (load.add(e, e.at(), typist(e))) {
                        long seen = ++introduced[0];
                        String phone = e.phone().orElseThrow().digits();
                        if (sample.size() < sampleSize) {
                            sample.add(phone);
                        } else {
                            long j = rnd.nextLong(seen);
                            if (j < sampleSize) {
                                sample.set((int) j, phone);
                            }
                        }
                    }
                } catch (SQLException x) {
                    throw new IllegalStateException("bulk load failed: " + x.getMessage(), x);
                }
                loadNanos[0] += System.nanoTime() - a;
                mix.merge(e.kind(), 1, Integer::sum);
                long r = System.nanoTime();
                replay.apply(e);
                replayNanos[0] += System.nanoTime() - r;
                if (++streamed[0] % PROGRESS_EVERY == 0) {
                    progress.accept(streamed[0]);
                }
            });
            long f = System.nanoTime();
            load.finish();
            long generateNanos = f - t0 - loadNanos[0] - replayNanos[0]; // what the stream spent outside the sink
            loadNanos[0] += System.nanoTime() - f;

            long t1 = System.nanoTime();
            Map<String, Standing> standings = replay.standings();
            long t2 = System.nanoTime();
            long cacheRows = BulkLoad.cache(c, standings.values(), CACHE_BATCH);
            long cacheNanos = System.nanoTime() - t2;
            return new Result(load.entries(), load.details(), load.customers(), load.auditRows(), load.people(), load.commits(),
                    loadNanos[0], replayNanos[0], generateNanos, t2 - t1, cacheRows, cacheNanos, mix, departed, sample);
        } catch (SQLException e) {
            throw new IllegalStateException("bulk load failed: " + e.getMessage(), e);
        }
    }

    /** Who typed an entry: the consultant it is by, else the manager. */
    static String typist(Entry e) {
        if (e instanceof Visit v) {
            return v.by();
        } else if (e instanceof Call c) {
            return c.by();
        } else if (e instanceof FollowUp f) {
            return f.by();
        } else if (e instanceof Report r) {
            return r.by();
        } else if (e instanceof Prospect p) {
            return p.by();
        } else if (e instanceof Deal d) {
            return d.by();
        } else if (e instanceof Assist a) {
            return a.by();
        } else if (e instanceof Confirm c) {
            return c.by();
        } else if (e instanceof Assign a) {
            return a.by();
        }
        return OfficeYear.MANAGER; // a complaint, a departure: the manager records them
    }
}
