package org.anchang.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anchang.board.BoardAction;
import org.anchang.board.BoardDay;
import org.anchang.board.BoardRules;
import org.anchang.board.BoardState;
import org.anchang.board.ConsultantState;
import org.anchang.board.WalkinType;
import org.anchang.store.AuditLog;
import org.anchang.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoardDeskTest {

    static final LocalDate DAY = LocalDate.of(2026, 3, 21);

    /** A clock the test moves by hand. */
    static final class HandClock extends Clock {
        Instant now = LocalDateTime.of(2026, 3, 21, 9, 0).atZone(Office.ZONE).toInstant();

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return Office.ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @TempDir
    Path dir;
    final HandClock clock = new HandClock();

    Office office() {
        return Office.open(Database.openFile(dir, Database.Durability.FLUSH), clock);
    }

    Office staffed() {
        Office o = office();
        Staff s = new Staff(o);
        s.addPerson("M", "经理-孙八", "manager", "setup");
        s.addPerson("K", "内业-周敏", "clerk", "M");
        String[][] people = {{"A", "张三"}, {"B", "李四"}, {"C", "王五"}, {"D", "赵六"}};
        for (String[] p : people) {
            s.addPerson(p[0], p[1], "consultant", "M");
        }
        s.setRoster(DAY, List.of("A", "B", "C", "D"), "M");
        return o;
    }

    static LocalTime t(String hhmm) {
        return LocalTime.parse(hhmm);
    }

    /** A day with every kind of action, in an order the engine accepts. */
    static List<BoardAction> everyKind() {
        List<BoardAction> a = new ArrayList<>();
        a.add(new BoardAction.Checkin(t("09:00"), "A"));
        a.add(new BoardAction.Checkin(t("09:00"), "B"));
        a.add(new BoardAction.Checkin(t("09:01"), "C"));
        a.add(BoardAction.Walkin.newGroup(t("09:30")));                         // 3 → A
        a.add(new BoardAction.Away(t("09:35"), "B", true));
        a.add(BoardAction.Walkin.newGroup(t("09:40")));                         // 5 → C, B earns a make-up
        a.add(new BoardAction.Back(t("09:50"), "B"));
        a.add(BoardAction.Walkin.owned(t("10:00"), WalkinType.OLD, "A"));       // 7 A receiving → last
        a.add(new BoardAction.Done(t("10:10"), "A"));
        a.add(BoardAction.Walkin.owned(t("10:15"), WalkinType.APPOINTMENT, "A"));
        a.add(BoardAction.Walkin.of(t("10:20"), WalkinType.BROCHURE));
        a.add(new BoardAction.Done(t("10:25"), "C"));
        a.add(BoardAction.Walkin.of(t("10:30"), WalkinType.NONBUYER));
        a.add(BoardAction.Walkin.repeat(t("10:40"), 3));
        a.add(new BoardAction.Away(t("10:45"), "C", false));
        a.add(new BoardAction.Free(t("11:00"), true));
        a.add(new BoardAction.Checkin(t("11:05"), "D"));
        a.add(BoardAction.Walkin.takenBy(t("11:10"), "D"));
        a.add(new BoardAction.Free(t("11:30"), false));
        return a;
    }

    @Test
    void everyKindOfActionIsStoredAndReplaysLikeTheEngine() {
        List<BoardAction> actions = everyKind();
        BoardState expected = new BoardDay(DAY, List.of("A", "B", "C", "D"), BoardRules.SALES_DEPT, actions).replay();
        BoardState last;
        try (Office o = staffed()) {
            BoardDesk desk = new BoardDesk(o);
            last = null;
            for (BoardAction a : actions) {
                boolean unpermitted = a instanceof BoardAction.Away w && !w.permitted();
                last = desk.act(DAY, a, unpermitted ? "M" : "K");
            }
            assertThat(last.assignments()).isEqualTo(expected.assignments());
            assertThat(last.tally()).isEqualTo(expected.tally());
            assertThat(desk.day(DAY)).isEqualTo(last);
            int rows = o.read(h -> h.createQuery("SELECT COUNT(*) FROM board_action").mapTo(Integer.class).one());
            assertThat(rows).isEqualTo(actions.size());
            assertThat(o.read(AuditLog::verify)).isEmpty();
        }
        try (Office reopened = office()) {
            assertThat(new BoardDesk(reopened).day(DAY)).isEqualTo(last);
        }
    }

    @Test
    void aBadActionIsRefusedNamingTheFieldAndNothingIsWritten() {
        try (Office o = staffed()) {
            BoardDesk desk = new BoardDesk(o);
            desk.act(DAY, new BoardAction.Checkin(t("09:00"), "A"), "K");
            assertThatThrownBy(() -> desk.act(DAY, new BoardAction.Checkin(t("09:01"), "Z"), "K"))
                    .isInstanceOf(OfficeException.class).hasMessageContaining("顾问").hasMessageContaining("Z");
            assertThatThrownBy(() -> desk.act(DAY, BoardAction.Walkin.repeat(t("09:02"), 0), "K"))
                    .isInstanceOf(OfficeException.class).hasMessageStartingWith("复访的来客");
            assertThatThrownBy(() -> desk.act(DAY, new BoardAction.Checkin(t("08:00"), "B"), "K"))
                    .isInstanceOf(OfficeException.class).hasMessageStartingWith("时间");
            assertThatThrownBy(() -> desk.act(DAY, new BoardAction.Checkin(t("09:05"), "B"), "nobody"))
                    .isInstanceOf(OfficeException.class).hasMessageStartingWith("操作人");
            assertThatThrownBy(() -> desk.act(DAY.plusDays(1), new BoardAction.Checkin(t("09:05"), "B"), "K"))
                    .isInstanceOf(OfficeException.class).hasMessageStartingWith("轮序");
            int rows = o.read(h -> h.createQuery("SELECT COUNT(*) FROM board_action").mapTo(Integer.class).one());
            assertThat(rows).isEqualTo(1);
        }
    }

    @Test
    void undoWithinTwoMinutesIsStoredAsAnActionAndTheReplaySkipsTheUndone() {
        try (Office o = staffed()) {
            BoardDesk desk = new BoardDesk(o);
            desk.act(DAY, new BoardAction.Checkin(t("09:00"), "A"), "K");
            desk.act(DAY, new BoardAction.Checkin(t("09:00"), "B"), "K");
            BoardState before = desk.act(DAY, BoardAction.Walkin.newGroup(t("09:30")), "K");
            assertThat(before.states().get("A")).isInstanceOf(ConsultantState.Receiving.class);
            clock.advance(Duration.ofSeconds(100));
            BoardState after = desk.undo(DAY, "K");
            assertThat(after.assignments()).isEmpty();
            assertThat(after.states().get("A")).isEqualTo(ConsultantState.FREE);
            assertThat(desk.day(DAY)).isEqualTo(after);
            List<String> kinds = o.read(h -> h.createQuery("SELECT kind FROM board_action ORDER BY id").mapTo(String.class).list());
            assertThat(kinds).containsExactly("checkin", "checkin", "walkin", "undo");
            Optional<Long> undoes = o.read(h -> h.createQuery("SELECT undoes FROM board_action WHERE kind = 'undo'")
                    .mapTo(Long.class).findFirst());
            long walkinId = o.read(h -> h.createQuery("SELECT id FROM board_action WHERE kind = 'walkin'").mapTo(Long.class).one());
            assertThat(undoes).contains(walkinId);
            assertThat(o.read(AuditLog::verify)).isEmpty();
            // the next action takes the undone one's place in the replay
            BoardState again = desk.act(DAY, BoardAction.Walkin.newGroup(t("09:31")), "K");
            assertThat(again.assignment(2).flatMap(a -> a.to())).contains("A");
        }
    }

    @Test
    void undoIsRefusedAfterTwoMinutesAndForAnotherDeskUnlessSupervisorOrManager() {
        try (Office o = staffed()) {
            BoardDesk desk = new BoardDesk(o);
            desk.act(DAY, new BoardAction.Checkin(t("09:00"), "A"), "K");
            clock.advance(Duration.ofSeconds(121));
            assertThatThrownBy(() -> desk.undo(DAY, "K")).isInstanceOf(OfficeException.class)
                    .hasMessageContaining("2分钟");
            desk.act(DAY, new BoardAction.Checkin(t("09:05"), "B"), "K");
            assertThatThrownBy(() -> desk.undo(DAY, "A")).isInstanceOf(OfficeException.class)
                    .hasMessageContaining("主管");
            BoardState after = desk.undo(DAY, "M");
            assertThat(after.states().get("B")).isEqualTo(ConsultantState.OFF);
            assertThat(after.states().get("A")).isEqualTo(ConsultantState.FREE);
            int undos = o.read(h -> h.createQuery("SELECT COUNT(*) FROM board_action WHERE kind = 'undo'").mapTo(Integer.class).one());
            assertThat(undos).isEqualTo(1);
        }
    }

    @Test
    void onlyASupervisorOrManagerMarksSomeoneAwayWithoutLeave() {
        try (Office o = staffed()) {
            BoardDesk desk = new BoardDesk(o);
            desk.act(DAY, new BoardAction.Checkin(t("09:00"), "A"), "K");
            assertThatThrownBy(() -> desk.act(DAY, new BoardAction.Away(t("09:10"), "A", false), "K"))
                    .isInstanceOf(OfficeException.class).hasMessageContaining("主管");
            desk.act(DAY, new BoardAction.Away(t("09:10"), "A", true), "K");
            desk.act(DAY, new BoardAction.Back(t("09:20"), "A"), "K");
            assertThat(desk.act(DAY, new BoardAction.Away(t("09:30"), "A", false), "M").states().get("A"))
                    .isInstanceOf(ConsultantState.AwayWithoutLeave.class);
        }
    }

    @Test
    void theBoardFollowsTheOfficePolicy() {
        try (Office o = staffed()) {
            new Staff(o).setPolicy("first-reception", java.util.Map.of(), "M");
            assertThat(new BoardDesk(o).day(DAY).rules().nonbuyer()).isEqualTo(BoardRules.Nonbuyer.IN_TURN);
        }
    }
}
