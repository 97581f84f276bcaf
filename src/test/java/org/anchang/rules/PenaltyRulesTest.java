package org.anchang.rules;

import static org.anchang.rules.CaseBuilder.P1;
import static org.anchang.rules.CaseBuilder.facts;
import static org.anchang.rules.Verdicts.cited;
import static org.anchang.rules.Verdicts.owner;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** PEN-1..8 and DSP-3/4: the sanctions a verdict proposes. */
class PenaltyRulesTest {

    @Test
    void pen1_dsp4_aStandInWhoDoesNotTellTheOwnerInTimeIsSuspendedThenDismissed() {
        Verdict v = CaseBuilder.of("sales-dept").visit("03-01 10:00", "A", "王强", P1)
                .visit("03-03 10:00", "B", "王强", P1, facts("standInFor", "A", "ownerAbsent", true, "delegated", true, "notifiedLate", true))
                .visit("03-04 10:00", "B", "王强", P1, facts("standInFor", "A", "ownerAbsent", true, "delegated", true, "notifiedLate", true))
                .judge();
        assertThat(v.penalties()).extracting(Penalty::text).containsExactly("代接后未在次日9:30前告知原顾问:停盘一周", "代接后未在次日9:30前告知原顾问:辞退");
        assertThat(cited(v)).contains("DSP-4", "PEN-1");
    }

    @Test
    void pen3_salesOfficeFinesTheConsultantWhoDrewAComplaint() {
        Verdict v = CaseBuilder.of("sales-office").visit("03-01 10:00", "A", "王强", P1).complaint("03-02 10:00", P1, "B").judge();
        assertThat(owner(v)).isEqualTo("B");
        assertThat(v.penalties()).singleElement().satisfies(p -> {
            assertThat(p.consultant()).isEqualTo("A");
            assertThat(p.amount()).isEqualTo(100);
            assertThat(p.rule()).isEqualTo(RuleId.PEN_3);
        });
    }

    @Test
    void pen4_salesOfficeConfiscatesAndFinesAConcealedRegistration() {
        Verdict v = CaseBuilder.of("sales-office").visit("03-01 10:00", "A", "王强", P1)
                .deal("03-05 10:00", "B", P1, "deposit", facts("knowing", true)).judge();
        assertThat(v.deals().get(0).shares()).containsOnlyKeys("A");
        assertThat(v.penalties()).singleElement().satisfies(p -> {
            assertThat(p.amount()).isEqualTo(300);
            assertThat(p.rule()).isEqualTo(RuleId.PEN_4);
        });
    }

    @Test
    void pen5_eightArticlesFinesSnatchingAtLeastTwoHundred() {
        Verdict v = CaseBuilder.of("eight-articles").visit("03-01 10:00", "A", "王强", P1)
                .assist("03-03 10:00", "B", P1, false, true).judge();
        assertThat(v.penalties()).singleElement().satisfies(p -> {
            assertThat(p.amount()).isEqualTo(200);
            assertThat(p.rule()).isEqualTo(RuleId.PEN_5);
            assertThat(p.text()).contains("3–15天");
        });
    }

    @Test
    void pen7_quarrellingInFrontOfTheCustomerSendsTheCustomerToTheOffice() {
        Verdict v = CaseBuilder.of("protection-48h").visit("03-01 10:00", "A", "王强", P1)
                .visit("03-02 10:00", "B", "王强", P1, facts("quarrelBy", "A")).judge();
        assertThat(owner(v)).isEqualTo(Owner.HOUSE);
        assertThat(v.penalties()).singleElement().satisfies(p -> {
            assertThat(p.consultant()).isEqualTo("A");
            assertThat(p.amount()).isEqualTo(500);
        });
    }

    @Test
    void pen8_anEscalatedDisputeFinesTheLosingSide() {
        Verdict v = CaseBuilder.of("protection-48h").visit("03-01 10:00", "A", "王强", P1)
                .visit("03-02 10:00", "B", "王强", P1).escalated().judge();
        assertThat(owner(v)).isEqualTo("A");
        assertThat(v.penalties()).singleElement().satisfies(p -> {
            assertThat(p.consultant()).isEqualTo("B");
            assertThat(p.amount()).isEqualTo(100);
            assertThat(p.rule()).isEqualTo(RuleId.PEN_8);
        });
        Verdict notEscalated = CaseBuilder.of("protection-48h").visit("03-01 10:00", "A", "王强", P1)
                .visit("03-02 10:00", "B", "王强", P1).judge();
        assertThat(notEscalated.penalties()).isEmpty();
    }

    @Test
    void dsp3_theVerdictNamesOwnerSplitRulesAndEvidenceInChinese() {
        Verdict v = CaseBuilder.of("sales-dept").visit("03-01 10:00", "A", "王强", P1)
                .deal("03-05 10:00", "B", P1, "contract").judge();
        assertThat(v.trail()).allSatisfy(t -> assertThat(t.text()).matches(".*\\((REG|PROT|OWN|REF|SPLIT|RPT|DSP|PEN)-\\d+, .+\\)"));
        assertThat(v.trail().get(0).text()).startsWith("张三 3月1日 首次登记来访「王强」,保护至 3月8日");
    }

    @Test
    void dsp3_eventsAfterTheQuestionAreLeftOutAndSaidSo() {
        Verdict v = CaseBuilder.of("sales-dept").visit("03-01 10:00", "A", "王强", P1)
                .visit("03-20 10:00", "B", "王强", P1).ask(P1, "03-05 10:00").judge();
        assertThat(owner(v)).isEqualTo("A");
        assertThat(v.trail().get(v.trail().size() - 1).text()).contains("1 条登记未计入");
    }
}
