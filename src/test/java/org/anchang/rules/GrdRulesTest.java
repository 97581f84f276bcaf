package org.anchang.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anchang.customer.Contact;
import org.anchang.customer.Phone;
import org.anchang.register.Call;
import org.anchang.register.Deal;
import org.anchang.register.Entry;
import org.anchang.register.FollowUp;
import org.anchang.register.Grade;
import org.anchang.register.Report;
import org.anchang.register.Visit;
import org.anchang.rules.Grading.Factor;
import org.anchang.rules.Grading.Level;
import org.anchang.rules.Lifecycle.Stage;
import org.anchang.testkit.Properties;
import org.junit.jupiter.api.Test;

/** Grading (GRD-1): weights, thresholds, the customer who says no; the lifecycle (GRD-2) from the entries. */
class GrdRulesTest {

    static final Phone P = Phone.parse("13800001111");
    static final LocalDateTime T = LocalDateTime.of(2026, 3, 1, 10, 0);

    static Grade grade(int finance, int motive, int credit, int background, int contact, int timing) {
        return grade(T, finance, motive, credit, background, contact, timing, false);
    }

    static Grade grade(LocalDateTime at, int finance, int motive, int credit, int background, int contact, int timing, boolean declined) {
        return new Grade(at, "A", P, finance, motive, credit, background, contact, timing, declined, Optional.empty());
    }

    @Test
    void grd1_theWeightedScoreOfSixFactorsGivesTheClass() {
        Grading g = Grading.defaults();
        assertThat(g.grade(grade(5, 5, 5, 5, 5, 5))).isEqualTo(new Grading.Result(100, Level.A, false));
        assertThat(g.grade(grade(1, 1, 1, 1, 1, 1))).isEqualTo(new Grading.Result(0, Level.D, false));
        // All 4: a weighted mean of 4 out of 5 is exactly 75, the lowest A.
        assertThat(g.grade(grade(4, 4, 4, 4, 4, 4)).level()).isEqualTo(Level.A);
        assertThat(g.grade(grade(3, 3, 3, 3, 3, 3))).isEqualTo(new Grading.Result(50, Level.B, false));
        assertThat(g.grade(grade(2, 2, 2, 2, 2, 2))).isEqualTo(new Grading.Result(25, Level.C, false));
        // Finance 25 and timing 25 of 100: (4·25 + 0·20 + 0·10·3 + 4·25) / 4 / 100 … = 50 → B.
        assertThat(g.grade(grade(5, 1, 1, 1, 1, 5)).score()).isEqualTo(50);
        assertThat(g.grade(grade(5, 1, 1, 1, 1, 5)).level()).isEqualTo(Level.B);
        assertThat(g.grade(grade(4, 4, 4, 4, 4, 3)).score()).isEqualTo(68.75);
        assertThat(g.grade(grade(4, 4, 4, 4, 4, 3)).level()).isEqualTo(Level.B);
    }

    @Test
    void grd1_aCustomerWhoSaysNoIsDWhateverTheScores() {
        Grading.Result r = Grading.defaults().grade(grade(T, 5, 5, 5, 5, 5, 5, true));
        assertThat(r.level()).isEqualTo(Level.D);
        assertThat(r.score()).as("the score is still shown").isEqualTo(100);
        assertThat(r.declined()).isTrue();
    }

    @Test
    void grd1_theWeightsAreTheOfficesSettingsWithDefaultsWhereUnsetOrUnreadable() {
        Map<String, String> settings = new HashMap<>();
        settings.put("grading.weight.finance", "100");
        settings.put("grading.weight.motive", "0");
        settings.put("grading.weight.credit", "abc");          // unreadable: the default
        settings.put("grading.weight.timing", "-5");           // out of range: the default
        Grading g = Grading.fromSettings(k -> Optional.ofNullable(settings.get(k)));
        assertThat(g.weight(Factor.FINANCE)).isEqualTo(100);
        assertThat(g.weight(Factor.MOTIVE)).isZero();
        assertThat(g.weight(Factor.CREDIT)).isEqualTo(10);
        assertThat(g.weight(Factor.BACKGROUND)).isEqualTo(10);
        assertThat(g.weight(Factor.TIMING)).isEqualTo(25);
        // finance 5 (weight 100) and everything else 1: (100·1) / (100+0+10+10+10+25) = 64.5… → B.
        Grading.Result r = g.grade(grade(5, 1, 1, 1, 1, 1));
        assertThat(r.score()).isCloseTo(100.0 * 100 / 155, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(r.level()).isEqualTo(Level.B);
        assertThat(Grading.defaults().grade(grade(5, 1, 1, 1, 1, 1)).level()).as("the same scores, default weights: 25").isEqualTo(Level.C);
        Map<String, String> zero = new HashMap<>();
        for (Factor f : Factor.values()) {
            zero.put(f.settingKey(), "0");
        }
        assertThat(Grading.fromSettings(k -> Optional.ofNullable(zero.get(k))).weight(Factor.FINANCE)).as("all zero: defaults").isEqualTo(25);
    }

    @Test
    void grd1_weightsAndScoresAreCheckedWithAChineseMessage() {
        assertThat(Grading.checkWeight(" 25 ")).isEqualTo("25");
        assertThat(Grading.checkWeight("12.5")).isEqualTo("12.5");
        assertThatThrownBy(() -> Grading.checkWeight("101")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0–100");
        assertThatThrownBy(() -> Grading.checkWeight("")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Grading.check(grade(3, 0, 3, 3, 3, 3))).hasValueSatisfying(p -> {
            assertThat(p.factor()).isEqualTo(Factor.MOTIVE);
            assertThat(p.message()).contains("1–5");
        });
        assertThat(Grading.check(grade(1, 2, 3, 4, 5, 5))).isEmpty();
        assertThat(Factor.TIMING.settingKey()).isEqualTo("grading.weight.timing");
    }

    @Test
    void grd1_aBetterScoreNeverGivesAWorseClass() {
        Properties.forAll(200, seed -> {
            java.util.Random r = new java.util.Random(seed);
            Map<String, String> w = new HashMap<>();
            for (Factor f : Factor.values()) {
                w.put(f.settingKey(), String.valueOf(r.nextInt(101)));
            }
            Grading g = Grading.fromSettings(k -> Optional.ofNullable(w.get(k)));
            int[] s = new int[6];
            for (int i = 0; i < 6; i++) {
                s[i] = 1 + r.nextInt(5);
            }
            Grading.Result before = g.grade(grade(s[0], s[1], s[2], s[3], s[4], s[5]));
            int i = r.nextInt(6);
            s[i] = Math.min(5, s[i] + 1);
            Grading.Result after = g.grade(grade(s[0], s[1], s[2], s[3], s[4], s[5]));
            assertThat(after.score()).isGreaterThanOrEqualTo(before.score()).isBetween(0.0, 100.0);
            assertThat(after.level().ordinal()).isLessThanOrEqualTo(before.level().ordinal());
        });
    }

    // ---- the lifecycle ---------------------------------------------------------------------------------

    static LocalDateTime day(int d) {
        return T.plusDays(d);
    }

    static Visit visit(int d) {
        return Visit.plain(day(d), "A", new Contact("王强", P));
    }

    static Deal deal(int d, Deal.Stage stage) {
        return new Deal(day(d), "A", P, stage, BigDecimal.TEN, false, false);
    }

    static Optional<Stage> stage(Entry... entries) {
        return Lifecycle.of(List.of(entries), Grading.defaults());
    }

    @Test
    void grd2_theStageFollowsTheEntries() {
        assertThat(stage()).isEmpty();
        assertThat(stage(new Call(day(0), "A", new Contact("王强", P)))).contains(Stage.POTENTIAL);
        assertThat(stage(new Report(day(0), "X", "王", org.anchang.customer.MaskedPhone.parse("138***01111"), day(1))))
                .contains(Stage.POTENTIAL);
        assertThat(stage(new Call(day(0), "A", new Contact("王强", P)), visit(1))).contains(Stage.INTENT);
        assertThat(stage(visit(0), new FollowUp(day(1), "A", P))).as("a follow-up does not change the stage").contains(Stage.INTENT);
        assertThat(stage(visit(0), deal(2, Deal.Stage.DEPOSIT))).contains(Stage.SUBSCRIBED);
        assertThat(stage(visit(0), deal(2, Deal.Stage.DEPOSIT), deal(5, Deal.Stage.CONTRACT))).contains(Stage.SIGNED);
        assertThat(stage(visit(0), deal(5, Deal.Stage.CONTRACT), deal(6, Deal.Stage.DEPOSIT))).as("deals only move forward")
                .contains(Stage.SIGNED);
    }

    @Test
    void grd2_beforeADealTheLatestGradingDecidesAndAVisitRevivesAnInvalidCustomer() {
        assertThat(stage(visit(0), grade(day(1), 2, 2, 2, 2, 2, 2, false))).as("C 潜在").contains(Stage.POTENTIAL);
        assertThat(stage(new Call(day(0), "A", new Contact("王强", P)), grade(day(1), 4, 4, 4, 4, 4, 4, false))).as("A → 意向")
                .contains(Stage.INTENT);
        assertThat(stage(visit(0), grade(day(1), 4, 4, 4, 4, 4, 4, true))).as("said no: 无效").contains(Stage.INVALID);
        assertThat(stage(visit(0), grade(day(1), 1, 1, 1, 1, 1, 1, false))).as("D by score: 无效").contains(Stage.INVALID);
        assertThat(stage(visit(0), grade(day(1), 1, 1, 1, 1, 1, 1, true), visit(9))).as("came again").contains(Stage.INTENT);
        assertThat(stage(visit(0), deal(2, Deal.Stage.DEPOSIT), grade(day(3), 1, 1, 1, 1, 1, 1, true)))
                .as("a grading does not undo a deal").contains(Stage.SUBSCRIBED);
    }

    static org.anchang.register.Payment payment(int d, org.anchang.register.Payment.Type type) {
        return new org.anchang.register.Payment(day(d), "K", P, type, new BigDecimal("300000"), "高层住宅");
    }

    @Test
    void grd2_moneyReceivedAfterTheContractIsADoneDeal() {
        assertThat(stage(visit(0), deal(1, Deal.Stage.DEPOSIT), payment(1, org.anchang.register.Payment.Type.DEPOSIT)))
                .as("the deposit's own money: still 认购").contains(Stage.SUBSCRIBED);
        assertThat(stage(visit(0), deal(1, Deal.Stage.DEPOSIT), payment(2, org.anchang.register.Payment.Type.DOWN_PAYMENT)))
                .as("no contract yet").contains(Stage.SUBSCRIBED);
        assertThat(stage(visit(0), deal(1, Deal.Stage.CONTRACT), payment(2, org.anchang.register.Payment.Type.DOWN_PAYMENT)))
                .contains(Stage.DONE);
        assertThat(stage(visit(0), deal(1, Deal.Stage.CONTRACT), payment(9, org.anchang.register.Payment.Type.MORTGAGE),
                grade(day(10), 1, 1, 1, 1, 1, 1, true))).contains(Stage.DONE);
    }

    @Test
    void grd2_aPaymentAfterTheContractIsADoneDeal() {
        Lifecycle l = new Lifecycle(Grading.defaults());
        l.apply(visit(0));
        l.paid(day(1));
        assertThat(l.stage()).as("no contract yet").contains(Stage.INTENT);
        l.apply(deal(2, Deal.Stage.CONTRACT));
        l.paid(day(3));
        assertThat(l.stage()).contains(Stage.DONE);
        assertThat(l.since()).contains(day(3));
        l.apply(deal(4, Deal.Stage.CONTRACT));
        assertThat(l.stage()).contains(Stage.DONE);
        assertThat(Stage.DONE.chinese()).isEqualTo("成交");
    }
}
