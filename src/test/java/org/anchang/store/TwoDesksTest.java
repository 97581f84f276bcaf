package org.anchang.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.anchang.cli.ServerCommand;
import org.anchang.office.Office;
import org.anchang.office.Staff;
import org.anchang.register.Recorded;
import org.anchang.rules.Policy;
import org.anchang.rules.Replay;
import org.anchang.rules.Standing;
import org.h2.engine.SysProperties;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several desks on one office server: the office PC's H2 TCP server ({@link ServerCommand#start}), two desk
 * processes ({@link DeskWriter}) recording 5,000 entries each at the same time, a fifth of them about customers
 * both desks' consultants register, a few typed late and a few withdrawn. Every entry arrives, the audit
 * chain has no gap, and every customer has exactly one cached standing, the one a fresh replay of the
 * entries that stand gives. The server listens on 127.0.0.1 only.
 */
class TwoDesksTest {

    static {
        // Where H2's server socket listens is read once, when H2 first loads: the pom sets it for the test JVM,
        // this covers a run of this class alone. The test refuses to start a server on any other address.
        System.setProperty("h2.bindAddress", "127.0.0.1");
    }

    static final int PER_DESK = Integer.getInteger("anchang.twodesks.entries", 5_000);
    /**
     * How long the desks may take, from their start to their last entry: a guard against a hang, not a speed
     * test. They took 2–3 minutes on 2 shared cores (load average 5–13); 6 leaves room for a slower machine.
     */
    static final int MINUTES = 6;
    /** FLUSH: with SYNC (CHECKPOINT SYNC, an fsync, after every entry) the desks take about twice as long. */
    static final Database.Durability DURABILITY = Database.Durability.valueOf(System.getProperty("anchang.twodesks.durability", "FLUSH"));

    @TempDir
    Path dir;

    @Test
    void twoDesksWriteTenThousandEntriesAndAgreeOnEveryOwner() throws Exception {
        assertThat(SysProperties.BIND_ADDRESS).as("h2.bindAddress: the test server listens on loopback only").isEqualTo("127.0.0.1");
        Path data = dir.resolve("office");
        Server server = ServerCommand.start(data, 0, false);
        List<Desk> desks = new ArrayList<>();
        try {
            String url = "tcp://localhost:" + server.getPort() + "/office";
            Setup setup = setUp(url);

            for (int desk = 1; desk <= 2; desk++) {
                desks.add(start(url, desk));
            }
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(MINUTES);
            for (Desk d : desks) {
                while (d.lines.stream().noneMatch(l -> l.startsWith("ready"))) {
                    assertThat(d.process.isAlive()).as("desk %d starts; it said %s", d.number, d.tail()).isTrue();
                    assertThat(System.nanoTime()).as("desk %d ready in time", d.number).isLessThan(deadline);
                    Thread.sleep(20);
                }
            }
            for (Desk d : desks) {
                try (Writer w = new OutputStreamWriter(d.process.getOutputStream(), StandardCharsets.UTF_8)) {
                    w.write("go\n");
                }
            }
            List<long[]> windows = new ArrayList<>();
            int withdrawals = 0;
            for (Desk d : desks) {
                boolean exited = d.process.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                assertThat(exited).as("desk %d done within %d minutes; it said %s", d.number, MINUTES, d.tail()).isTrue();
                d.reader.join(10_000);
                assertThat(d.process.exitValue()).as("desk %d exit status; it said %s", d.number, d.tail()).isZero();
                String done = d.lines.stream().filter(l -> l.startsWith("done")).findFirst().orElseThrow();
                System.out.println("TwoDesksTest: " + done);
                windows.add(new long[] {Long.parseLong(field(done, "start")), Long.parseLong(field(done, "end"))});
                withdrawals += Integer.parseInt(field(done, "withdrawn"));
            }
            assertThat(windows.get(0)[0]).as("the desks wrote at the same time").isLessThan(windows.get(1)[1]);
            assertThat(windows.get(1)[0]).as("the desks wrote at the same time").isLessThan(windows.get(0)[1]);

            check(url, setup, withdrawals);
        } finally {
            desks.forEach(d -> d.process.destroyForcibly());
            server.stop();
        }
    }

    /** How many audit rows the setup wrote, and the policy in force. */
    record Setup(long audit, Policy policy) {
    }

    /** The office's people: manager M, consultants A–F. */
    private static Setup setUp(String url) {
        Clock clock = Clock.system(Office.ZONE);
        try (Office o = Office.open(Database.openServer(url, Database.Durability.SYNC), clock)) {
            Staff s = new Staff(o);
            s.addPerson("M", "经理", "manager", "setup");
            for (String id : List.of("A", "B", "C", "D", "E", "F")) {
                s.addPerson(id, "顾问" + id, "consultant", "M");
            }
            return new Setup(o.read(h -> h.createQuery("SELECT COUNT(*) FROM audit").mapTo(Long.class).one()), o.policy());
        }
    }

    /** A desk process, and what it printed so far. */
    record Desk(int number, Process process, Thread reader, List<String> lines) {
        /** The last lines it printed, for a failure message. */
        List<String> tail() {
            List<String> now = List.copyOf(lines);
            return now.subList(Math.max(0, now.size() - 15), now.size());
        }
    }

    private Desk start(String url, int desk) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), DeskWriter.class.getName(), url, String.valueOf(desk),
                String.valueOf(PER_DESK), String.valueOf(20261130L + desk), ids(desk).toString(), DURABILITY.name());
        pb.redirectErrorStream(true);
        Process p = pb.start();
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                lines.add("(output lost: " + e + ")");
            }
        }, "desk-" + desk + "-output");
        reader.setDaemon(true);
        reader.start();
        return new Desk(desk, p, reader, lines);
    }

    private Path ids(int desk) {
        return dir.resolve("desk-" + desk + ".ids");
    }

    private void check(String url, Setup setup, int withdrawals) throws IOException {
        Set<Long> recorded = new HashSet<>();
        for (int desk = 1; desk <= 2; desk++) {
            List<String> ids = Files.readAllLines(ids(desk));
            assertThat(ids).hasSize(PER_DESK);
            ids.forEach(id -> assertThat(recorded.add(Long.parseLong(id))).as("entry " + id + " given to one desk only").isTrue());
        }
        try (Database db = Database.openServer(url, Database.Durability.FLUSH)) {
            db.jdbi().useHandle(h -> {
                List<Long> stored = h.createQuery("SELECT id FROM entry WHERE NOT withdrawn").mapTo(Long.class).list();
                assertThat(stored).hasSize(2 * PER_DESK);
                assertThat(new HashSet<>(stored)).isEqualTo(recorded);
                assertThat(h.createQuery("SELECT COUNT(*) FROM entry WHERE withdrawn").mapTo(Integer.class).one()).isEqualTo(withdrawals);
                assertThat(h.createQuery("SELECT COUNT(*) FROM audit").mapTo(Long.class).one())
                        .as("after the setup's, two audit rows per entry (entry and its detail), one per withdrawal")
                        .isEqualTo(setup.audit() + 4L * PER_DESK + withdrawals);
                assertThat(AuditLog.verify(h)).as("audit chain").isEmpty();
                assertThat(h.createQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")
                        .mapTo(String.class).list()).as("commits written at once on the server too").containsOnly("0");

                // Real collisions: phones of the shared pool that consultants of both desks registered.
                int contested = h.createQuery("SELECT COUNT(*) FROM (SELECT phone FROM visit GROUP BY phone "
                        + "HAVING COUNT(DISTINCT CASE WHEN by_id IN ('A','B','C') THEN 1 ELSE 2 END) = 2)").mapTo(Integer.class).one();
                assertThat(contested).as("customers visited through both desks").isGreaterThan(PER_DESK >= 5_000 ? DeskWriter.SHARED_PHONES / 2 : 0);

                List<String> customers = h.createQuery("SELECT phone FROM customer").mapTo(String.class).list();
                Map<String, Integer> rows = new HashMap<>();
                h.createQuery("SELECT phone, COUNT(*) FROM customer_state GROUP BY phone")
                        .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getInt(2))).forEach(e -> rows.put(e.getKey(), e.getValue()));
                assertThat(rows.keySet()).as("customers with a cached standing").isEqualTo(new HashSet<>(customers));
                assertThat(rows.values()).as("one cached standing per customer").containsOnly(1);

                // A fresh replay of the entries that stand (not withdrawn), in the ledger's order: time, then number.
                List<Recorded> all = EntryStore.since(h, 0);
                Set<Long> gone = new HashSet<>();
                all.forEach(r -> r.supersedes().ifPresent(gone::add));
                assertThat(gone).hasSize(withdrawals);
                List<Recorded> standing = new ArrayList<>(all.stream().filter(r -> !r.isWithdrawal() && !gone.contains(r.id())).toList());
                standing.sort(Comparator.comparing(Recorded::at).thenComparingLong(Recorded::id));
                Map<String, String> names = new HashMap<>();
                h.createQuery("SELECT id, name FROM consultant").map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                        .forEach(e -> names.put(e.getKey(), e.getValue()));
                Replay replay = new Replay(setup.policy(), names, false);
                standing.forEach(r -> replay.apply(r.entry().orElseThrow()));
                Map<String, Standing> expected = replay.standings();
                Map<String, Standing> cached = new HashMap<>();
                h.createQuery("SELECT * FROM customer_state").map((rs, ctx) -> standing(rs)).forEach(c -> cached.put(c.phone(), c));
                assertThat(customers).containsAll(expected.keySet());
                int owned = 0;
                for (String phone : customers) {
                    Standing s = cached.get(phone);
                    if (!expected.containsKey(phone)) {
                        assertThat(s.owner()).as(phone + " named only by withdrawn entries").isEmpty();
                        continue;
                    }
                    assertThat(s.owner()).as(phone + " owner").isEqualTo(expected.get(phone).owner());
                    assertThat(s).as(phone).isEqualTo(expected.get(phone));
                    owned += s.owner().isPresent() ? 1 : 0;
                }
                System.out.println("TwoDesksTest: " + customers.size() + " customers, " + owned + " owned, " + contested
                        + " visited through both desks, " + withdrawals + " entries withdrawn");
                // Calls alone give no claim under the default regime: a customer who only phoned is nobody's.
                assertThat(owned).as("customers with an owner").isGreaterThan(customers.size() * 3 / 4);
            });
        }
    }

    /** The word after {@code key} in a desk's {@code done} line. */
    private static String field(String line, String key) {
        List<String> words = List.of(line.split(" "));
        return words.get(words.indexOf(key) + 1);
    }

    /** A {@code customer_state} row as the office's cache reads it. */
    private static Standing standing(ResultSet rs) throws SQLException {
        return new Standing(rs.getString("phone"), rs.getString("group_key"), Optional.ofNullable(rs.getString("owner")),
                time(rs.getTimestamp("protected_until")), time(rs.getTimestamp("tracking_until")), rs.getBoolean("dealt"),
                Optional.ofNullable(rs.getString("last_owner")));
    }

    private static Optional<LocalDateTime> time(Timestamp t) {
        return t == null ? Optional.empty() : Optional.of(t.toLocalDateTime());
    }
}
