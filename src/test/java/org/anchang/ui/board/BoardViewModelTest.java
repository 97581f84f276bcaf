package org.anchang.ui.board;

import static org.anchang.ui.board.BoardOffice.DAY;
import static org.anchang.ui.board.BoardOffice.ORDER;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.anchang.board.BoardAction;
import org.anchang.board.BoardDay;
import org.anchang.board.BoardRules;
import org.anchang.board.BoardState;
import org.anchang.office.BoardDesk;
import org.anchang.office.Office;
import org.anchang.ui.shell.TaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The board's view model without the JavaFX toolkit: commands go through BoardDesk, state comes back from it. */
class BoardViewModelTest {

    @TempDir
    Path dir;

    BoardViewModel vm(Office o, BoardOffice.ScriptedDialogs dialogs) {
        BoardViewModel vm = new BoardViewModel(new BoardDesk(o), DAY, "S", TaskRunner.SAME_THREAD, dialogs,
                BoardOffice.messages());
        vm.load();
        return vm;
    }

    @Test
    void aMorningOfClicksEndsWithTheEnginesAssignments() {
        try (Office o = BoardOffice.staffed(dir)) {
            BoardOffice.ScriptedDialogs dialogs = new BoardOffice.ScriptedDialogs();
            BoardViewModel vm = vm(o, dialogs);
            assertThat(vm.bannerProperty().get()).isEqualTo("暂无空闲顾问,来客请稍候");
            assertThat(vm.cards()).extracting(BoardViewModel.Card::stateText).containsOnly("未签到");
            assertThat(vm.cards().get(0).phoneDuty()).isTrue();
            dialogs.answer("A", "B", "C");
            vm.checkin();
            vm.checkin();
            vm.checkin();
            assertThat(vm.bannerProperty().get()).isEqualTo("下一位:张三");
            vm.walkin();
            vm.walkin();
            vm.select("C");
            vm.awayWithLeave();                  // the selected card, no question asked
            vm.walkin();                         // nobody free: waits
            assertThat(vm.waitingProperty().get()).isEqualTo("1 组客户等待接待");
            dialogs.answer("A");
            vm.done();                           // A takes the waiting group
            vm.select("C");
            vm.back();
            vm.brochure();
            vm.walkin();
            assertThat(dialogs.answers).isEmpty();

            List<BoardAction> same = new ArrayList<>();
            LocalTime t = LocalTime.of(10, 0);
            same.add(new BoardAction.Checkin(t, "A"));
            same.add(new BoardAction.Checkin(t, "B"));
            same.add(new BoardAction.Checkin(t, "C"));
            same.add(BoardAction.Walkin.newGroup(t));
            same.add(BoardAction.Walkin.newGroup(t));
            same.add(new BoardAction.Away(t, "C", true));
            same.add(BoardAction.Walkin.newGroup(t));
            same.add(new BoardAction.Done(t, "A"));
            same.add(new BoardAction.Back(t, "C"));
            same.add(BoardAction.Walkin.of(t, org.anchang.board.WalkinType.BROCHURE));
            same.add(BoardAction.Walkin.newGroup(t));
            BoardState engine = new BoardDay(DAY, ORDER, BoardRules.SALES_DEPT, same).replay();
            assertThat(vm.stateProperty().get().assignments()).isEqualTo(engine.assignments());
            assertThat(vm.stateProperty().get().tally()).isEqualTo(engine.tally());
            BoardViewModel.Card c = vm.cards().get(2);
            assertThat(c.name()).isEqualTo("王五");
            assertThat(c.stateText()).isEqualTo("接待中 自 10:00");
            assertThat(c.turns()).isEqualTo(1);
            assertThat(c.state()).isEqualTo("receiving");
        }
    }

    @Test
    void theDayPanelAddsTheWeeksEarlierDaysWhenAskedForTheWeek() {
        try (Office o = BoardOffice.staffed(dir)) {
            java.time.LocalDate friday = DAY.minusDays(1);
            java.time.LocalDate lastWeek = DAY.minusDays(7);
            new org.anchang.office.Staff(o).setRoster(friday, List.of("A", "B"), "M");
            new org.anchang.office.Staff(o).setRoster(lastWeek, List.of("A", "B"), "M");
            BoardDesk desk = new BoardDesk(o);
            for (java.time.LocalDate d : List.of(friday, lastWeek)) {
                LocalTime t = LocalTime.of(9, 0);
                desk.act(d, new BoardAction.Checkin(t, "A"), "S");
                desk.act(d, new BoardAction.Checkin(t, "B"), "S");
                desk.act(d, BoardAction.Walkin.newGroup(t.plusMinutes(5)), "S");
                desk.act(d, BoardAction.Walkin.newGroup(t.plusMinutes(6)), "S");
            }
            BoardOffice.ScriptedDialogs dialogs = new BoardOffice.ScriptedDialogs();
            BoardViewModel vm = vm(o, dialogs);
            dialogs.answer("A", "C");
            vm.checkin();
            vm.checkin();
            vm.walkin();
            assertThat(vm.bars()).extracting(BoardViewModel.DayBar::name, BoardViewModel.DayBar::turns)
                    .startsWith(org.assertj.core.api.Assertions.tuple("张三", 1), org.assertj.core.api.Assertions.tuple("李四", 0));
            vm.weekProperty().set(true);
            assertThat(vm.bars()).as("Friday's turns added, last week's not")
                    .extracting(BoardViewModel.DayBar::name, BoardViewModel.DayBar::turns)
                    .startsWith(org.assertj.core.api.Assertions.tuple("张三", 2), org.assertj.core.api.Assertions.tuple("李四", 1));
            vm.walkin();
            assertThat(vm.bars()).extracting(BoardViewModel.DayBar::name, BoardViewModel.DayBar::turns)
                    .contains(org.assertj.core.api.Assertions.tuple("王五", 1));
        }
    }

    @Test
    void aRelationGroupAndAReclaimAreStoredAndReplayedWithTheirRules() {
        try (Office o = BoardOffice.staffed(dir)) {
            BoardOffice.ScriptedDialogs dialogs = new BoardOffice.ScriptedDialogs();
            BoardViewModel vm = vm(o, dialogs);
            dialogs.answer("A", "B", "C");
            vm.checkin();
            vm.checkin();
            vm.checkin();
            vm.relation();                        // ROT-14: the last in rotation, C, not counted
            vm.walkin();                          // A
            int walkin = vm.stateProperty().get().assignments().get(1).index();
            dialogs.answer(String.valueOf(walkin), "B");
            vm.reclaim();                         // B reclaims A's group: A made up (ROT-16)
            BoardState s = vm.stateProperty().get();
            assertThat(s.assignments()).extracting(org.anchang.board.Assignment::rule)
                    .containsExactly("ROT-14", "ROT-1", "ROT-16");
            assertThat(s.credits()).extracting(org.anchang.board.MakeUpCredit::consultant).containsExactly("A");
            assertThat(vm.bannerProperty().get()).isEqualTo("下一位:张三");
            assertThat(vm.messageProperty().get()).isEqualTo("已登记认回,接待者补轮一次");
            BoardViewModel again = vm(o, new BoardOffice.ScriptedDialogs());
            assertThat(again.stateProperty().get().assignments()).isEqualTo(s.assignments());
        }
    }

    @Test
    void aRefusedCommandSaysWhyAndChangesNothingAndUndoTakesBackTheLastClick() {
        try (Office o = BoardOffice.staffed(dir)) {
            BoardOffice.ScriptedDialogs dialogs = new BoardOffice.ScriptedDialogs();
            BoardViewModel vm = vm(o, dialogs);
            vm.done();
            assertThat(vm.messageProperty().get()).contains("没有符合条件");
            assertThat(vm.errorProperty().get()).isTrue();
            dialogs.answer("B");
            vm.checkin();
            vm.walkin();
            assertThat(vm.cards().get(1).state()).isEqualTo("receiving");
            vm.undo();
            assertThat(vm.cards().get(1).state()).isEqualTo("free");
            assertThat(vm.messageProperty().get()).isEqualTo("已撤销上一步");
            vm.toggleFree();
            assertThat(vm.freeReceptionProperty().get()).isTrue();
            assertThat(vm.bannerProperty().get()).isEqualTo("自由接待中");
            dialogs.answer("B");
            vm.walkin();
            assertThat(vm.stateProperty().get().assignments().get(0).rule()).isEqualTo("ROT-10");
        }
    }

    @Test
    void afterARestartTheBoardShowsTheSameCards() {
        List<BoardViewModel.Card> before;
        try (Office o = BoardOffice.staffed(dir)) {
            BoardViewModel vm = vm(o, new BoardOffice.ScriptedDialogs().answer("A", "B", "D"));
            vm.checkin();
            vm.checkin();
            vm.checkin();
            vm.walkin();
            vm.nonbuyer();
            before = List.copyOf(vm.cards());
        }
        try (Office o = BoardOffice.open(dir)) {
            assertThat(vm(o, new BoardOffice.ScriptedDialogs()).cards()).isEqualTo(before);
        }
    }
}
