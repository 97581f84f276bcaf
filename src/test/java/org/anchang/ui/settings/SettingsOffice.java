package org.anchang.ui.settings;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.anchang.office.Office;
import org.anchang.office.Staff;
import org.anchang.store.Database;

/** An office for the settings tests: manager M, supervisor S, consultants A–D on the roster of {@link #DAY}. */
final class SettingsOffice {

    static final LocalDate DAY = LocalDate.of(2026, 3, 21);

    static Office staffed(Path dir) {
        Clock clock = Clock.fixed(LocalDateTime.of(2026, 3, 21, 9, 0).atZone(Office.ZONE).toInstant(), ZoneOffset.UTC);
        Office o = Office.open(Database.openFile(dir, Database.Durability.FLUSH), clock);
        Staff s = new Staff(o);
        s.addPerson("M", "经理-孙八", "manager", "setup");
        s.addPerson("S", "主管-郑国栋", "supervisor", "M");
        String[][] people = {{"A", "张三"}, {"B", "李四"}, {"C", "王五"}, {"D", "赵六"}};
        for (String[] p : people) {
            s.addPerson(p[0], p[1], "consultant", "M");
        }
        s.addPerson("K", "内业-周敏", "clerk", "M");
        s.setRoster(DAY, List.of("A", "B", "C", "D"), "M");
        return o;
    }

    static ResourceBundle messages() {
        return ResourceBundle.getBundle("org.anchang.ui.messages", Locale.SIMPLIFIED_CHINESE);
    }
}
