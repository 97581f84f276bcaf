package org.anchang.rules;

import static org.anchang.rules.CaseBuilder.P1;
import static org.anchang.rules.CaseBuilder.facts;
import static org.anchang.rules.Verdicts.cited;
import static org.anchang.rules.Verdicts.owner;
import static org.anchang.rules.Verdicts.shares;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** OWN-1..8: who owns a customer. */
class OwnRulesTest {

    @Test
    void own1_aLaterClaimWhileProtectedIsACollisionRecordedNotGranted() {
        Verdict v = CaseBuilder.of("sales-dept").visit("03-01 10:00", "A", "王强", P1)
                .visit("03-03 10:00", "B", "王强", P1).visit("03-04 10:00", "C", "王强", P1).judge();
        assertThat(owner(v)).isEqualTo("A");
        assertThat(v.collisions()).containsExactly("B", "C");
        assertThat(v.trail()).filteredOn(t -> t.rule() == RuleId.OWN_1).hasSize(3);
    }

    @Test
    void own2_aCustomerWhoNamesAConsultantOnTheFirstVisitIsTheirs() {
        Verdict v = CaseBuilder.of("sales-dept").visit("03-01 10:00", "B", "王强", P1, facts("named", "A")).judge();
        assertThat(owner(v)).isEqualTo("A");
        assertThat(cited(v)).contains("OWN-2");
    }

    @Test
    void own2_namedAbsentTheReceiverTakesASameDayDealButNotALaterOne() {
        Verdict sameDay = CaseBuilder.of("sales-dept")
                .visit("03-01 10:00", "B", "王强", P1, facts("named", "A", "ownerAbsent", true))
                .deal("03-01 16:00", "B", P1, "deposit").judge();
        assertThat(shares(sameDay, 0)).isEqualTo(Map.of("B", 1.0));
        assertThat(owner(sameDay)).isEqualTo("B");
        Verdict later = CaseBuilder.of("sales-dept")
                .visit("03-01 10:00", "B", "王强", P1, facts("named", "A", "ownerAbsent", true))
                .deal("03-03 16:00", "B", P1, "deposit").judge();
        assertThat(shares(later, 0)).isEqualTo(Map.of("A", 1.0));
    }

    @Test
    void own3_aDepartingConsultantsCustomersGoToThePoolAndAreNotTakenByVisiting() {
        Verdict v = CaseBuilder.of("sales-dept").visit("03-01 10:00", "A", "王强", P1)
                .leave("03-03 18:00", "A").visit("03-04 10:00", "B", "王强", P1).judge();
        assertThat(owner(v)).isEqualTo(Owner.POOL);
        assertThat(cited(v)).contains("OWN-3");
    }

    @Test
    void own3_aDepartureMovesEveryCustomerUnlessTheOfficeKeepsDealtOnes() {
        Verdict v = CaseBuilder.of("software-record").override("leaveMovesDealt", "false").visit("03-01 10:00", "A", "王强", P1)
                .deal("03-02 10:00", "A", P1, "deposit").leave("03-03 18:00", "A").ask(P1, "03-04 10:00").judge();
        assertThat(owner(v)).isEqualTo("A");
        Verdict salesDept = CaseBuilder.of("software-record").visit("03-01 10:00", "A", "王强", P1)
                .deal("03-02 10:00", "A", P1, "deposit").leave("03-03 18:00", "A").ask(P1, "03-04 10:00").judge();
        assertThat(owner(salesDept)).isEqualTo(Owner.POOL);
    }

    @Test
    void own3_aDealOnAPoolCustomerIsHeldForTheHouseUntilTheManagerAssigns() {
        Verdict v = CaseBuilder.of("sales-dept").visit("03-01 10:00", "A", "王强", P1)
                .leave("03-03 18:00", "A").deal("03-04 10:00", "B", P1, "deposit").judge();
        assertThat(shares(v, 0)).isEqualTo(Map.of(Owner.HOUSE, 1.0));
    }

    @Test
    void own4_aComplaintMovesTheCustomerToTheConsultantWhoTakesOver() {
        Verdict v = CaseBuilder.of("software-record").visit("03-01 10:00", "A", "王强", P1)
                .complaint("03-05 10:00", P1, "C").deal("03-08 10:00", "C", P1, "contract").judge();
        assertThat(owner(v)).isEqualTo("C");
        assertThat(shares(v, 0)).isEqualTo(Map.of("C", 1.0));
        assertThat(v.penalties()).isEmpty();
    }

    @Test
    void own5_aDeveloperRelationDealIsHouseCommission() {
        Verdict v = CaseBuilder.of("sales-dept").visit("03-01 10:00", "A", "周总", P1)
                .deal("03-02 10:00", "A", P1, "contract", facts("developerRelation", true)).judge();
        assertThat(shares(v, 0)).isEqualTo(Map.of(Owner.HOUSE, 1.0));
        assertThat(owner(v)).isEqualTo(Owner.HOUSE);
    }

    @Test
    void own6_theManagerAssignsAPoolCustomer() {
        Verdict v = CaseBuilder.of("sales-dept").visit("03-01 10:00", "A", "王强", P1)
                .leave("03-03 18:00", "A").assign("03-04 09:00", P1, "C", "M")
                .visit("03-05 10:00", "B", "王强", P1).judge();
        assertThat(owner(v)).isEqualTo("C");
        assertThat(v.trail()).anySatisfy(t -> assertThat(t.text()).contains("经理 经理-孙八").contains("王五"));
    }

    @Test
    void own7_recalledDuringTheReceptionGoesToTheOriginalAfterItStaysWithTheReceiver() {
        Verdict during = CaseBuilder.of("sales-dept")
                .visit("03-01 10:00", "A", "王强", P1, facts("registered", false))
                .visit("03-10 10:00", "B", "王强", P1, facts("named", "A")).judge();
        assertThat(owner(during)).isEqualTo("A");
        assertThat(cited(during)).contains("OWN-7");
        Verdict after = CaseBuilder.of("sales-dept")
                .visit("03-01 10:00", "A", "王强", P1, facts("registered", false))
                .visit("03-10 10:00", "B", "王强", P1).judge();
        assertThat(owner(after)).isEqualTo("B");
    }

    @Test
    void own8_salesOfficeNotesThatAnUnregisteredCollisionIsTheManagers() {
        Verdict v = CaseBuilder.of("sales-office")
                .visit("03-01 10:00", "A", "王强", P1, facts("registered", false))
                .visit("03-03 10:00", "B", "王强", P1).judge();
        assertThat(owner(v)).isEqualTo("B");
        assertThat(cited(v)).contains("OWN-8");
    }

    @Test
    void own1_collisionsAreHistoryAndAColliderWhoLaterOwnsIsNotFined() {
        Verdict v = CaseBuilder.of("protection-48h").visit("03-01 10:00", "A", "王强", P1)
                .visit("03-02 10:00", "B", "王强", P1).visit("03-12 10:00", "B", "王强", P1).escalated().judge();
        assertThat(owner(v)).isEqualTo("B");
        assertThat(v.collisions()).containsExactly("B");
        assertThat(v.penalties()).isEmpty();
    }
}
