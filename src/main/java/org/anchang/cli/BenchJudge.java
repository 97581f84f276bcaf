package org.anchang.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.anchang.bench.OfficeYear;
import org.anchang.customer.Phone;
import org.anchang.register.Entry;
import org.anchang.rules.Owner;
import org.anchang.rules.Policy;
import org.anchang.rules.Presets;
import org.anchang.rules.Replay;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench judge}: how much dearer a full replay through the judge is than the cheapest honest pass
 * over the same events. Generates a synthetic office year ({@link OfficeYear}), then in this one process
 * times (a) the floor — one {@code HashMap} touch per event, keyed by the phone digits (or the kind when
 * the entry has no phone) — and (b) the judge — a new {@link Replay} with the trail off, every event
 * applied, then every phone's owner at the year's end. Both are warmed up first, then timed several times
 * each, interleaved; the medians are reported. The last line is {@code ratio=<judge/floor>}.
 */
@Command(name = "judge", description = "判客引擎基准:合成一年的登记,比较整年重放与逐条哈希表访问的耗时,末行 ratio=<重放/下限>")
public final class BenchJudge implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--seed", description = "随机种子(默认 ${DEFAULT-VALUE})")
    long seed = OfficeYear.Spec.DEFAULT_SEED;

    @Option(names = "--events", description = "登记条数(默认 ${DEFAULT-VALUE})")
    int events = 300_000;

    @Option(names = "--customers", description = "客户数(默认 ${DEFAULT-VALUE})")
    int customers = 50_000;

    @Option(names = "--consultants", description = "置业顾问数(默认 ${DEFAULT-VALUE})")
    int consultants = 30;

    @Option(names = "--policy", paramLabel = "ID", description = "制度预设(默认 ${DEFAULT-VALUE})")
    String policy = Presets.DEFAULT;

    @Option(names = "--warmup", description = "预热轮数,每轮两种遍历各一次(默认 ${DEFAULT-VALUE})")
    int warmup = 3;

    @Option(names = "--reps", description = "计时轮数,取中位数(默认 ${DEFAULT-VALUE})")
    int reps = 7;

    /** Where the results go, so that the JIT cannot prove them unused. */
    private static volatile long sink;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Policy pol = Presets.get(policy).orElseThrow(
                () -> new BadInputException("--policy: 未知制度「" + policy + "」,可选: " + String.join(", ", Presets.IDS)));
        if (warmup < 0 || reps < 1) {
            throw new BadInputException("--warmup 不能为负, --reps 至少为 1");
        }
        OfficeYear.Spec want;
        try {
            want = new OfficeYear.Spec(seed, events, customers, consultants, 2025);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }

        long t0 = System.nanoTime();
        OfficeYear year = OfficeYear.generate(want);
        long genNanos = System.nanoTime() - t0;
        List<Entry> list = year.entries();
        Map<String, String> names = year.names();
        LocalDateTime end = year.end();

        out.printf(Locale.ROOT, "bench judge  seed=%d  year=%d  policy=%s (%s)%n", seed, want.year(), pol.id(), pol.title());
        out.printf(Locale.ROOT, "events=%d  customers=%d  consultants=%d (left during the year: %s)%n", list.size(), customers,
                consultants, String.join(", ", year.departed()));
        StringBuilder mix = new StringBuilder("mix:");
        year.mix().forEach((k, v) -> mix.append(' ').append(k).append('=').append(v));
        out.println(mix);
        out.printf(Locale.ROOT, "generate_ms=%.1f%n", genNanos / 1e6);
        out.flush();

        for (int i = 0; i < warmup; i++) {
            sink += floor(list);
            sink += judge(pol, names, list, end).size();
        }
        long[] floorNs = new long[reps];
        long[] judgeNs = new long[reps];
        for (int i = 0; i < reps; i++) {
            System.gc();
            long a = System.nanoTime();
            sink += floor(list);
            floorNs[i] = System.nanoTime() - a;
            System.gc();
            long b = System.nanoTime();
            sink += judge(pol, names, list, end).size();
            judgeNs[i] = System.nanoTime() - b;
        }
        double floorMs = median(floorNs) / 1e6;
        double judgeMs = median(judgeNs) / 1e6;

        Map<String, String> owners = judge(pol, names, list, end);
        int consultant = 0;
        int pool = 0;
        int house = 0;
        int nobody = 0;
        for (String o : owners.values()) {
            if (o == null) {
                nobody++;
            } else if (o.equals(Owner.POOL)) {
                pool++;
            } else if (o.equals(Owner.HOUSE)) {
                house++;
            } else {
                consultant++;
            }
        }
        long peak = peakHeap();
        System.gc();
        long liveWithOwners = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        sink += owners.size();

        out.printf(Locale.ROOT, "timing: %d warm-up rounds, then median of %d timed rounds (each pass after System.gc())%n", warmup, reps);
        out.printf(Locale.ROOT, "floor_ms=%.2f  (one HashMap.merge per event, key = phone digits or the kind; runs %s)%n", floorMs,
                spread(floorNs));
        out.printf(Locale.ROOT, "judge_ms=%.2f  (new Replay(%s, trail off), apply all %d events, owners(%s); runs %s)%n", judgeMs,
                pol.id(), list.size(), end, spread(judgeNs));
        out.printf(Locale.ROOT, "judge_events_per_s=%.0f%n", list.size() / (judgeMs / 1e3));
        out.printf(Locale.ROOT, "owners at year end: phones=%d  consultant=%d  POOL=%d  HOUSE=%d  nobody=%d%n", owners.size(), consultant,
                pool, house, nobody);
        out.printf(Locale.ROOT, "peak_heap_mb=%.1f  (sum over heap pools of MemoryPoolMXBean.getPeakUsage().used, whole run incl. "
                + "generation and garbage; -Xmx %.0f MB)%n", peak / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0);
        out.printf(Locale.ROOT, "live_heap_mb=%.1f  (MemoryMXBean heap used after System.gc(), holding the events and one "
                + "replay's owner map)%n", liveWithOwners / 1048576.0);
        double ratio = judgeMs / floorMs;
        out.printf(Locale.ROOT, "ratio=%.2f%n", ratio);
        out.flush();
        return 0;
    }

    /**
     * The floor: the least a pass over the events that looks at each one's customer can cost — one
     * {@code HashMap} touch per event. Returns the map's size so the work is observable.
     */
    static int floor(List<Entry> events) {
        Map<String, Integer> seen = new HashMap<>();
        for (Entry e : events) {
            Optional<Phone> phone = e.phone();
            seen.merge(phone.isPresent() ? phone.get().digits() : e.kind(), 1, Integer::sum);
        }
        return seen.size();
    }

    /** The judge: a bulk replay of every event, then every known phone's owner at {@code end}. */
    static Map<String, String> judge(Policy policy, Map<String, String> names, List<Entry> events, LocalDateTime end) {
        Replay replay = new Replay(policy, names, false);
        for (Entry e : events) {
            replay.apply(e);
        }
        return replay.owners(end);
    }

    private static double median(long[] ns) {
        long[] s = ns.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2.0;
    }

    private static String spread(long[] ns) {
        long[] s = ns.clone();
        Arrays.sort(s);
        return String.format(Locale.ROOT, "%.2f..%.2f ms", s[0] / 1e6, s[s.length - 1] / 1e6);
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
