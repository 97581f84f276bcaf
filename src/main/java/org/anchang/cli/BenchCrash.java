package org.anchang.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.anchang.customer.Contact;
import org.anchang.customer.Phone;
import org.anchang.office.Office;
import org.anchang.office.RegisterDesk;
import org.anchang.office.Staff;
import org.anchang.register.Visit;
import org.anchang.bench.CrashTest;
import org.anchang.bench.CrashWriter;
import org.anchang.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench crash}: the crash test at bench size, then the cost of syncing. Each round starts a child
 * JVM from the shaded jar ({@code java -cp anchang.jar org.anchang.bench.CrashWriter DIR MODE}), kills it
 * with SIGKILL after a random 0.3–2 s and reopens the database here (see {@link CrashTest}). Then, in this
 * one process, {@code RegisterDesk.record} is timed in each durability mode on its own fresh database,
 * in interleaved blocks, and the median and p99 are reported with the SYNC/FLUSH ratio.
 */
@Command(name = "crash", description = "崩溃测试:子进程连续登记,随机时刻 SIGKILL,重开数据库核对每条已提交的登记;并测量落盘(sync)的代价")
public final class BenchCrash implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--rounds", description = "杀进程轮数(默认 ${DEFAULT-VALUE})")
    int rounds = 100;

    @Option(names = "--durability", description = "崩溃测试的落盘方式 SYNC|FLUSH|DELAYED(默认 ${DEFAULT-VALUE})")
    Database.Durability durability = Database.Durability.SYNC;

    @Option(names = "--data", paramLabel = "DIR", description = "崩溃测试的数据目录(默认为新建的临时目录,通过后删除)")
    Path data;

    @Option(names = "--open-rounds", description = "另加的轮数:子进程打开数据库途中被杀(默认 ${DEFAULT-VALUE})")
    int openRounds = 10;

    @Option(names = "--create-rounds", description = "另加的轮数:子进程新建数据库途中被杀,每轮一个新目录(默认 ${DEFAULT-VALUE})")
    int createRounds = 10;

    @Option(names = "--reopen-cycles", description = "正常关闭后重开的循环次数(H2 #4387 的情形;默认 ${DEFAULT-VALUE};0 不测)")
    int reopenCycles = 200;

    @Option(names = "--min-ms", description = "子进程开始登记后最短运行毫秒(默认 ${DEFAULT-VALUE})")
    long minMillis = 300;

    @Option(names = "--max-ms", description = "子进程开始登记后最长运行毫秒(默认 ${DEFAULT-VALUE})")
    long maxMillis = 2000;

    @Option(names = "--seed", description = "随机种子(默认 ${DEFAULT-VALUE})")
    long seed = 20260320L;

    @Option(names = "--records", description = "测量落盘代价时每种方式计时的登记条数(默认 ${DEFAULT-VALUE};0 不测)")
    int records = 2000;

    @Option(names = "--modes", split = ",", description = "测量代价的落盘方式(默认 SYNC,FLUSH,DELAYED)")
    List<Database.Durability> modes = List.of(Database.Durability.SYNC, Database.Durability.FLUSH, Database.Durability.DELAYED);

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (rounds < 0 || openRounds < 0 || createRounds < 0 || reopenCycles < 0 || minMillis < 0 || maxMillis < minMillis || records < 0) {
            throw new BadInputException("轮数与 --records 不能为负,--max-ms 不能小于 --min-ms");
        }
        String classpath = classpath();
        boolean temporary = data == null;
        Path dir = temporary ? Files.createTempDirectory("anchang-crash-") : data;
        out.printf(Locale.ROOT, "bench crash  h2=%s  durability=%s  rounds=%d (kill %d..%d ms after the child is ready) "
                + "+ %d while opening + %d while creating  seed=%d%n", h2Version(), durability, rounds, minMillis, maxMillis, openRounds,
                createRounds, seed);
        out.printf(Locale.ROOT, "data=%s%nchild=%s %s DIR %s%n", dir, String.join(" ", CrashTest.Config.java(classpath)), CrashWriter.class.getName(), durability);
        out.flush();

        CrashTest test = new CrashTest(new CrashTest.Config(dir, durability, CrashTest.Config.java(classpath), minMillis, maxMillis, seed));
        Map<CrashTest.Moment, List<CrashTest.Round>> done = new java.util.EnumMap<>(CrashTest.Moment.class);
        for (CrashTest.Moment m : CrashTest.Moment.values()) {
            done.put(m, new ArrayList<>());
        }
        long t0 = System.nanoTime();
        boolean broken = false;
        for (int i = 1; i <= rounds && !broken; i++) {
            List<CrashTest.Moment> now = new ArrayList<>(List.of(CrashTest.Moment.WRITING));
            // the OPENING and CREATING rounds spread evenly among the WRITING ones
            if (done.get(CrashTest.Moment.OPENING).size() < (long) openRounds * i / Math.max(1, rounds)) {
                now.add(CrashTest.Moment.OPENING);
            }
            if (done.get(CrashTest.Moment.CREATING).size() < (long) createRounds * i / Math.max(1, rounds)) {
                now.add(CrashTest.Moment.CREATING);
            }
            for (CrashTest.Moment m : now) {
                CrashTest.Round r = test.round(m);
                done.get(m).add(r);
                out.println(CrashTest.describe(r));
                out.flush();
                if (!r.opened() && m != CrashTest.Moment.CREATING) {
                    out.println("the database no longer opens: stopping");
                    broken = true;
                    break;
                }
            }
        }
        long seconds = (System.nanoTime() - t0) / 1_000_000_000L;
        int failures = 0;
        for (var e : done.entrySet()) {
            List<CrashTest.Round> rs = e.getValue();
            if (rs.isEmpty()) {
                continue;
            }
            int fail = (int) rs.stream().filter(r -> !r.ok()).count();
            failures += fail;
            long opened = rs.stream().filter(CrashTest.Round::opened).count();
            out.printf(Locale.ROOT, "summary %-8s rounds=%d  killed_by_sigkill=%d  killed_before_ready=%d  entries_committed=%d  "
                    + "entries_found=%d  entries_lost=%d  unreported_found=%d  failures=%d  opened_every_time=%s  reopen_median_ms=%d%n",
                    e.getKey(), rs.size(), rs.stream().filter(r -> r.exitStatus() == CrashTest.SIGKILL_STATUS).count(),
                    rs.stream().filter(r -> !r.ready()).count(), rs.stream().mapToLong(CrashTest.Round::committed).sum(),
                    rs.stream().mapToLong(CrashTest.Round::found).sum(), rs.stream().mapToLong(r -> r.lost().size()).sum(),
                    rs.stream().mapToLong(CrashTest.Round::unreported).sum(), fail,
                    opened == rs.size() ? "yes" : "NO (" + opened + "/" + rs.size() + ")",
                    median(rs.stream().mapToLong(CrashTest.Round::reopenMillis).toArray()));
        }
        out.printf(Locale.ROOT, "summary: failures=%d  entries_committed=%d  seconds=%d%n", failures, test.reportedTotal(), seconds);
        out.flush();
        if (temporary && failures == 0) {
            delete(dir);
        }

        if (reopenCycles > 0) {
            failures += cleanReopens(out, dir.toAbsolutePath().getParent());
        }
        if (records > 0 && !modes.isEmpty()) {
            syncCost(out, dir.toAbsolutePath().getParent());
        }
        return failures == 0 ? 0 : 1;
    }

    /**
     * The scenario of H2 issue #4387 (a database that fails to open after a clean shutdown): {@code
     * --reopen-cycles} times, (a) the office — open as the app does, record 10 entries, close — and (b) a
     * bare H2 file with RETENTION_TIME=1000 under a mixed insert/delete load (the report's failing setting),
     * ended with {@code SHUTDOWN}; each reopen must succeed and find what was there. Returns the failures.
     */
    private int cleanReopens(PrintWriter out, Path parent) throws IOException {
        Path office = Files.createTempDirectory(parent, "anchang-reopen-");
        Path churn = Files.createTempDirectory(parent, "anchang-churn-");
        String churnUrl = "jdbc:h2:file:" + churn.resolve("churn").toAbsolutePath() + ";RETENTION_TIME=1000";
        Clock clock = Clock.fixed(LocalDateTime.of(2026, 3, 20, 18, 0).atZone(Office.ZONE).toInstant(), java.time.ZoneOffset.UTC);
        java.util.Random random = new java.util.Random(seed);
        int failures = 0;
        long entries = 0;
        long rows = 0;
        long t0 = System.nanoTime();
        for (int c = 1; c <= reopenCycles; c++) {
            try (Office o = Office.open(Database.openFile(office, durability), clock)) {
                long have = o.read(h -> h.createQuery("SELECT COUNT(*) FROM entry").mapTo(Long.class).one());
                if (have != entries) {
                    throw new IllegalStateException("office has " + have + " entries, " + entries + " were recorded");
                }
                if (c == 1) {
                    Staff s = new Staff(o);
                    s.addPerson("M", "经理", "manager", "setup");
                    s.addPerson("K", "内业", "clerk", "M");
                    s.addPerson("A", "张三", "consultant", "M");
                }
                RegisterDesk desk = new RegisterDesk(o);
                for (int i = 0; i < 10; i++, entries++) {
                    desk.record(Visit.plain(LocalDateTime.of(2026, 3, 1, 9, 0).plusMinutes(entries % 10_000), "A",
                            new Contact("客户" + entries, new Phone(String.format(Locale.ROOT, "137%08d", entries)))), "K");
                }
                if (c % 50 == 0 || c == reopenCycles) {
                    java.util.Optional<String> broken = o.read(org.anchang.store.AuditLog::verify);
                    if (broken.isPresent()) {
                        throw new IllegalStateException(broken.get());
                    }
                }
            } catch (RuntimeException e) {
                failures++;
                out.printf(Locale.ROOT, "reopen cycle %d: the office FAILED: %s%n", c, e);
                out.flush();
                break;
            }
            try (java.sql.Connection conn = java.sql.DriverManager.getConnection(churnUrl, "sa", "");
                    java.sql.Statement st = conn.createStatement()) {
                st.execute("CREATE TABLE IF NOT EXISTS t(id BIGINT PRIMARY KEY, payload VARBINARY(4000))");
                try (java.sql.ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM t")) {
                    rs.next();
                    if (rs.getLong(1) != rows) {
                        throw new IllegalStateException("churn table has " + rs.getLong(1) + " rows, expected " + rows);
                    }
                }
                conn.setAutoCommit(false);
                try (java.sql.PreparedStatement ins = conn.prepareStatement("MERGE INTO t KEY(id) VALUES (?, ?)");
                        java.sql.PreparedStatement del = conn.prepareStatement("DELETE FROM t WHERE id BETWEEN ? AND ?")) {
                    for (int i = 0; i < 3000; i++) {
                        if (random.nextInt(3) == 0) {
                            long from = random.nextInt(200_000);
                            del.setLong(1, from);
                            del.setLong(2, from + random.nextInt(400));
                            del.executeUpdate();
                        } else {
                            byte[] b = new byte[200 + random.nextInt(1800)];
                            random.nextBytes(b);
                            ins.setLong(1, random.nextInt(200_000));
                            ins.setBytes(2, b);
                            ins.executeUpdate();
                        }
                        if (i % 100 == 99) {
                            conn.commit();
                        }
                    }
                    conn.commit();
                }
                try (java.sql.ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM t")) {
                    rs.next();
                    rows = rs.getLong(1);
                }
                st.execute("SHUTDOWN");
            } catch (java.sql.SQLException | RuntimeException e) {
                failures++;
                out.printf(Locale.ROOT, "reopen cycle %d: the churn database FAILED: %s%n", c, e);
                out.flush();
                break;
            }
            if (c % 50 == 0) {
                out.printf(Locale.ROOT, "reopen cycle %d: office entries=%d file=%.1f MB; churn rows=%d file=%.1f MB%n", c, entries,
                        Files.size(office.resolve("office.mv.db")) / 1048576.0, rows, Files.size(churn.resolve("churn.mv.db")) / 1048576.0);
                out.flush();
            }
        }
        out.printf(Locale.ROOT, "summary reopen: cycles=%d  failures=%d  office_entries=%d  churn_rows=%d  churn_file_mb=%.1f  seconds=%d%n",
                reopenCycles, failures, entries, rows, Files.exists(churn.resolve("churn.mv.db"))
                        ? Files.size(churn.resolve("churn.mv.db")) / 1048576.0 : 0.0, (System.nanoTime() - t0) / 1_000_000_000L);
        out.flush();
        if (failures == 0) {
            delete(office);
            delete(churn);
        } else {
            out.println("kept for inspection: " + office + " " + churn);
        }
        return failures;
    }

    /**
     * Times {@code RegisterDesk.record} in each mode, each on a fresh database next to the crash test's, in
     * interleaved blocks of 100 so that the disk's mood is shared; a warm-up of 300 records each first.
     */
    private void syncCost(PrintWriter out, Path parent) throws IOException {
        Clock clock = Clock.fixed(LocalDateTime.of(2026, 3, 20, 18, 0).atZone(Office.ZONE).toInstant(), java.time.ZoneOffset.UTC);
        Map<Database.Durability, Office> offices = new LinkedHashMap<>();
        Map<Database.Durability, Path> dirs = new LinkedHashMap<>();
        Map<Database.Durability, long[]> nanos = new LinkedHashMap<>();
        int[] next = {0};
        try {
            for (Database.Durability m : modes) {
                Path d = Files.createTempDirectory(parent, "anchang-cost-" + m.name().toLowerCase(Locale.ROOT) + "-");
                dirs.put(m, d);
                Office o = Office.open(Database.openFile(d, m), clock);
                offices.put(m, o);
                Staff s = new Staff(o);
                s.addPerson("M", "经理", "manager", "setup");
                s.addPerson("K", "内业", "clerk", "M");
                s.addPerson("A", "张三", "consultant", "M");
                nanos.put(m, new long[records]);
            }
            int warm = 300;
            int block = 100;
            for (int done = -warm; done < records; done += block) {
                for (var e : offices.entrySet()) {
                    RegisterDesk desk = new RegisterDesk(e.getValue());
                    long[] ns = nanos.get(e.getKey());
                    for (int i = done; i < Math.min(done + block, records); i++) {
                        int n = next[0]++;
                        Visit v = Visit.plain(LocalDateTime.of(2026, 3, 1, 9, 0).plusMinutes(n % 10_000), "A",
                                new Contact("客户" + n, new Phone(String.format(Locale.ROOT, "139%08d", n))));
                        long a = System.nanoTime();
                        desk.record(v, "K");
                        long took = System.nanoTime() - a;
                        if (i >= 0) {
                            ns[i] = took;
                        }
                    }
                }
            }
        } finally {
            offices.values().forEach(Office::close);
            for (Path d : dirs.values()) {
                delete(d);
            }
        }
        out.printf(Locale.ROOT, "sync cost: RegisterDesk.record, %d timed records per mode after %d warm-up, interleaved blocks of 100, "
                + "each mode on its own new database in %s%n", records, 300, parent);
        Map<Database.Durability, Double> medians = new LinkedHashMap<>();
        for (var e : nanos.entrySet()) {
            long[] s = e.getValue().clone();
            Arrays.sort(s);
            double med = s[s.length / 2] / 1e6;
            medians.put(e.getKey(), med);
            out.printf(Locale.ROOT, "cost %-7s median_ms=%.3f  p99_ms=%.3f  mean_ms=%.3f  max_ms=%.3f%n", e.getKey(), med,
                    s[Math.min(s.length - 1, (int) Math.ceil(s.length * 0.99) - 1)] / 1e6,
                    Arrays.stream(s).average().orElse(0) / 1e6, s[s.length - 1] / 1e6);
        }
        if (medians.containsKey(Database.Durability.SYNC) && medians.containsKey(Database.Durability.FLUSH)) {
            out.printf(Locale.ROOT, "ratio SYNC/FLUSH median=%.2f%n", medians.get(Database.Durability.SYNC) / medians.get(Database.Durability.FLUSH));
        }
        out.flush();
    }

    /** The shaded jar this class was loaded from; from a classes directory (tests, IDE), this JVM's class path. */
    static String classpath() {
        try {
            Path where = Path.of(BenchCrash.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(where) ? where.toString() : System.getProperty("java.class.path");
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return System.getProperty("java.class.path");
        }
    }

    private static String h2Version() {
        Package p = org.h2.Driver.class.getPackage();
        return p != null && p.getImplementationVersion() != null ? p.getImplementationVersion() : org.h2.engine.Constants.FULL_VERSION;
    }

    private static long median(long[] v) {
        if (v.length == 0) {
            return 0;
        }
        long[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            List<Path> paths = new ArrayList<>(all.sorted(Comparator.reverseOrder()).toList());
            for (Path p : paths) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
