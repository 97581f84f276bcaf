package org.anchang.bench;

import org.anchang.store.EntryStore;
import org.anchang.store.AuditLog;
import org.anchang.store.Database;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.anchang.office.Office;
import org.anchang.register.Recorded;

/**
 * The crash test, shared by the JUnit test and {@code bench crash}. Each round starts a child JVM running
 * {@link CrashWriter}, kills it with SIGKILL ({@link Process#destroyForcibly()}; the exit status 137 =
 * 128 + 9 is checked, so a round whose child was not killed by SIGKILL fails), then reopens the database
 * in this process exactly as the app does ({@link Database#openFile} and {@link Office#open}) and checks:
 * it opens, {@link AuditLog#verify} holds, and every entry any child has ever reported as committed is
 * there with the same number and phone.
 *
 * <p>When the child is killed ({@link Moment}): {@code WRITING} — a random 0.3–2 s after it reported that
 * the office is open and it starts recording (a child JVM needs 1.5–7 s on these machines to open the
 * office, so timing from the start would kill most children before their first commit); {@code OPENING} —
 * at a random moment between its start and its "ready", while it opens an existing database that the last
 * kill left behind; {@code CREATING} — on a new, empty data directory, at a random moment after the
 * database's first file appeared and before the child's "ready", while the schema is being created.
 * {@code WRITING} and {@code OPENING} rounds share one data directory, which grows from round to round.
 */
public final class CrashTest {

    /** The exit status of a process killed by SIGKILL, as {@link Process#exitValue()} reports it on Linux. */
    public static final int SIGKILL_STATUS = 128 + 9;

    /** When in the child's life the kill comes. */
    public enum Moment { WRITING, OPENING, CREATING }

    /**
     * What to run: the data directory, the durability the child and the reopen use, the command that starts
     * a JVM with {@link CrashWriter} on its class path ({@code java -cp ...}), the kill window while
     * writing, the seed.
     */
    public record Config(Path dir, Database.Durability durability, List<String> java, long minMillis, long maxMillis, long seed) {

        /** A child JVM from this JVM's own {@code java}, with {@code classpath}. */
        public static List<String> java(String classpath) {
            return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-XX:TieredStopAtLevel=1",
                    "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8", "-cp", classpath);
        }
    }

    /**
     * One round. {@code killedAt} is when the kill came, in ms after the child's start ({@code WRITING}: after
     * its "ready"); {@code exitStatus} its status (137 when SIGKILL ended it); {@code ready} whether it had
     * opened the office before the kill; {@code committed} the entries it reported; {@code found} how many of
     * them are in the reopened database; {@code unreported} entries in the database that it wrote but had not
     * reported yet (killed between commit and print: 0 or 1); {@code lost} every reported entry now missing
     * or changed, this round's or an earlier one's; {@code openError} why the database did not open;
     * {@code audit} the first broken audit link; {@code left} (CREATING rounds) the files in the new data
     * directory right after the kill, before the reopen.
     */
    public record Round(int number, Moment moment, long killedAt, int exitStatus, boolean ready, int committed, int found,
            int unreported, List<String> lost, Optional<String> openError, Optional<String> audit, long entries, long reopenMillis,
            long fileBytes, String childError, String left) {

        public boolean ok() {
            return exitStatus == SIGKILL_STATUS && lost.isEmpty() && openError.isEmpty() && audit.isEmpty() && childError.isEmpty();
        }

        public boolean opened() {
            return openError.isEmpty();
        }
    }

    private static final long READY_TIMEOUT_MILLIS = 120_000;

    private final Config config;
    private final Random random;
    /** Every entry a child reported as committed and a later reopen found: number to phone. */
    private final Map<Long, String> confirmed = new LinkedHashMap<>();
    private int reportedTotal;
    private long lastSeen;
    private int rounds;
    /** How long the last WRITING child took to open the office: the next OPENING round's kill comes before. */
    private long readyMillis = 3000;
    /** From a new database's first file to the child's "ready": the next CREATING round's kill comes within. */
    private long createWindowMillis = 1500;

    public CrashTest(Config config) {
        this.config = config;
        this.random = new Random(config.seed());
    }

    /** All entries reported as committed so far in this run. */
    public int reportedTotal() {
        return reportedTotal;
    }

    /** A {@code WRITING} round. */
    public Round round() throws InterruptedException {
        return round(Moment.WRITING);
    }

    /** Runs one round: start, wait, SIGKILL, reopen and check. */
    public Round round(Moment moment) throws InterruptedException {
        int number = ++rounds;
        Path dir = config.dir();
        if (moment == Moment.CREATING) {
            try {
                Files.createDirectories(dir.toAbsolutePath().getParent());
                dir = Files.createTempDirectory(dir.toAbsolutePath().getParent(), "crash-create-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        long delay = switch (moment) {
            case WRITING -> config.minMillis() + (long) (random.nextDouble() * (config.maxMillis() - config.minMillis()));
            case OPENING -> (long) (random.nextDouble() * readyMillis);
            case CREATING -> (long) (random.nextDouble() * createWindowMillis);
        };
        Child child = Child.start(config, dir);
        String childError = "";
        int status;
        long killedAt;
        long firstFile = 0;
        try {
            if (moment == Moment.WRITING) {
                boolean ready = child.ready.await(READY_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
                if (!child.process.isAlive()) {
                    childError = "child ended by itself before it was ready";
                } else if (!ready) {
                    childError = "child not ready after " + READY_TIMEOUT_MILLIS + " ms";
                } else {
                    readyMillis = child.readyMillis;
                }
            }
            if (moment == Moment.CREATING) {
                // the window starts when the database's first file appears (the JVM's own start is of no interest)
                while (child.process.isAlive() && child.readyMillis < 0 && isEmpty(dir)
                        && System.nanoTime() - child.started < READY_TIMEOUT_MILLIS * 1_000_000) {
                    Thread.sleep(5);
                }
                firstFile = (System.nanoTime() - child.started) / 1_000_000;
            }
            long from = System.nanoTime();
            if (childError.isEmpty() && child.process.waitFor(delay, TimeUnit.MILLISECONDS)) {
                childError = "child ended by itself before the kill";
            }
            child.process.destroyForcibly();
            killedAt = (System.nanoTime() - (moment == Moment.OPENING ? child.started : from)) / 1_000_000;
            status = child.process.waitFor();
        } finally {
            if (child.process.isAlive()) {
                child.process.destroyForcibly();
            }
        }
        child.reader.join(10_000);
        if (moment == Moment.CREATING && child.readyMillis >= 0) {
            // it was ready before the kill: next time aim within the creation as this child timed it
            createWindowMillis = Math.max(100, child.readyMillis - firstFile);
        }
        String left = moment == Moment.CREATING ? files(dir) : "";
        if (!childError.isEmpty()) {
            childError += ", status " + status + "; stderr: " + tail(child.err);
        }
        delete(child.err);

        Map<Long, String> reported = child.committed();
        reportedTotal += reported.size();
        Round r = check(dir, number, moment, killedAt, status, child.readyMillis >= 0, reported, childError, left);
        if (moment == Moment.CREATING && r.ok()) {
            delete(dir);
        }
        return r;
    }

    /** A running child and what it printed. */
    private static final class Child {
        final Process process;
        final long started;
        final Path err;
        final List<String> lines = new ArrayList<>();
        final CountDownLatch ready = new CountDownLatch(1);
        volatile long readyMillis = -1;
        Thread reader;

        private Child(Process process, long started, Path err) {
            this.process = process;
            this.started = started;
            this.err = err;
        }

        static Child start(Config config, Path dir) {
            List<String> cmd = new ArrayList<>(config.java());
            cmd.add(CrashWriter.class.getName());
            cmd.add(dir.toAbsolutePath().toString());
            cmd.add(config.durability().name());
            Path err;
            Process p;
            try {
                Files.createDirectories(dir);
                err = Files.createTempFile("crash-writer-", ".err");
                p = new ProcessBuilder(cmd).redirectError(err.toFile()).start();
                p.getOutputStream().close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start " + cmd, e);
            }
            Child c = new Child(p, System.nanoTime(), err);
            c.reader = new Thread(c::read, "crash-writer-stdout");
            c.reader.setDaemon(true);
            c.reader.start();
            return c;
        }

        private void read() {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    synchronized (lines) {
                        lines.add(line);
                    }
                    if (line.startsWith("ready ")) {
                        readyMillis = (System.nanoTime() - started) / 1_000_000;
                        ready.countDown();
                    }
                }
            } catch (IOException e) {
                synchronized (lines) {
                    lines.add("reader: " + e);
                }
            }
        }

        /** The entries the child reported as committed: number to phone. */
        Map<Long, String> committed() {
            Map<Long, String> out = new LinkedHashMap<>();
            synchronized (lines) {
                for (String line : lines) {
                    String[] f = line.split(" ");
                    if (f[0].equals("committed") && f.length == 3) {
                        out.put(Long.parseLong(f[1]), f[2]);
                    }
                }
            }
            return out;
        }
    }

    private Round check(Path dir, int number, Moment moment, long killedAt, int status, boolean ready, Map<Long, String> reported,
            String childError, String left) {
        long t = System.nanoTime();
        Database db;
        try {
            db = Database.openFile(dir, config.durability());
        } catch (RuntimeException e) {
            return new Round(number, moment, killedAt, status, ready, reported.size(), 0, 0, List.of(), Optional.of(describe(e)),
                    Optional.empty(), 0, (System.nanoTime() - t) / 1_000_000, fileBytes(dir), childError, left);
        }
        try {
            Office office;
            try {
                office = Office.open(db, Clock.systemUTC());
            } catch (RuntimeException e) {
                return new Round(number, moment, killedAt, status, ready, reported.size(), 0, 0, List.of(), Optional.of(describe(e)),
                        Optional.empty(), 0, (System.nanoTime() - t) / 1_000_000, fileBytes(dir), childError, left);
            }
            long reopen = (System.nanoTime() - t) / 1_000_000;
            Optional<String> audit = office.read(AuditLog::verify);
            Map<Long, String> present = new HashMap<>();
            for (Recorded r : office.read(h -> EntryStore.since(h, 0))) {
                present.put(r.id(), r.entry().flatMap(e -> e.phone()).map(p -> p.digits()).orElse(""));
            }
            List<String> lost = new ArrayList<>();
            lose(reported, present, lost, "", false);
            int found = reported.size() - lost.size();
            int unreported;
            if (moment == Moment.CREATING) {
                unreported = present.size() - found;
            } else {
                lose(confirmed, present, lost, " (was there after an earlier round)", true);
                reported.forEach((id, phone) -> {
                    if (phone.equals(present.get(id))) {
                        confirmed.put(id, phone);
                    }
                });
                long maxReported = reported.keySet().stream().mapToLong(Long::longValue).max().orElse(lastSeen);
                unreported = (int) present.keySet().stream().filter(id -> id > Math.max(maxReported, lastSeen)).count();
                lastSeen = present.keySet().stream().mapToLong(Long::longValue).max().orElse(0);
            }
            return new Round(number, moment, killedAt, status, ready, reported.size(), found, unreported, lost, Optional.empty(), audit,
                    present.size(), reopen, fileBytes(dir), childError, left);
        } finally {
            db.close();
        }
    }

    /** Adds to {@code lost} each of {@code want} that is not in {@code present} with its phone; forgets it if asked. */
    private static void lose(Map<Long, String> want, Map<Long, String> present, List<String> lost, String note, boolean forget) {
        for (var it = want.entrySet().iterator(); it.hasNext();) {
            var e = it.next();
            String there = present.get(e.getKey());
            if (!e.getValue().equals(there)) {
                lost.add("#" + e.getKey() + " " + e.getValue() + (there == null ? " missing" : " has phone " + there) + note);
                if (forget) {
                    it.remove();
                }
            }
        }
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> all = Files.list(dir)) {
            return all.findAny().isEmpty();
        } catch (IOException e) {
            return true;
        }
    }

    /** The files under {@code dir}, relative, space separated. */
    private static String files(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            return String.join(" ", all.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList());
        } catch (IOException e) {
            return "(" + e + ")";
        }
    }

    private static long fileBytes(Path dir) {
        try {
            Path f = dir.resolve("office.mv.db");
            return Files.exists(f) ? Files.size(f) : 0;
        } catch (IOException e) {
            return -1;
        }
    }

    private static String describe(Throwable e) {
        StringBuilder b = new StringBuilder(e.toString().replace('\n', ' '));
        for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            b.append(" <- ").append(c.toString().replace('\n', ' '));
        }
        return b.toString();
    }

    private static String tail(Path f) {
        try {
            List<String> all = Files.readAllLines(f, StandardCharsets.UTF_8);
            return String.join(" | ", all.subList(Math.max(0, all.size() - 8), all.size()));
        } catch (IOException e) {
            return "(" + e + ")";
        }
    }

    /** Deletes a file or a directory tree; what cannot be deleted is left. */
    static void delete(Path p) {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> all = Files.walk(p)) {
            for (Path q : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(q);
            }
        } catch (IOException e) {
            // a temporary file left behind is harmless
        }
    }

    /** One line for a round (more when it failed), for the bench and the test's log. */
    public static String describe(Round r) {
        String when = switch (r.moment()) {
            case WRITING -> String.format(Locale.ROOT, "killed %4d ms after ready", r.killedAt());
            case OPENING -> String.format(Locale.ROOT, "killed %4d ms after start, while opening%s", r.killedAt(),
                    r.ready() ? " (was ready)" : "");
            case CREATING -> String.format(Locale.ROOT, "killed %4d ms after its first file in a new directory%s", r.killedAt(),
                    r.ready() ? " (was ready)" : "");
        };
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                "round %3d %-8s %s (status %d): reported %4d, found %4d, unreported %d, entries %6d, reopen %4d ms, file %5.1f MB%s",
                r.number(), r.moment(), when, r.exitStatus(), r.committed(), r.found(), r.unreported(), r.entries(), r.reopenMillis(),
                r.fileBytes() / 1048576.0, r.ok() ? "" : "  FAILED"));
        if (r.moment() == Moment.CREATING) {
            b.append("\n    files when killed: ").append(r.left().isEmpty() ? "(none)" : r.left());
        }
        r.openError().ifPresent(e -> b.append("\n    DID NOT OPEN: ").append(e));
        r.audit().ifPresent(e -> b.append("\n    AUDIT BROKEN: ").append(e));
        if (!r.lost().isEmpty()) {
            b.append("\n    LOST ").append(r.lost().size()).append(" reported entries: ")
                    .append(String.join(", ", r.lost().subList(0, Math.min(10, r.lost().size()))));
        }
        if (!r.childError().isEmpty()) {
            b.append("\n    CHILD: ").append(r.childError());
        }
        if (r.exitStatus() != SIGKILL_STATUS && r.childError().isEmpty()) {
            b.append("\n    NOT ENDED BY SIGKILL: status ").append(r.exitStatus());
        }
        return b.toString();
    }
}
