package org.anchang.rules;

import static org.anchang.rules.CaseBuilder.P1;
import static org.anchang.rules.CaseBuilder.facts;
import static org.anchang.rules.Verdicts.cited;
import static org.anchang.rules.Verdicts.owner;
import static org.anchang.rules.Verdicts.shares;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** PROT-1..7: how long claims hold, what renews them, what ends them. */
class ProtRulesTest {

    @Test
    void prot1_sevenCalendarDaysAreCountedInclusively() {
        CaseBuilder base = CaseBuilder.of("sales-dept").visit("03-01 10:00", "A", "王强", P1);
        Verdict lastMinute = base.visit("03-08 23:59", "B", "王强", P1).judge();
        assertThat(owner(lastMinute)).isEqualTo("A");
        assertThat(lastMinute.owner().until()).contains(LocalDateTime.of(2026, 3, 9, 0, 0));
        Verdict nextDay = CaseBuilder.of("sales-dept").visit("03-01 10:00", "A", "王强", P1)
                .visit("03-09 00:00", "B", "王强", P1).judge();
        assertThat(owner(nextDay)).isEqualTo("B");
    }

    @Test
    void prot1_hourDurationsAreExact() {
        Verdict before = CaseBuilder.of("protection-48h").visit("03-01 10:00", "A", "王强", P1)
                .visit("03-03 09:59", "B", "王强", P1).judge();
        assertThat(owner(before)).isEqualTo("A");
        Verdict at = CaseBuilder.of("protection-48h").visit("03-01 10:00", "A", "王强", P1)
                .visit("03-03 10:00", "B", "王强", P1).judge();
        assertThat(owner(at)).isEqualTo("B");
    }

    @Test
    void prot1_aCaseOverrideReplacesThePresetDuration() {
        Verdict v = CaseBuilder.of("protection-48h").override("visitProtection", "P7D")
                .visit("03-01 10:00", "A", "王强", P1).visit("03-05 10:00", "B", "王强", P1).judge();
        assertThat(owner(v)).isEqualTo("A");
        assertThat(v.trail().get(0).text()).contains("案例参数覆盖");
    }

    @Test
    void prot1_eightArticlesCountsFifteenDaysFromTheCustomersLastVisit() {
        Verdict v = CaseBuilder.of("eight-articles")
                .visit("03-01 10:00", "A", "王强", P1)
                .visit("03-14 10:00", "B", "王强", P1)
                .visit("03-27 10:00", "C", "王强", P1).judge();
        assertThat(owner(v)).isEqualTo("A");
        Verdict lapsed = CaseBuilder.of("eight-articles")
                .visit("03-01 10:00", "A", "王强", P1)
                .visit("03-17 10:00", "C", "王强", P1).judge();
        assertThat(owner(lapsed)).isEqualTo("C");
    }

    @Test
    void prot2_callsArePublicUnderTheSalesDepartment() {
        Verdict v = CaseBuilder.of("sales-dept").call("03-01 10:00", "A", "刘洋", P1).ask(P1, "03-01 11:00").judge();
        assertThat(owner(v)).isNull();
        assertThat(cited(v)).contains("PROT-2");
    }

    @Test
    void prot2_aCallYieldsToAVisitUnlessTheCustomerAsksForTheCallTaker() {
        Verdict yields = CaseBuilder.of("sales-office").call("03-01 10:00", "A", "孔", P1)
                .visit("03-20 10:00", "B", "孔", P1).judge();
        assertThat(owner(yields)).isEqualTo("B");
        Verdict named = CaseBuilder.of("sales-office").call("03-01 10:00", "A", "孔", P1)
                .visit("03-20 10:00", "B", "孔", P1, facts("named", "A")).judge();
        assertThat(owner(named)).isEqualTo("A");
    }

    @Test
    void prot2_aCallIsTheFirstContactUnderFirstContact() {
        Verdict v = CaseBuilder.of("first-contact").call("03-01 10:00", "A", "刘洋", P1)
                .visit("05-02 11:00", "B", "刘洋", P1).judge();
        assertThat(owner(v)).isEqualTo("A");
        assertThat(v.collisions()).containsExactly("B");
    }

    @Test
    void prot3_theOwnersFollowUpRenewsAndAnothersDoesNot() {
        Verdict renewed = CaseBuilder.of("marketing-dept").visit("03-01 10:00", "A", "王强", P1)
                .followup("03-06 09:00", "A", P1).ask(P1, "03-12 10:00").judge();
        assertThat(owner(renewed)).isEqualTo("A");
        assertThat(renewed.owner().until()).contains(LocalDateTime.of(2026, 3, 14, 0, 0));
        Verdict notRenewed = CaseBuilder.of("marketing-dept").visit("03-01 10:00", "A", "王强", P1)
                .followup("03-06 09:00", "B", P1).ask(P1, "03-12 10:00").judge();
        assertThat(owner(notRenewed)).isNull();
        assertThat(notRenewed.owner().lastOwner()).contains("A");
    }

    @Test
    void prot3_followUpsDoNotRenewWhereTheRegimeCountsFromVisits() {
        Verdict v = CaseBuilder.of("protection-48h").visit("03-01 10:00", "A", "王强", P1)
                .followup("03-02 09:00", "A", P1).ask(P1, "03-03 11:00").judge();
        assertThat(owner(v)).isNull();
    }

    @Test
    void prot4_aLapsedClaimLeavesTheCustomerFreeForTheNextRegistrant() {
        Verdict v = CaseBuilder.of("rotation-15d").visit("03-01 10:00", "A", "王强", P1)
                .visit("03-17 10:00", "B", "王强", P1).judge();
        assertThat(owner(v)).isEqualTo("B");
        assertThat(v.owner().lastOwner()).contains("A");
        assertThat(cited(v)).contains("PROT-4");
    }

    @Test
    void prot4_onsiteOffsiteCapsProtectionAtFifteenDaysWhateverTheTracking() {
        Verdict v = CaseBuilder.of("onsite-offsite").visit("03-01 10:00", "A", "王强", P1)
                .followup("03-05 10:00", "A", P1).followup("03-10 10:00", "A", P1).followup("03-14 10:00", "A", P1)
                .visit("03-17 10:00", "B", "王强", P1).judge();
        assertThat(owner(v)).isEqualTo("B");
        Verdict within = CaseBuilder.of("onsite-offsite").visit("03-01 10:00", "A", "王强", P1)
                .followup("03-09 10:00", "A", P1).visit("03-15 10:00", "B", "王强", P1).judge();
        assertThat(owner(within)).isEqualTo("A");
    }

    @Test
    void prot5_noDealWithinTheTrackingLimitSendsTheGroupToTheManager() {
        CaseBuilder b = CaseBuilder.of("marketing-dept").visit("03-01 10:00", "A", "王强", P1);
        for (int d = 6; d <= 31; d += 5) {
            b.followup(String.format("03-%02d 10:00", d), "A", P1);
        }
        Verdict v = b.ask(P1, "04-01 10:00").judge();
        assertThat(owner(v)).isEqualTo(Owner.POOL);
        assertThat(cited(v)).contains("PROT-5");
        Verdict early = CaseBuilder.of("marketing-dept").visit("03-01 10:00", "A", "王强", P1)
                .followup("03-06 10:00", "A", P1).ask(P1, "03-10 10:00").judge();
        assertThat(owner(early)).isEqualTo("A");
    }

    @Test
    void prot6_aDealMakesTheOwnershipPermanent() {
        Verdict v = CaseBuilder.of("sales-dept").visit("03-01 10:00", "A", "王强", P1)
                .deal("03-02 10:00", "A", P1, "deposit")
                .visit("09-01 10:00", "B", "王强", P1)
                .deal("09-01 15:00", "B", P1, "contract").judge();
        assertThat(owner(v)).isEqualTo("A");
        assertThat(v.owner().unlimited()).isTrue();
        assertThat(shares(v, 1)).isEqualTo(Map.of("A", 1.0));
        assertThat(cited(v)).contains("PROT-6");
    }

    @Test
    void prot7_remindersSayWhichFollowUpIsDueAndWhenTheClaimLapses() {
        Replay r = new Replay(Presets.get("sales-dept").orElseThrow(), Map.of("A", "张三"), false);
        org.anchang.customer.Phone phone = org.anchang.customer.Phone.parse(P1);
        r.apply(org.anchang.register.Visit.plain(LocalDateTime.of(2026, 3, 1, 10, 0), "A",
                new org.anchang.customer.Contact("王强", phone)));
        var due = r.reminders(phone, LocalDateTime.of(2026, 3, 2, 11, 0));
        assertThat(due).hasSize(2);
        assertThat(due.get(0).rule()).isEqualTo(RuleId.PROT_7);
        assertThat(due.get(0).overdue()).isTrue();
        assertThat(due.get(0).text()).contains("24小时内首次回访");
        assertThat(due.get(1).due()).isEqualTo(LocalDateTime.of(2026, 3, 9, 0, 0));
        r.apply(new org.anchang.register.FollowUp(LocalDateTime.of(2026, 3, 2, 12, 0), "A", phone));
        var next = r.reminders(phone, LocalDateTime.of(2026, 3, 2, 13, 0));
        assertThat(next.get(0).text()).contains("3天内第二次回访");
        assertThat(next.get(0).overdue()).isFalse();
        assertThat(next.get(1).due()).isEqualTo(LocalDateTime.of(2026, 3, 10, 0, 0));
    }
}
