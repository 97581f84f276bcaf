package org.anchang.rules;

import static org.anchang.rules.CaseBuilder.P1;
import static org.anchang.rules.CaseBuilder.facts;
import static org.anchang.rules.Verdicts.cited;
import static org.anchang.rules.Verdicts.owner;
import static org.anchang.rules.Verdicts.shares;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import org.anchang.rules.io.DossierJson;
import org.junit.jupiter.api.Test;

/** DSP-3: a recorded verdict (裁定) sets ownership and the deals' shares from its moment on; DSP-4's notice time. */
class RulingRulesTest {

    /** A collision: A registered, B took a deposit not knowing; sales-dept gives the deal to A (SPLIT-2). */
    static CaseBuilder collision(String policy) {
        return CaseBuilder.of(policy).visit("03-01 10:00", "A", "王强", P1)
                .visit("03-04 10:00", "B", "王强", P1)
                .deal("03-04 11:00", "B", P1, "deposit");
    }

    @Test
    void dsp3_aRulingSetsTheOwnerAndTheSharesOfItsDealsFromItsMomentOn() {
        Verdict before = collision("sales-dept").judge();
        assertThat(owner(before)).isEqualTo("A");
        assertThat(shares(before, 0)).isEqualTo(Map.of("A", 1.0));
        Verdict ruled = collision("sales-dept").ruling("03-05 09:00", P1, "B", "unlimited", true, "03-04 11:00|B|" + P1 + "|A=0.5,B=0.5")
                .judge();
        assertThat(owner(ruled)).isEqualTo("B");
        assertThat(ruled.owner().unlimited()).isTrue();
        assertThat(shares(ruled, 0)).isEqualTo(Map.of("A", 0.5, "B", 0.5));
        assertThat(ruled.deals().get(0).rules()).contains(RuleId.DSP_3);
        assertThat(cited(ruled)).contains("DSP-3");
        assertThat(ruled.trail()).anySatisfy(t -> assertThat(t.text()).contains("裁定").contains("一判终身").contains("李四"));
    }

    @Test
    void dsp3_aRulingHoldsWhicheverRegimeJudgesLater() {
        String json = collision("sales-dept").ruling("03-05 09:00", P1, "B", "unlimited", true, "03-04 11:00|B|" + P1 + "|B=1.0").json();
        for (String preset : Presets.IDS) {
            Verdict v = Judge.judge(DossierJson.read(json, Optional.of(preset)));
            assertThat(owner(v)).as(preset).isEqualTo("B");
            assertThat(shares(v, 0)).as(preset).isEqualTo(Map.of("B", 1.0));
        }
    }

    @Test
    void dsp3_entriesAfterTheRulingAreJudgedOnTopOfIt() {
        // The ruling gives B seven days (to 3月12日); B never follows up, so C registers freely on 3月13日 (PROT-4).
        Verdict v = collision("sales-dept").ruling("03-05 09:00", P1, "B", "03-13 00:00", false)
                .visit("03-13 10:00", "C", "王强", P1).judge();
        assertThat(owner(v)).isEqualTo("C");
        assertThat(cited(v)).contains("DSP-3", "PROT-4");
        Verdict within = collision("sales-dept").ruling("03-05 09:00", P1, "B", "03-13 00:00", false)
                .visit("03-10 10:00", "C", "王强", P1).judge();
        assertThat(owner(within)).isEqualTo("B");
        assertThat(within.collisions()).containsExactly("C");
    }

    @Test
    void dsp3_aRulingForNobodyLeavesTheCustomerFreeAndTheNextRegistrationWins() {
        Verdict v = collision("protection-48h").ruling("03-05 09:00", P1, null, null, false).visit("03-05 10:00", "D", "王强", P1).judge();
        assertThat(owner(v)).isEqualTo("D");
    }

    @Test
    void dsp3_aRulingSettlesAPendingSigningDayConfirmation() {
        CaseBuilder b = CaseBuilder.of("sales-dept").visit("03-01 10:00", "A", "王强", P1).deal("03-02 10:00", "A", P1, "deposit")
                .visit("03-05 10:00", "B", "王强", P1, facts("ownerAbsent", true)).deal("03-05 11:00", "B", P1, "contract");
        assertThat(b.judge().deals().get(1).pending()).isTrue();
        Verdict v = b.ruling("03-06 09:00", P1, "A", "unlimited", true, "03-05 11:00|B|" + P1 + "|A=1.0").ask(P1, "03-20 10:00").judge();
        assertThat(v.deals().get(1).pending()).isFalse();
        assertThat(shares(v, 1)).isEqualTo(Map.of("A", 1.0));
    }

    @Test
    void dsp3_aRuledDealThatIsNoLongerInTheRegistersIsSaidSo() {
        Verdict v = CaseBuilder.of("sales-dept").visit("03-01 10:00", "A", "王强", P1)
                .ruling("03-05 09:00", P1, "A", "unlimited", true, "03-04 11:00|B|" + P1 + "|A=1.0").judge();
        assertThat(v.trail()).anySatisfy(t -> assertThat(t.text()).contains("已不在登记中"));
    }

    @Test
    void dsp4_theNoticeTimeIsTwelveHoursOrNineThirtyNextDayByRegime() {
        LocalDateTime received = LocalDateTime.of(2026, 3, 4, 15, 0);
        assertThat(Presets.get("protection-48h").orElseThrow().noticeDue(received)).contains(LocalDateTime.of(2026, 3, 5, 3, 0));
        assertThat(Presets.get("sales-dept").orElseThrow().noticeDue(received)).contains(LocalDateTime.of(2026, 3, 5, 9, 30));
        assertThat(Presets.get("software-record").orElseThrow().noticeDue(received)).isEmpty();
    }

    @Test
    void dsp3_stepsGiveEachEntryItsOwnTrailAndTheSameTrailAsTheJudge() {
        for (long seed = 1; seed <= 300; seed++) {
            for (String preset : new String[] {"sales-dept", "protection-48h", "software-record", "channel-report"}) {
                Dossier read = DossierJson.read(RandomCases.build(seed, preset).json(), Optional.empty());
                // PEN-8's escalation lines come after the replay, not from an entry.
                Dossier d = new Dossier(read.policy(), read.consultants(), read.events(), read.question(), false);
                var lines = Judge.steps(d).stream().flatMap(s -> s.lines().stream()).toList();
                var trail = Judge.judge(d).trail();
                // The judge's trail is the steps' lines, then only what the question's moment adds: lapses, left-out entries.
                assertThat(trail.subList(0, lines.size())).as("seed %d %s", seed, preset).isEqualTo(lines);
                assertThat(trail.subList(lines.size(), trail.size())).extracting(TrailLine::rule)
                        .allMatch(r -> r == RuleId.PROT_4 || r == RuleId.PROT_5 || r == RuleId.SPLIT_7 || r == RuleId.DSP_3);
            }
        }
        var steps = Judge.steps(DossierJson.read(collision("sales-dept").json(), Optional.empty()));
        assertThat(steps.get(1).ownerBefore()).contains("A");
        assertThat(steps.get(1).lines()).singleElement().satisfies(t -> assertThat(t.text()).startsWith("撞单"));
    }
}
