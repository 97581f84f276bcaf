package org.anchang.ui.board;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.anchang.office.Office;
import org.anchang.office.Staff;
import org.anchang.store.Database;
import org.anchang.ui.shell.Dialogs;

/** A staffed office in a temp directory for the board screen's tests: supervisor S, consultants A–D. */
final class BoardOffice {

    static final LocalDate DAY = LocalDate.of(2026, 3, 21);
    static final List<String> ORDER = List.of("A", "B", "C", "D");

    static Office open(Path dir) {
        Clock clock = Clock.fixed(LocalDateTime.of(2026, 3, 21, 10, 0).atZone(Office.ZONE).toInstant(), ZoneOffset.UTC);
        return Office.open(Database.openFile(dir, Database.Durability.FLUSH), clock);
    }

    static Office staffed(Path dir) {
        Office o = open(dir);
        Staff s = new Staff(o);
        s.addPerson("M", "经理-孙八", "manager", "setup");
        s.addPerson("S", "主管-郑国栋", "supervisor", "M");
        String[][] people = {{"A", "张三"}, {"B", "李四"}, {"C", "王五"}, {"D", "赵六"}};
        for (String[] p : people) {
            s.addPerson(p[0], p[1], "consultant", "M");
        }
        s.setRoster(DAY, ORDER, "M");
        return o;
    }

    static ResourceBundle messages() {
        return ResourceBundle.getBundle("org.anchang.ui.messages", Locale.SIMPLIFIED_CHINESE);
    }

    /** Answers the screen's questions from a script, and remembers what it was asked. */
    static final class ScriptedDialogs implements Dialogs {
        final Deque<String> answers = new ArrayDeque<>();
        final Deque<String> asked = new ArrayDeque<>();

        ScriptedDialogs answer(String... ids) {
            answers.addAll(List.of(ids));
            return this;
        }

        @Override
        public Optional<String> choose(String title, List<Choice> choices) {
            asked.add(title);
            return Optional.ofNullable(answers.poll());
        }
    }
}
