package org.anchang.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.anchang.customer.Contact;
import org.anchang.customer.Phone;
import org.anchang.office.Office;
import org.anchang.office.RegisterDesk;
import org.anchang.register.Call;
import org.anchang.register.Entry;
import org.anchang.register.Visit;

/**
 * One desk of {@link TwoDesksTest}, run in its own JVM: opens the office on the server, says {@code ready},
 * waits for {@code go} on stdin, then records {@code count} entries through {@link RegisterDesk#record},
 * one office write each, as a reception desk does. Desk 1's consultants are A–C, desk 2's D–F. Most
 * customers are the desk's own, {@link #SHARED} of them come from a pool both desks register, so the two
 * desks' consultants collide over the same phones. Entries are dated now, on the wall clock, as a desk
 * records a visit; a few, about shared customers, up to three hours back (typed late). In the first half the
 * manager withdraws one of the desk's earlier entries every {@link #WITHDRAW_EVERY} entries. Writes the
 * numbers of the entries it recorded (not the withdrawals) to {@code idsFile}; exits 0 when all were recorded.
 *
 * <p>Arguments: {@code tcp://HOST:PORT/office desk(1|2) count seed idsFile [SYNC|FLUSH]}.
 */
public final class DeskWriter {

    /** The share of entries about a customer of the pool both desks register. */
    static final double SHARED = 0.2;
    /** The pool both desks draw from, and each desk's own customers. */
    static final int SHARED_PHONES = 400;
    static final int OWN_PHONES = 2_000;
    /**
     * The share of entries dated half an hour to three hours back, about a customer of the shared pool (a late
     * entry: both desks replay everything again, and a late visit takes the customer from whoever had it).
     */
    static final int LATE_PERCENT = 1;
    /**
     * In the first half, every so many entries the desk's manager withdraws one of its earlier entries (at most
     * once each). Not in the second half: a withdrawal replays everything again, which would mend a wrong
     * incremental replay of the late entries before the test could see it.
     */
    static final int WITHDRAW_EVERY = 200;

    private DeskWriter() {
    }

    public static void main(String[] args) throws IOException {
        String url = args[0];
        int desk = Integer.parseInt(args[1]);
        int count = Integer.parseInt(args[2]);
        long seed = Long.parseLong(args[3]);
        Path idsFile = Path.of(args[4]);
        Database.Durability durability = args.length > 5 ? Database.Durability.valueOf(args[5]) : Database.Durability.SYNC;
        if (desk != 1 && desk != 2) {
            throw new IllegalArgumentException("desk must be 1 or 2: " + desk);
        }
        List<String> consultants = desk == 1 ? List.of("A", "B", "C") : List.of("D", "E", "F");
        Random r = new Random(seed);
        Clock clock = Clock.system(Office.ZONE);
        List<Long> ids = new ArrayList<>(count);
        Set<Long> withdrawnIds = new HashSet<>();
        try (Office office = Office.open(Database.openServer(url, durability), clock)) {
            RegisterDesk register = new RegisterDesk(office);
            System.out.println("ready desk " + desk);
            System.out.flush();
            String go = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (!"go".equals(go)) {
                throw new IllegalStateException("expected go, got " + go);
            }
            long start = System.currentTimeMillis();
            long startNanos = System.nanoTime();
            int withdrawn = 0;
            for (int i = 0; i < count; i++) {
                String by = consultants.get(r.nextInt(consultants.size()));
                boolean late = r.nextInt(100) < LATE_PERCENT;
                String phone = late || r.nextDouble() < SHARED ? String.format("1380000%04d", r.nextInt(SHARED_PHONES))
                        : String.format("139%d00%05d", desk, r.nextInt(OWN_PHONES));
                Contact customer = new Contact("客户" + phone.substring(7), Phone.parse(phone));
                LocalDateTime at = LocalDateTime.now(clock);
                if (late) {
                    // Typed in later from the paper sheet: before the other entries about this customer, so it decides the owner.
                    at = at.minusMinutes(30 + r.nextInt(150));
                }
                Entry e = r.nextInt(10) == 0 ? new Call(at, by, customer) : Visit.plain(at, by, customer);
                ids.add(register.record(e, by));
                if (i < count / 2 && i % WITHDRAW_EVERY == WITHDRAW_EVERY / 2) {
                    long id = ids.get(r.nextInt(ids.size()));
                    if (withdrawnIds.add(id)) {
                        register.withdraw(id, "M", "登记错误");
                        withdrawn++;
                    }
                }
            }
            long ms = (System.nanoTime() - startNanos) / 1_000_000;
            long end = System.currentTimeMillis();
            Files.write(idsFile, ids.stream().map(String::valueOf).toList(), StandardCharsets.UTF_8);
            long cpu = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime() / 1_000_000;
            System.out.printf("done desk %d entries %d ms %d start %d end %d rate %.1f/s durability %s withdrawn %d cpu %d%n", desk, count,
                    ms, start, end, count * 1000.0 / Math.max(1, ms), durability, withdrawn, cpu);
        }
    }
}
