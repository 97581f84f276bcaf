package org.anchang.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.anchang.bench.OfficeFill;
import org.anchang.bench.OfficeYear;
import org.anchang.customer.Phone;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.anchang.office.CollisionCheck;
import org.anchang.office.CustomerCache;
import org.anchang.office.Office;
import org.anchang.rules.Owner;
import org.anchang.rules.Policy;
import org.anchang.rules.Presets;
import org.anchang.rules.Standing;
import org.anchang.store.Database;
import org.jdbi.v3.core.Jdbi;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench store}: how much dearer the collision check a register form makes for a typed phone (the
 * customer's cached owner, protection and group, {@link CustomerCache#standing}) is than a bare primary-key
 * SELECT of one {@code customer} row, in a big office. Generates a synthetic office year ({@link OfficeYear},
 * default 1,000,000 customers and 5,000,000 register rows) into a temporary office database with a bulk loader
 * ({@link OfficeFill}), reports the load's speed and the file's size, reopens the database as the office opens
 * it, then times both lookups per call — each through a handle of the office's {@link Jdbi}, as
 * {@code Office.read} gives a form — warmed up first, then interleaved (alternating which goes first) over the
 * same random phones, most of them customers, some unknown. Then (unless {@code --no-office}) it opens the office
 * as the desk opens it and times the register form's own collision check, {@link CollisionCheck#check}, on the same
 * phones. The last line is {@code ratio=<p99 check / p99 bare>}.
 */
@Command(name = "store", description = "案场数据库基准:批量生成客户与登记,比较撞单查询与按主键查一行的耗时,末行 ratio=<撞单p99/主键p99>")
public final class BenchStore implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--seed", description = "随机种子(默认 ${DEFAULT-VALUE})")
    long seed = OfficeYear.Spec.DEFAULT_SEED;

    @Option(names = "--customers", description = "客户数(默认 ${DEFAULT-VALUE})")
    int customers = 1_000_000;

    @Option(names = "--rows", description = "登记条数(默认 ${DEFAULT-VALUE})")
    int rows = 5_000_000;

    @Option(names = "--consultants", description = "置业顾问数(默认 ${DEFAULT-VALUE})")
    int consultants = 30;

    @Option(names = "--lookups", description = "计时的已有客户查询次数,每种查询各一次(默认 ${DEFAULT-VALUE})")
    int lookups = 20_000;

    @Option(names = "--unknown", description = "另加计时的未登记号码查询次数(默认 ${DEFAULT-VALUE})")
    int unknown = 2_000;

    @Option(names = "--warmup", description = "预热查询次数,每种查询各一次(默认 ${DEFAULT-VALUE})")
    int warmup = 5_000;

    @Option(names = "--dir", paramLabel = "DIR", description = "临时数据库放在此目录下(默认系统临时目录)")
    Path parent;

    @Option(names = "--keep", description = "结束后保留临时数据库")
    boolean keep;

    @Option(names = "--no-office", description = "不打开案场计时撞单预警(打开时须将全部登记重放进内存)")
    boolean noOffice;

    /** Where the results go, so that the JIT cannot prove them unused. */
    private static volatile long sink;

    private static final Policy POLICY = Presets.get(Presets.DEFAULT).orElseThrow();

    private record CustomerRow(String phone, String name, Timestamp firstSeen) {
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (lookups < 1 || unknown < 0 || warmup < 0) {
            throw new BadInputException("--lookups 至少为 1, --unknown 与 --warmup 不能为负");
        }
        OfficeYear.Spec want;
        try {
            want = new OfficeYear.Spec(seed, rows, customers, consultants, 2025);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        if (parent != null && !Files.isDirectory(parent)) {
            throw new BadInputException("--dir: 目录不存在: " + parent);
        }
        Path dir = parent == null ? Files.createTempDirectory("anchang-bench-store-")
                : Files.createTempDirectory(parent, "anchang-bench-store-");
        try {
            return run(out, want, dir);
        } finally {
            if (!keep) {
                delete(dir);
            }
        }
    }

    private int run(PrintWriter out, OfficeYear.Spec want, Path dir) {
        Path file = dir.resolve("office.mv.db");
        out.printf(Locale.ROOT, "bench store  seed=%d  year=%d  policy=%s (%s)%n", seed, want.year(), POLICY.id(), POLICY.title());
        out.printf(Locale.ROOT, "office: %s  (%s)%n", dir, keep ? "kept: --keep" : "deleted at the end; --keep keeps it");
        out.flush();

        // ---- the load ----
        OfficeFill.Result r;
        try (Database db = Database.openFile(dir, Database.Durability.FLUSH)) {
            long t0 = System.nanoTime();
            r = OfficeFill.fill(db, want, POLICY, lookups + warmup, seed, n -> {
                out.printf(Locale.ROOT, "  ... %d entries streamed, %.0f s%n", n, (System.nanoTime() - t0) / 1e9);
                out.flush();
            });
            out.printf(Locale.ROOT, "generated: rows=%d  customers=%d  consultants=%d (left during the year: %s)  generate_ms=%.0f "
                    + "(streamed, not held)%n", r.entries(), customers, consultants, String.join(", ", r.departed()), r.generateNanos() / 1e6);
            StringBuilder mix = new StringBuilder("mix:");
            r.mix().forEach((k, v) -> mix.append(' ').append(k).append('=').append(v));
            out.println(mix);
            out.printf(Locale.ROOT, "load: JDBC batches of %d entries, a commit every %d entries (%d transactions), entry numbers "
                    + "given by the loader in time order, identity restarted past them%n", OfficeFill.CHUNK, OfficeFill.COMMIT_EVERY,
                    r.commits());
            out.println("load writes per entry what RegisterDesk.record writes: entry row + kind's row + 2 audit rows (hash chain "
                    + "computed in bulk from the rows read back, as AuditLog.append hashes them) + a customer row per new phone (these "
                    + "at the end, in phone order)");
            out.println("load skips vs the per-action path: office_lock update, RegisterDesk checks (staff exist, not in the future), "
                    + "per-write catch-up + replay + cache MERGE, CHECKPOINT SYNC per write; no corrections or withdrawals");
            long all = r.entries() + r.details() + r.customers() + r.auditRows() + r.people(); // auditRows counts the people's too
            double loadS = r.loadNanos() / 1e9;
            out.printf(Locale.ROOT, "rows written: entry=%d  kind tables=%d  customer=%d  audit=%d  consultant=%d  (all=%d)%n",
                    r.entries(), r.details(), r.customers(), r.auditRows(), r.people(), all);
            out.printf(Locale.ROOT, "  generated customers without a customer row: %d (named by no entry with the whole phone: only "
                    + "by masked channel reports 138***88888, or by nothing)%n", customers - r.customers());
            out.printf(Locale.ROOT, "load_ms=%.0f  (JDBC time only: batches, audit read-back and hashing, commits; excludes "
                    + "generation and replay)%n", r.loadNanos() / 1e6);
            out.printf(Locale.ROOT, "register_rows_per_s=%.0f  (entries)  all_rows_per_s=%.0f  (every row above)%n", r.entries() / loadS,
                    all / loadS);
            out.printf(Locale.ROOT, "replay_ms=%.0f  (one Replay, trail off, fed every entry in load order)  standings_ms=%.0f  "
                    + "(Replay.standings())%n", r.replayNanos() / 1e6, r.standingsNanos() / 1e6);
            out.printf(Locale.ROOT, "cache_rows=%d  cache_ms=%.0f  cache_rows_per_s=%.0f  (customer_state INSERT in phone order, "
                    + "batches of %d, one transaction)%n", r.cacheRows(), r.cacheNanos() / 1e6, r.cacheRows() / (r.cacheNanos() / 1e9),
                    OfficeFill.CACHE_BATCH);
            out.printf(Locale.ROOT, "  customer rows without a cache row: %d (phones the replay puts in no group, e.g. known only "
                    + "from a channel report with the whole phone); the check finds no standing for them%n", r.customers() - r.cacheRows());
            out.printf(Locale.ROOT, "file_mb=%.1f  (office.mv.db after the load, as is; %s)%n", size(file), fill(db));
            db.jdbi().useHandle(h -> h.execute("CHECKPOINT"));
            out.printf(Locale.ROOT, "file_mb_after_checkpoint=%.1f%n", size(file));
            out.flush();
        }
        out.printf(Locale.ROOT, "file_mb_after_close=%.1f  (H2 compacts for at most a moment when the last connection closes)%n",
                size(file));

        // ---- the lookups ----
        LocalDateTime now = LocalDate.of(want.year(), 12, 31).atTime(23, 59);
        List<String> known = new ArrayList<>(r.sample());
        Collections.shuffle(known, new Random(seed));
        if (known.isEmpty()) {
            throw new IllegalStateException("the office has no customers");
        }
        Random rnd = new Random(seed + 1);
        List<String> timed = new ArrayList<>(lookups + unknown);
        for (int i = 0; i < lookups; i++) {
            timed.add(known.get(i % known.size()));
        }
        for (int i = 0; i < unknown; i++) {
            timed.add(unknownPhone(rnd));   // OfficeYear never deals 147 numbers
        }
        Collections.shuffle(timed, rnd);
        List<String> warm = new ArrayList<>(warmup);
        for (int i = 0; i < warmup; i++) {
            warm.add(i % 10 == 9 ? unknownPhone(rnd) : known.get((lookups + i) % known.size()));
        }

        int n = timed.size();
        long[] checkNs = new long[n];
        long[] bareNs = new long[n];
        long[] checkCpu = new long[n];
        long[] bareCpu = new long[n];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        String cacheMb;
        int[] outcome = new int[6]; // standing found: consultant, POOL, HOUSE, nobody; not found; bare rows found
        try (Database db = Database.openFile(dir, Database.Durability.FLUSH)) {
            Jdbi jdbi = db.jdbi();
            cacheMb = jdbi.withHandle(h -> h.createQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS "
                    + "WHERE SETTING_NAME = 'info.CACHE_MAX_SIZE'").mapTo(String.class).findFirst().orElse("?"));
            long w0 = System.nanoTime();
            for (int i = 0; i < warm.size(); i++) {
                Phone p = new Phone(warm.get(i));
                sink += check(jdbi, p, now).map(s -> s.groupKey().length()).orElse(0);
                sink += bare(jdbi, p.digits()).map(c -> c.phone().length()).orElse(0);
            }
            long warmNanos = System.nanoTime() - w0;
            System.gc();
            for (int i = 0; i < n; i++) {
                Phone p = new Phone(timed.get(i));
                Optional<Standing> s;
                Optional<CustomerRow> c;
                if (i % 2 == 0) {
                    long ca = threads.getCurrentThreadCpuTime();
                    long a = System.nanoTime();
                    s = check(jdbi, p, now);
                    long b = System.nanoTime();
                    long cb = threads.getCurrentThreadCpuTime();
                    long b2 = System.nanoTime();
                    c = bare(jdbi, p.digits());
                    long d = System.nanoTime();
                    long cd = threads.getCurrentThreadCpuTime();
                    checkNs[i] = b - a;
                    bareNs[i] = d - b2;
                    checkCpu[i] = cb - ca;
                    bareCpu[i] = cd - cb;
                } else {
                    long ca = threads.getCurrentThreadCpuTime();
                    long a = System.nanoTime();
                    c = bare(jdbi, p.digits());
                    long b = System.nanoTime();
                    long cb = threads.getCurrentThreadCpuTime();
                    long b2 = System.nanoTime();
                    s = check(jdbi, p, now);
                    long d = System.nanoTime();
                    long cd = threads.getCurrentThreadCpuTime();
                    bareNs[i] = b - a;
                    checkNs[i] = d - b2;
                    bareCpu[i] = cb - ca;
                    checkCpu[i] = cd - cb;
                }
                outcome[kind(s)]++;
                if (c.isPresent()) {
                    outcome[5]++;
                    sink += c.get().firstSeen().getNanos();
                }
            }
            out.printf(Locale.ROOT, "timing: reopened the office file (Database.openFile, as the office opens it; H2 page cache %s MB); "
                    + "each call Jdbi.withHandle (a pooled connection, as Office.read), now=%s%n", cacheMb, now);
            out.printf(Locale.ROOT, "warm-up: %d calls of each, interleaved, %.0f ms; then %d timed pairs (%d customers drawn at "
                    + "random, %d unknown phones), shuffled, alternating which goes first%n", warm.size(), warmNanos / 1e6, n, lookups,
                    unknown);
        }
        out.printf(Locale.ROOT, "check = CustomerCache.standing(h, phone, now): SELECT * FROM customer_state WHERE phone = ?, "
                + "mapped to a Standing, lapse rule applied%n");
        out.printf(Locale.ROOT, "  found=%d (owner consultant=%d POOL=%d HOUSE=%d nobody=%d)  not found=%d%n",
                outcome[0] + outcome[1] + outcome[2] + outcome[3], outcome[0], outcome[1], outcome[2], outcome[3], outcome[4]);
        out.printf(Locale.ROOT, "bare  = SELECT * FROM customer WHERE phone = ?, mapped to (phone, name, first_seen); found=%d%n",
                outcome[5]);
        out.printf(Locale.ROOT, "check_p50_us=%.1f  check_p99_us=%.1f  (mean %.1f, max %.1f)%n", pct(checkNs, 50) / 1e3,
                pct(checkNs, 99) / 1e3, mean(checkNs) / 1e3, pct(checkNs, 100) / 1e3);
        out.printf(Locale.ROOT, "bare_p50_us=%.1f  bare_p99_us=%.1f  (mean %.1f, max %.1f)%n", pct(bareNs, 50) / 1e3,
                pct(bareNs, 99) / 1e3, mean(bareNs) / 1e3, pct(bareNs, 100) / 1e3);
        out.printf(Locale.ROOT, "  thread CPU time of the same calls (leaves out waiting for a processor and GC pauses): "
                + "check_cpu_p50_us=%.1f  check_cpu_p99_us=%.1f  bare_cpu_p50_us=%.1f  bare_cpu_p99_us=%.1f  cpu_p99_ratio=%.2f%n",
                pct(checkCpu, 50) / 1e3, pct(checkCpu, 99) / 1e3, pct(bareCpu, 50) / 1e3, pct(bareCpu, 99) / 1e3,
                (double) pct(checkCpu, 99) / pct(bareCpu, 99));
        out.printf(Locale.ROOT, "  system load average during the run: %.2f on %d processors (other work on the machine widens the "
                + "wall-clock tail)%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        out.printf(Locale.ROOT, "peak_heap_mb=%.1f  (sum over heap pools of MemoryPoolMXBean.getPeakUsage().used, whole run; -Xmx %.0f MB)%n",
                peakHeap() / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0);
        if (!noOffice) {
            collisionCheck(out, dir, now, timed, warm, bareNs);
        }
        out.printf(Locale.ROOT, "ratio=%.2f%n", (double) pct(checkNs, 99) / pct(bareNs, 99));
        out.flush();
        return 0;
    }

    /**
     * The register form's collision check as the desk makes it ({@link CollisionCheck#check}): the office opened as the
     * desk opens it (the judge replays every stored entry into memory), then one check per timed phone, each with a
     * name (the customer's own, or one of another customer for an unknown phone, so REG-3's same-name lookup has
     * work), through the office's monitor, its catch-up look at the entry table, the people and the replay.
     */
    private void collisionCheck(PrintWriter out, Path dir, LocalDateTime now, List<String> timed, List<String> warm, long[] bareNs) {
        Clock clock = Clock.fixed(now.atZone(Office.ZONE).toInstant(), java.time.ZoneOffset.UTC);
        System.gc();
        long o0 = System.nanoTime();
        try (Office office = Office.open(Database.openFile(dir, Database.Durability.FLUSH), clock)) {
            long openNanos = System.nanoTime() - o0;
            Map<String, String> names = office.read(h -> {
                Map<String, String> m = new HashMap<>();
                h.createQuery("SELECT phone, name FROM customer WHERE name IS NOT NULL").map((rs, ctx) -> Map.entry(rs.getString(1),
                        rs.getString(2))).forEach(e -> m.put(e.getKey(), e.getValue()));
                return m;
            });
            List<String> pool = new ArrayList<>(names.values());
            Random rnd = new Random(seed + 2);
            String viewer = office.read(h -> h.createQuery("SELECT id FROM consultant WHERE role = 'consultant' ORDER BY id")
                    .mapTo(String.class).first());
            CollisionCheck check = new CollisionCheck(office);
            long f0 = System.nanoTime();
            sink += check.check(viewer, new Phone(timed.get(0)), names.getOrDefault(timed.get(0), "王强")).findings().size();
            long firstNanos = System.nanoTime() - f0;
            for (String p : warm) {
                sink += check.check(viewer, new Phone(p), names.getOrDefault(p, pool.get(rnd.nextInt(pool.size())))).findings().size();
            }
            System.gc();
            long[] ns = new long[timed.size()];
            long[] cpu = new long[timed.size()];
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            int warns = 0;
            int findings = 0;
            for (int i = 0; i < timed.size(); i++) {
                Phone p = new Phone(timed.get(i));
                String name = names.getOrDefault(p.digits(), pool.isEmpty() ? "王强" : pool.get(rnd.nextInt(pool.size())));
                long ca = threads.getCurrentThreadCpuTime();
                long a = System.nanoTime();
                CollisionCheck.Result r = check.check(viewer, p, name);
                ns[i] = System.nanoTime() - a;
                cpu[i] = threads.getCurrentThreadCpuTime() - ca;
                warns += r.warns() ? 1 : 0;
                findings += r.findings().size();
            }
            out.printf(Locale.ROOT, "collision check = CollisionCheck.check(viewer, phone, name): the form's check, from the judge's "
                    + "replay in memory (Office.judged: office monitor, catch-up look at the entry table, people, role, Replay.sighting)%n");
            out.printf(Locale.ROOT, "  office opened as the desk opens it (replay of every entry, cache compared): collision_open_ms=%.0f  "
                    + "first check (builds the name index) collision_first_ms=%.1f%n", openNanos / 1e6, firstNanos / 1e6);
            out.printf(Locale.ROOT, "  %d timed checks after %d warm-up ones; %d warned; %.2f findings per check; viewer %s%n", ns.length,
                    warm.size(), warns, (double) findings / ns.length, viewer);
            out.printf(Locale.ROOT, "collision_check_p50_us=%.1f  collision_check_p99_us=%.1f  (mean %.1f, max %.1f)  "
                    + "collision_p99_vs_bare_p99=%.2f%n", pct(ns, 50) / 1e3, pct(ns, 99) / 1e3, mean(ns) / 1e3, pct(ns, 100) / 1e3,
                    (double) pct(ns, 99) / pct(bareNs, 99));
            out.printf(Locale.ROOT, "  thread CPU time of the same checks: collision_cpu_p50_us=%.1f  collision_cpu_p99_us=%.1f  (load average "
                    + "%.2f)%n", pct(cpu, 50) / 1e3, pct(cpu, 99) / 1e3, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            out.printf(Locale.ROOT, "peak_heap_mb_with_office=%.1f%n", peakHeap() / 1048576.0);
            out.flush();
        }
    }

    /** The MVStore's own account of the file: how much of it is live data. */
    private static String fill(Database db) {
        List<String> info = db.jdbi().withHandle(h -> h.createQuery("SELECT SETTING_NAME || '=' || SETTING_VALUE FROM "
                + "INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME IN ('info.FILL_RATE', 'info.CHUNKS_FILL_RATE') ORDER BY SETTING_NAME")
                .mapTo(String.class).list());
        return "H2 " + String.join(" ", info).replace("info.", "") + " %";
    }

    /** The collision check a register form makes for a typed phone. */
    private static Optional<Standing> check(Jdbi jdbi, Phone phone, LocalDateTime now) {
        return jdbi.withHandle(h -> CustomerCache.standing(h, phone, now));
    }

    /** The floor: one customer row by its primary key, through the same kind of handle. */
    private static Optional<CustomerRow> bare(Jdbi jdbi, String digits) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM customer WHERE phone = :p").bind("p", digits)
                .map((rs, ctx) -> new CustomerRow(rs.getString("phone"), rs.getString("name"), rs.getTimestamp("first_seen")))
                .findFirst());
    }

    private static int kind(Optional<Standing> s) {
        if (s.isEmpty()) {
            return 4;
        }
        Optional<String> owner = s.get().owner();
        if (owner.isEmpty()) {
            return 3;
        }
        return owner.get().equals(Owner.POOL) ? 1 : owner.get().equals(Owner.HOUSE) ? 2 : 0;
    }

    private static String unknownPhone(Random rnd) {
        return "147" + String.format(Locale.ROOT, "%08d", rnd.nextInt(100_000_000));
    }

    /** The nearest-rank percentile (100 = the maximum). */
    static long pct(long[] ns, int p) {
        long[] s = ns.clone();
        Arrays.sort(s);
        int rank = (int) Math.ceil(p / 100.0 * s.length);
        return s[Math.max(0, Math.min(s.length - 1, rank - 1))];
    }

    private static double mean(long[] ns) {
        return Arrays.stream(ns).average().orElse(0);
    }

    private static double size(Path file) {
        try {
            return Files.size(file) / 1048576.0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("无法删除临时数据库 " + dir, e);
        }
    }

    /** The sum of every heap pool's peak usage since the JVM started (an upper bound on the true heap peak). */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
