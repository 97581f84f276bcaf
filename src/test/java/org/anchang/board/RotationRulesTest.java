package org.anchang.board;

import static org.anchang.board.BoardRules.AwayWithoutLeave.MAKE_UP;
import static org.anchang.board.BoardRules.AwayWithoutLeave.PASS;
import static org.anchang.board.BoardRules.Nonbuyer.IN_TURN;
import static org.anchang.board.BoardRules.Nonbuyer.LAST;
import static org.anchang.board.DayScript.to;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One test per rule of SPEC §6 the board implements; expected values worked out from BOARD-FORMAT.md. */
class RotationRulesTest {

    private static final BoardRules ROTATION_15D = DayScript.rules(PASS, LAST);
    private static final BoardRules FIRST_RECEPTION = DayScript.rules(PASS, IN_TURN);

    @Test
    void rot1_lateArrivalTakesTurnsInTheDayOrder() {
        BoardState s = DayScript.of("A", "B", "C").checkin("A", "C").walkins(2)
                .checkin("B").done("A", "C").walkins(2).replay();

        // B is not on the floor yet at the second walk-in: skipped without a mark, then joins in order.
        assertThat(to(s)).containsExactly("A", "C", "A", "B");
        assertThat(s.tally().get("B")).isEqualTo(new Tally(1, 0, 0, 0));
        assertThat(s.assignments()).allMatch(a -> a.rule().equals("ROT-1") && a.counted());
    }

    @Test
    void rot1_earlyArrivalDoesNotJumpTheOrder() {
        BoardState s = DayScript.of("A", "B", "C").checkin("C", "B", "A").walkin().replay();

        assertThat(to(s)).containsExactly("A");
    }

    @Test
    void rot2_awayWithoutLeaveIsPassedOverWithNothing() {
        BoardState s = DayScript.of("A", "B", "C").with(ROTATION_15D).checkin("A", "B", "C")
                .away("A", false).walkin().back("A").walkins(2).replay();

        assertThat(to(s)).containsExactly("B", "C", "A");
        assertThat(s.tally().get("A")).isEqualTo(new Tally(1, 0, 1, 0));
        assertThat(s.creditsEarned()).isEmpty();
    }

    @Test
    void rot2_salesDeptAwayWithoutLeaveTakesTheNextGroupFirst() {
        BoardState s = DayScript.of("A", "B", "C").with(DayScript.rules(MAKE_UP, LAST)).checkin("A", "B", "C")
                .away("A", false).walkin().back("A").walkins(2).replay();

        assertThat(to(s)).containsExactly("B", "A", "C");
        assertThat(s.tally().get("A")).isEqualTo(new Tally(1, 1, 0, 0));
        assertThat(s.creditsEarned()).extracting(MakeUpCredit::rule).containsExactly("ROT-2");
    }

    @Test
    void rot3_permittedLeaveKeepsThePlaceAndTheNextServesFirst() {
        // Under rotation-15d, so that the make-up cannot come from ROT-2.
        DayScript day = DayScript.of("A", "B", "C").with(ROTATION_15D).checkin("A", "B", "C")
                .away("A", true).walkin();
        BoardState mid = day.replay();
        assertThat(to(mid)).containsExactly("B");
        assertThat(mid.states().get("A")).isInstanceOf(ConsultantState.OnLeave.class);
        assertThat(mid.credits()).extracting(MakeUpCredit::consultant, MakeUpCredit::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A", "ROT-3"));

        BoardState s = day.back("A").walkins(2).replay();
        assertThat(to(s)).containsExactly("B", "A", "C");
        assertThat(s.tally().get("A")).isEqualTo(new Tally(1, 1, 0, 0));
    }

    @Test
    void rot4_busyConsultantEarnsMakeUpServedFirstAtTheNextWalkin() {
        DayScript day = DayScript.of("A", "B", "C").checkin("A", "B", "C").walkins(3).done("B", "C").walkin();
        BoardState mid = day.replay();
        assertThat(to(mid)).containsExactly("A", "B", "C", "B");
        assertThat(mid.credits()).extracting(MakeUpCredit::consultant).containsExactly("A");
        assertThat(mid.next()).isEqualTo(Optional.of("C"));

        BoardState s = day.done("A").replay();
        assertThat(s.next()).as("下一位: the make-up holder once free").isEqualTo(Optional.of("A"));
        s = day.walkin().replay();
        assertThat(to(s)).containsExactly("A", "B", "C", "B", "A");
        Assignment makeUp = s.assignments().get(4);
        assertThat(makeUp.counted()).isTrue();
        assertThat(makeUp.rule()).isEqualTo("ROT-4");
        assertThat(s.tally().get("A")).isEqualTo(new Tally(2, 1, 0, 0));
        assertThat(s.pointerAt()).as("a make-up leaves the pointer where it was").isEqualTo("C");
    }

    @Test
    void rot4_makeUpsAreTakenInTheOrderEarned() {
        DayScript day = DayScript.of("A", "B", "C", "D").checkin("A", "B", "C", "D")
                .walkin().old("B").walkin().walkin() // A; B serves an old customer; B passed over, C; D
                .done("C").walkin() // A and B busy: both passed over, A's credit after B's
                .done("A", "B");
        BoardState mid = day.replay();
        assertThat(mid.credits()).extracting(MakeUpCredit::consultant).containsExactly("B", "A", "B");

        BoardState s = day.walkins(2).replay();
        assertThat(to(s)).containsExactly("A", "B", "C", "D", "C", "B", "A");
        assertThat(s.tally().get("B")).isEqualTo(new Tally(1, 1, 0, 1));
    }

    @Test
    void rot4_nobodyFreeMeansTheGroupWaitsAndNobodyIsPassedOver() {
        DayScript day = DayScript.of("A", "B").checkin("A", "B").walkins(3);
        BoardState waiting = day.replay();
        assertThat(waiting.waiting()).extracting(WaitingCustomer::index).containsExactly(4);
        assertThat(waiting.creditsEarned()).isEmpty();
        assertThat(waiting.next()).isEmpty();

        BoardState s = day.done("B").replay();
        Assignment a = s.assignment(4).orElseThrow();
        assertThat(a.to()).contains("B");
        assertThat(a.counted()).isTrue();
        assertThat(a.at()).as("the time of the action that freed B").isEqualTo(s.log().get(5).at());
        assertThat(s.pointerAt()).as("the pointer moves past the one who took the group").isEqualTo("A");
        assertThat(s.waiting()).isEmpty();
    }

    @Test
    void rot5_oldCustomerGoesToTheOwnerNotCountedPointerUnchanged() {
        BoardState s = DayScript.of("A", "B", "C").checkin("A", "B", "C").walkin().done("A").old("C")
                .walkin().replay();

        assertThat(to(s)).containsExactly("A", "C", "B");
        assertThat(s.assignments().get(1)).extracting(Assignment::counted, Assignment::rule)
                .containsExactly(false, "ROT-5");
        assertThat(s.tally().get("C").turns()).isZero();
    }

    @Test
    void rot5_ownerBusyTheLastInRotationHelpsNotCounted() {
        BoardState s = DayScript.of("A", "B", "C", "D").checkin("A", "B", "C", "D").walkin().old("A")
                .walkin().replay();

        // Pointer at B after A's turn: B, C, D are free, D is reached last.
        assertThat(to(s)).containsExactly("A", "D", "B");
        assertThat(s.tally().get("D")).isEqualTo(new Tally(0, 0, 0, 0));
    }

    @Test
    void rot5_consultantPassedOverWhileServingAnOldCustomerEarnsMakeUp() {
        BoardState s = DayScript.of("A", "B", "C").checkin("A", "B", "C").old("A").walkin().done("A")
                .walkin().replay();

        assertThat(to(s)).containsExactly("A", "B", "A");
        assertThat(s.tally().get("A")).isEqualTo(new Tally(1, 1, 0, 0));
    }

    @Test
    void rot6_theSameGroupComingAgainCountsOnce() {
        DayScript day = DayScript.of("A", "B").checkin("A", "B").walkin();
        int first = day.last();
        BoardState s = day.done("A").repeat(first).walkin().replay();

        assertThat(to(s)).containsExactly("A", "A", "B");
        assertThat(s.assignments().get(1)).extracting(Assignment::counted, Assignment::rule)
                .containsExactly(false, "ROT-6");
        assertThat(s.tally().get("A").turns()).isEqualTo(1);
    }

    @Test
    void rot7_nonbuyerGoesToTheLastInRotationNotCounted() {
        BoardState s = DayScript.of("A", "B", "C").checkin("A", "B", "C").walkin(WalkinType.NONBUYER)
                .done("C").walkin().replay();

        assertThat(to(s)).containsExactly("C", "A");
        assertThat(s.tally().get("C")).isEqualTo(new Tally(0, 0, 0, 0));
    }

    @Test
    void rot7_firstReceptionNonbuyerIsServedInTurnAndEarnsMakeUp() {
        BoardState s = DayScript.of("A", "B", "C").with(FIRST_RECEPTION).checkin("A", "B", "C")
                .walkin(WalkinType.NONBUYER).walkin().done("A").walkin().replay();

        assertThat(to(s)).containsExactly("A", "B", "A");
        assertThat(s.assignments().get(0).counted()).isFalse();
        assertThat(s.creditsEarned()).extracting(MakeUpCredit::rule).containsExactly("ROT-7");
        assertThat(s.tally().get("A")).isEqualTo(new Tally(1, 1, 0, 0));
    }

    @Test
    void rot8_brochureIsNobodysTurnButComingInIs() {
        DayScript day = DayScript.of("A", "B").checkin("A", "B").walkin(WalkinType.BROCHURE);
        int brochure = day.last();
        BoardState s = day.walkin().repeat(brochure).replay();

        assertThat(to(s)).containsExactly(null, "A", "B");
        assertThat(s.assignments().get(0)).extracting(Assignment::counted, Assignment::rule)
                .containsExactly(false, "ROT-8");
        assertThat(s.assignments().get(2)).extracting(Assignment::counted, Assignment::rule)
                .containsExactly(true, "ROT-8");
    }

    @Test
    void rot9_receptionLastingMoreThanACycleDoesNotCostTheTurn() {
        BoardState s = DayScript.of("A", "B", "C").checkin("A", "B", "C").walkins(3).done("B", "C")
                .walkin().done("B").walkin().done("C").walkin() // A still with its first group
                .done("A").walkin().replay();

        assertThat(to(s)).containsExactly("A", "B", "C", "B", "C", "B", "A");
        assertThat(s.creditsEarned()).extracting(MakeUpCredit::consultant).containsExactly("A", "A");
        assertThat(s.tally().get("A")).isEqualTo(new Tally(2, 1, 0, 1));
    }

    @Test
    void rot10_freeReceptionDayRecordsWhoTookTheGroup() {
        DayScript day = DayScript.of("A", "B", "C").checkin("A", "B", "C").free(true)
                .takenBy("C", WalkinType.NEW).takenBy("C", WalkinType.NEW).takenBy("B", WalkinType.NONBUYER);
        BoardState during = day.replay();
        assertThat(during.freeReception()).isTrue();
        assertThat(to(during)).containsExactly("C", "C", "B");
        assertThat(during.assignments()).extracting(Assignment::rule).containsOnly("ROT-10");
        assertThat(during.pointerAt()).isEqualTo("A");
        assertThat(during.tally().get("C").turns()).isEqualTo(2);
        assertThat(during.tally().get("B").turns()).as("a nonbuyer is no turn even then").isZero();

        BoardState s = day.free(false).done("B", "C").walkin().replay();
        assertThat(s.freeReception()).isFalse();
        assertThat(to(s)).last().isEqualTo("A");
    }

    @Test
    void rot11_phoneDutyIsTheFirstOfTheDayOrder() {
        BoardState s = DayScript.of("C", "A", "B").checkin("A", "B").replay();

        assertThat(s.phoneDuty()).contains("C");
    }

    @Test
    void rot12_appointmentGoesToTheConsultantWhoMadeIt() {
        BoardState s = DayScript.of("A", "B", "C").checkin("A", "B", "C").appointment("B").walkin().replay();

        assertThat(to(s)).containsExactly("B", "A");
        assertThat(s.assignments().get(0)).extracting(Assignment::counted, Assignment::rule)
                .containsExactly(false, "ROT-12");
    }

    @Test
    void rot12_ownerReceivingTheLastInRotationHelpsAndKeepsTheTurn() {
        BoardState s = DayScript.of("A", "B", "C").checkin("A", "B", "C").walkin().appointment("A")
                .walkin().replay();

        assertThat(to(s)).containsExactly("A", "C", "B");
        assertThat(s.tally().get("C")).isEqualTo(new Tally(0, 0, 0, 0));
    }

    @Test
    void rot12_ownerAwayWithoutLeaveOrNotCheckedInMakesItTheRotationConsultantsCounted() {
        BoardState s = DayScript.of("A", "B", "C", "D").with(ROTATION_15D).checkin("A", "B", "C")
                .away("B", false).appointment("B").appointment("D").old("D").replay();

        // The appointments become new walk-ins: A, then B passed over (轮空) and C. The old customer
        // of the absent D would go to the last in rotation, but nobody is free now: it waits, uncounted.
        assertThat(to(s).subList(0, 2)).containsExactly("A", "C");
        assertThat(s.assignments().subList(0, 2)).allMatch(a -> a.counted() && a.rule().equals("ROT-12"));
        assertThat(s.tally().get("B").passes()).isEqualTo(1);
        assertThat(s.waiting()).extracting(WaitingCustomer::type, WaitingCustomer::counted)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(WalkinType.OLD, false));
    }

    @Test
    void rot13_everyActionIsLoggedWithItsTimeAndWhatItDid() {
        DayScript day = DayScript.of("A", "B").checkin("A", "B").walkins(2).done("A").done("A");
        BoardState s = day.replay();

        assertThat(s.log()).hasSize(day.day().actions().size());
        for (int i = 0; i < s.log().size(); i++) {
            assertThat(s.log().get(i).index()).isEqualTo(i);
            assertThat(s.log().get(i).at()).isEqualTo(day.day().actions().get(i).at());
            assertThat(s.log().get(i).action()).isEqualTo(day.day().actions().get(i));
        }
        assertThat(s.log().get(2).note()).contains("→ A");
        assertThat(s.log().get(5).note()).as("a done of someone not receiving changes nothing").contains("忽略");
    }

    @Test
    void rot14_aDeveloperRelationGroupGoesToTheLastInRotationNotCounted() {
        BoardState s = DayScript.of("A", "B", "C").checkin("A", "B", "C").walkin(WalkinType.RELATION)
                .done("C").walkin().replay();

        assertThat(to(s)).containsExactly("C", "A");
        assertThat(s.assignments().get(0)).extracting(Assignment::counted, Assignment::rule)
                .containsExactly(false, "ROT-14");
        assertThat(s.tally().get("C")).isEqualTo(new Tally(0, 0, 0, 0));
    }

    @Test
    void rot15_aStandInPassedOverIsMadeUpBeforeEarlierCreditsUnderEightArticles() {
        // A is passed over while busy (a ROT-4 credit); later C stands in for busy B's old customer and is
        // passed over too. When both are free, whose make-up comes first?
        java.util.function.Function<BoardRules, BoardState> day = r -> DayScript.of("A", "B", "C", "D").with(r)
                .checkin("A", "B", "C", "D")
                .walkin().walkin()   // A, B
                .done("B")
                .walkin().walkin()   // C, D
                .walkin()            // passes A (receiving: credit), B takes it
                .done("C")
                .old("B")            // B receiving: the last free in rotation, C, stands in
                .done("D")
                .walkin()            // passes C (standing in: credit), D takes it
                .done("A", "C")
                .walkin().replay();
        BoardRules eight = new BoardRules(BoardRules.AwayWithoutLeave.PASS, BoardRules.Nonbuyer.LAST, true);
        BoardState plain = day.apply(BoardRules.SALES_DEPT);
        BoardState first = day.apply(eight);

        assertThat(first.creditsEarned()).extracting(MakeUpCredit::consultant, MakeUpCredit::rule)
                .contains(org.assertj.core.api.Assertions.tuple("C", "ROT-15"));
        assertThat(plain.creditsEarned()).extracting(MakeUpCredit::rule).doesNotContain("ROT-15");
        assertThat(to(plain).get(to(plain).size() - 1)).as("credits in the order earned: A's ROT-4 first")
                .isEqualTo("A");
        assertThat(to(first).get(to(first).size() - 1)).as("eight-articles 第四条: the stand-in first")
                .isEqualTo("C");
    }

    @Test
    void rot16_theOwnerReclaimsAProtectedCustomerAndTheReceiverIsMadeUp() {
        DayScript d = DayScript.of("A", "B", "C").checkin("A", "B", "C").walkin();
        int group = d.last();
        BoardState s = d.reclaim(group, "C").walkin().walkin().replay();

        assertThat(s.assignment(group + 1)).get().extracting(a -> a.to().orElseThrow(), Assignment::counted, Assignment::rule)
                .containsExactly("C", false, "ROT-16");
        assertThat(s.creditsEarned()).extracting(MakeUpCredit::consultant, MakeUpCredit::rule)
                .containsExactly(org.assertj.core.api.Assertions.tuple("A", "ROT-16"));
        // The first walk-in stays A's assignment (the log keeps it); A is free again and made up first, then
        // the rotation goes on with B (C is receiving the reclaimed group).
        assertThat(to(s)).containsExactly("A", "A", "B");
        assertThat(s.tally().get("A")).isEqualTo(new Tally(2, 1, 0, 0));
        assertThat(s.states().get("C")).isInstanceOf(ConsultantState.Receiving.class);
    }

    @Test
    void rot16_aReclaimByABusyOwnerIsRefusedNamingTheField() {
        DayScript d = DayScript.of("A", "B").checkin("A", "B").walkin();
        int group = d.last();
        d.walkin();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> d.reclaim(group, "B").replay())
                .isInstanceOf(BoardActionException.class).hasMessageContaining("owner");
    }
}
