package org.anchang.ui.register;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.anchang.customer.Contact;
import org.anchang.customer.Phone;
import org.anchang.office.CollisionCheck;
import org.anchang.office.Office;
import org.anchang.office.RegisterDesk;
import org.anchang.office.Staff;
import org.anchang.register.Entry;
import org.anchang.register.Recorded;
import org.anchang.register.Visit;
import org.anchang.store.Database;
import org.anchang.store.EntryStore;
import org.anchang.ui.shell.TaskRunner;

/**
 * An office for the register screen's tests, its clock fixed at 2026-03-20 18:00: manager M, clerk K, consultants
 * A 张三, B 李四, C 王五, D 赵六, channel agent X.
 */
final class RegisterOffice {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 20, 18, 0);
    static final LocalDate DAY = NOW.toLocalDate();

    static Office staffed(Path dir) {
        Clock clock = Clock.fixed(NOW.atZone(Office.ZONE).toInstant(), ZoneOffset.UTC);
        Office o = Office.open(Database.openFile(dir, Database.Durability.FLUSH), clock);
        Staff s = new Staff(o);
        s.addPerson("M", "经理-孙八", "manager", "setup");
        s.addPerson("K", "内业-周敏", "clerk", "M");
        String[][] people = {{"A", "张三"}, {"B", "李四"}, {"C", "王五"}, {"D", "赵六"}};
        for (String[] p : people) {
            s.addPerson(p[0], p[1], "consultant", "M");
        }
        s.addPerson("X", "渠道-钱七", "agent", "M");
        return o;
    }

    static ResourceBundle messages() {
        return ResourceBundle.getBundle("org.anchang.ui.messages", Locale.SIMPLIFIED_CHINESE);
    }

    static EntryViewModel.Context context(Office o, String actor, TaskRunner runner) {
        return new EntryViewModel.Context(new RegisterDesk(o), new CollisionCheck(o), actor, DAY, runner, runner, messages(),
                new RegisterMemory());
    }

    static EntryViewModel.Context context(Office o, String actor) {
        return context(o, actor, TaskRunner.SAME_THREAD);
    }

    static Visit visit(String at, String by, String name, String phone) {
        return Visit.plain(LocalDateTime.parse("2026-" + at.replace(' ', 'T')), by, new Contact(name, Phone.parse(phone)));
    }

    static int entries(Office o) {
        return o.read(h -> h.createQuery("SELECT COUNT(*) FROM entry").mapTo(Integer.class).one());
    }

    /** Every entry stored, as the office reads it back. */
    static List<Entry> stored(Office o) {
        return o.read(h -> EntryStore.since(h, 0)).stream().map(Recorded::entry).flatMap(java.util.Optional::stream).toList();
    }

    /** A runner that holds the work until the test lets it run, in any order: latest-wins can then be seen. */
    static final class HeldRunner implements TaskRunner {
        final Deque<Runnable> held = new ArrayDeque<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
            held.add(() -> TaskRunner.SAME_THREAD.run(work, done, failed));
        }

        void runFirst() {
            held.pollFirst().run();
        }

        void runLast() {
            held.pollLast().run();
        }

        void runAll() {
            while (!held.isEmpty()) {
                held.poll().run();
            }
        }
    }
}
