package org.anchang.ui.customers;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.anchang.customer.Contact;
import org.anchang.customer.Phone;
import org.anchang.office.Office;
import org.anchang.office.RegisterDesk;
import org.anchang.office.SignIn;
import org.anchang.office.Staff;
import org.anchang.register.FollowUp;
import org.anchang.register.Visit;
import org.anchang.store.Database;
import org.anchang.ui.shell.TaskRunner;

/**
 * A small office for the customer screens' tests, its clock at 3月20日 18:00: 王强 (A's, collided by B, protected
 * through 3月26日), 王芳 (D's, no follow-up yet, last day 3月22日), 赵敏 (typed as A's, corrected to B's).
 */
final class CustomersOffice {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 20, 18, 0);
    static final SignIn.Person MANAGER = new SignIn.Person("M", "经理-孙八", "manager");
    static final SignIn.Person A = new SignIn.Person("A", "张三", "consultant");
    static final SignIn.Person B = new SignIn.Person("B", "李四", "consultant");

    static Office open(Path dir) {
        Clock clock = Clock.fixed(NOW.atZone(Office.ZONE).toInstant(), ZoneOffset.UTC);
        Office o = Office.open(Database.openFile(dir, Database.Durability.FLUSH), clock);
        Staff s = new Staff(o);
        s.addPerson("M", "经理-孙八", "manager", "setup");
        s.addPerson("K", "内业-周敏", "clerk", "M");
        String[][] people = {{"A", "张三"}, {"B", "李四"}, {"C", "王五"}, {"D", "赵六"}};
        for (String[] p : people) {
            s.addPerson(p[0], p[1], "consultant", "M");
        }
        RegisterDesk desk = new RegisterDesk(o);
        desk.record(visit("03-18 10:00", "A", "王强", "13800001111"), "K");
        desk.record(new FollowUp(at("03-19 09:00"), "A", Phone.parse("13800001111")), "A");
        desk.record(visit("03-19 15:00", "B", "王强", "13800001111"), "K");
        desk.record(visit("03-15 10:00", "D", "王芳", "13911112222"), "K");
        long zhao = desk.record(visit("03-20 10:00", "A", "赵敏", "13700003333"), "K");
        desk.correct(zhao, visit("03-20 10:00", "B", "赵敏", "13700003333"), "K", "接待顾问写错了,应为李四");
        return o;
    }

    static LocalDateTime at(String mmddhhmm) {
        return LocalDateTime.parse("2026-" + mmddhhmm.replace(' ', 'T'));
    }

    static Visit visit(String at, String by, String name, String phone) {
        return Visit.plain(at(at), by, new Contact(name, Phone.parse(phone)));
    }

    static ResourceBundle messages() {
        return ResourceBundle.getBundle("org.anchang.ui.messages", Locale.SIMPLIFIED_CHINESE);
    }

    /** Holds the work until told to run it, in any order: for answers that come back late. */
    static final class HeldRunner implements TaskRunner {
        final Deque<Runnable> held = new ArrayDeque<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
            held.add(() -> TaskRunner.SAME_THREAD.run(work, done, failed));
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
