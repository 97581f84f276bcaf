package org.anchang.rules;

import static org.anchang.rules.Verdicts.cited;
import static org.anchang.rules.Verdicts.owner;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** RPT-1..5: channel reports 报备. */
class RptRulesTest {

    static final String PHONE = "13512360000";
    static final String MASK = "135***60000";

    @Test
    void rpt1_aReportWaitsForItsCustomer() {
        Verdict v = CaseBuilder.of("channel-report").report("03-02 10:00", "X", "蒋", MASK, "03-03 15:00")
                .visit("03-03 15:00", "A", "蒋先生", PHONE).judge();
        assertThat(owner(v)).isEqualTo("X");
        assertThat(cited(v)).contains("RPT-1", "RPT-3");
    }

    @Test
    void rpt2_aReportHoldsSevenDaysInclusiveAndRefusesALaterExpectedVisit() {
        Verdict onDay7 = CaseBuilder.of("channel-report").report("03-02 10:00", "X", "蒋", MASK, "03-09 10:00")
                .visit("03-09 20:00", "A", "蒋先生", PHONE).judge();
        assertThat(owner(onDay7)).isEqualTo("X");
        Verdict day8 = CaseBuilder.of("channel-report").report("03-02 10:00", "X", "蒋", MASK, "03-09 10:00")
                .visit("03-10 09:00", "A", "蒋先生", PHONE).judge();
        assertThat(owner(day8)).isEqualTo("A");
        Verdict tooLate = CaseBuilder.of("channel-report").report("03-02 10:00", "X", "蒋", MASK, "03-10 10:00")
                .visit("03-04 09:00", "A", "蒋先生", PHONE).judge();
        assertThat(owner(tooLate)).isEqualTo("A");
        assertThat(cited(tooLate)).contains("RPT-2");
    }

    @Test
    void rpt3_theReportingAgentBeatsAnAgentBringingTheCustomerAndADuplicateReport() {
        Verdict v = CaseBuilder.of("channel-report").report("03-02 10:00", "X", "蒋", MASK, "03-03 15:00")
                .report("03-02 11:00", "Y", "蒋", MASK, "03-03 15:00")
                .visit("03-03 15:00", "Y", "蒋先生", PHONE).judge();
        assertThat(owner(v)).isEqualTo("X");
        assertThat(v.trail()).anySatisfy(t -> assertThat(t.text()).contains("重复无效"));
        Verdict noReport = CaseBuilder.of("channel-report").visit("03-03 15:00", "Y", "蒋先生", PHONE).judge();
        assertThat(owner(noReport)).isEqualTo("Y");
    }

    @Test
    void rpt4_aFirstVisitBeforeTheReportIsANaturalVisit() {
        Verdict v = CaseBuilder.of("channel-report").visit("03-01 10:00", "A", "蒋先生", PHONE)
                .report("03-02 10:00", "X", "蒋", MASK, "03-03 15:00").visit("03-03 15:00", "A", "蒋先生", PHONE).judge();
        assertThat(owner(v)).isEqualTo("A");
        assertThat(cited(v)).contains("RPT-4");
    }

    @Test
    void rpt5_afterMoreThanThreeFailedReportsInARowTheNumberIsPublic() {
        CaseBuilder b = CaseBuilder.of("channel-report");
        String[] days = {"03-01", "03-09", "03-17", "03-25", "04-02"};
        for (String d : days) {
            b.report(d + " 10:00", "X", "蒋", MASK, d + " 15:00");
        }
        Verdict v = b.visit("04-03 10:00", "A", "蒋先生", PHONE).judge();
        assertThat(owner(v)).isEqualTo("A");
        assertThat(v.trail()).filteredOn(t -> t.rule() == RuleId.RPT_5).hasSize(1);
        Verdict three = CaseBuilder.of("channel-report").report("03-01 10:00", "X", "蒋", MASK, "03-01 15:00")
                .report("03-09 10:00", "X", "蒋", MASK, "03-09 15:00").report("03-17 10:00", "X", "蒋", MASK, "03-17 15:00")
                .report("03-25 10:00", "X", "蒋", MASK, "03-25 15:00")
                .visit("03-25 15:00", "A", "蒋先生", PHONE).judge();
        assertThat(owner(three)).isEqualTo("X");
    }

    @Test
    void rpt_regimesThatOnlyCountVisitsIgnoreReports() {
        Verdict v = CaseBuilder.of("sales-dept").report("03-02 10:00", "X", "蒋", MASK, "03-03 15:00")
                .visit("03-03 15:00", "A", "蒋先生", PHONE).judge();
        assertThat(owner(v)).isEqualTo("A");
    }
}
