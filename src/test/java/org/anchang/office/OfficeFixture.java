package org.anchang.office;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.anchang.customer.Contact;
import org.anchang.customer.Phone;
import org.anchang.register.Visit;
import org.anchang.store.Database;

/** An office in a temporary directory with a manager M, a clerk K and consultants A–D, its clock fixed. */
final class OfficeFixture {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 20, 18, 0);

    static Clock clock(LocalDateTime now) {
        return Clock.fixed(now.atZone(Office.ZONE).toInstant(), ZoneOffset.UTC);
    }

    static Office open(Path dir) {
        return Office.open(Database.openFile(dir, Database.Durability.FLUSH), clock(NOW));
    }

    static Office staffed(Path dir) {
        Office o = open(dir);
        Staff s = new Staff(o);
        s.addPerson("M", "经理-孙八", "manager", "setup");
        s.addPerson("K", "内业-周敏", "clerk", "M");
        String[][] people = {{"A", "张三"}, {"B", "李四"}, {"C", "王五"}, {"D", "赵六"}, {"X", "渠道-钱七"}};
        for (String[] p : people) {
            s.addPerson(p[0], p[1], p[0].equals("X") ? "agent" : "consultant", "M");
        }
        return o;
    }

    static Visit visit(String at, String by, String name, String phone) {
        return Visit.plain(LocalDateTime.parse("2026-" + at.replace(' ', 'T')), by, new Contact(name, Phone.parse(phone)));
    }
}
