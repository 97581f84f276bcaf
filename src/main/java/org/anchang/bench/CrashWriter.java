package org.anchang.bench;

import org.anchang.store.EntryStore;
import org.anchang.store.Database;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.anchang.customer.Contact;
import org.anchang.customer.Phone;
import org.anchang.office.Office;
import org.anchang.office.RegisterDesk;
import org.anchang.office.Staff;
import org.anchang.register.Call;
import org.anchang.register.Entry;
import org.anchang.register.FollowUp;
import org.anchang.register.Visit;

/**
 * The child process of the crash test ({@link CrashTest}): opens the office in a data directory, adds its
 * people if they are missing, then records 来访, 来电 and 跟踪 entries through {@link RegisterDesk#record}
 * as fast as it can, each with a phone never used before, and prints {@code committed <entryId> <phone>}
 * (flushed) as soon as each call has returned. It is meant to be killed; it stops by itself after a time
 * limit so that a forgotten child does not write for ever.
 *
 * <p>It lives in {@code src/main} so that the shaded jar can run it ({@code bench crash}); the JUnit test runs
 * the same class from the test class path.
 *
 * <pre>java -cp anchang.jar org.anchang.bench.CrashWriter DIR SYNC|FLUSH [SECONDS]</pre>
 *
 * Lines on stdout: {@code ready <lastEntryId> <ms since start>} once the office is open, then one
 * {@code committed <entryId> <phone>} per returned commit.
 */
public final class CrashWriter {

    /** The people the writer needs: a manager to add the others, a clerk who types, three consultants. */
    static final List<String[]> PEOPLE = List.of(new String[] {"M", "经理", "manager"}, new String[] {"K", "内业", "clerk"},
            new String[] {"A", "张三", "consultant"}, new String[] {"B", "李四", "consultant"}, new String[] {"C", "王五", "consultant"});

    private CrashWriter() {
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        if (args.length < 2) {
            System.err.println("usage: CrashWriter DIR SYNC|FLUSH [SECONDS]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        Database.Durability durability = Database.Durability.valueOf(args[1].toUpperCase(Locale.ROOT));
        long limitNanos = (args.length > 2 ? Long.parseLong(args[2]) : 60) * 1_000_000_000L;
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);

        try (Office office = Office.open(Database.openFile(dir, durability), Clock.systemUTC())) {
            staff(office);
            long last = office.read(EntryStore::lastId);
            out.println("ready " + last + " " + (System.nanoTime() - start) / 1_000_000);
            out.flush();
            RegisterDesk desk = new RegisterDesk(office);
            String[] consultants = {"A", "B", "C"};
            // Phones are counted on from the newest entry's number: every committed entry so far had a
            // counter at most its own number, so no committed phone is ever used again.
            for (long n = last + 1; System.nanoTime() - start < limitNanos; n++) {
                Phone phone = phone(n);
                LocalDateTime at = office.now().minusMinutes(1);
                String by = consultants[(int) (n % consultants.length)];
                Entry e = switch ((int) (n % 3)) {
                    case 0 -> Visit.plain(at, by, new Contact("客户" + n, phone));
                    case 1 -> new Call(at, by, new Contact("来电" + n, phone));
                    default -> new FollowUp(at, by, phone);
                };
                long id = desk.record(e, "K");
                out.println("committed " + id + " " + phone.digits());
                out.flush();
            }
        }
    }

    /** The mobile number the writer uses for counter {@code n}: 13 and nine digits. */
    static Phone phone(long n) {
        return new Phone(String.format(Locale.ROOT, "13%09d", n % 1_000_000_000L));
    }

    /** Adds whichever of {@link #PEOPLE} are missing (an earlier child may have been killed half way). */
    private static void staff(Office office) {
        Set<String> have = new HashSet<>(office.read(h -> h.createQuery("SELECT id FROM consultant").mapTo(String.class).list()));
        Staff staff = new Staff(office);
        for (String[] p : PEOPLE) {
            if (!have.contains(p[0])) {
                staff.addPerson(p[0], p[1], p[2], have.isEmpty() ? "setup" : "M");
                have.add(p[0]);
            }
        }
    }
}
