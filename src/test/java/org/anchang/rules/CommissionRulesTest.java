package org.anchang.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anchang.customer.Contact;
import org.anchang.customer.Phone;
import org.anchang.register.Assist;
import org.anchang.register.Deal;
import org.anchang.register.Entry;
import org.anchang.register.Payment;
import org.anchang.register.Visit;
import org.junit.jupiter.api.Test;

/** COM-1 (sales-dept 五): what is payable on each payment, times the judge's share of the deal. */
class CommissionRulesTest {

    static final Phone P = Phone.parse("13800001111");
    static final Map<String, String> NAMES = Map.of("A", "张三", "B", "李四");

    static LocalDateTime t(String mmdd) {
        return LocalDateTime.parse("2026-" + mmdd.replace(' ', 'T'));
    }

    static Payment pay(String at, Payment.Type type, String amount) {
        return new Payment(t(at), "A", P, type, new BigDecimal(amount), "高层住宅");
    }

    /** The judge's deals for {@code entries} under {@code policy}, as the office replays them. */
    static List<DealShare> deals(String policy, List<Entry> entries) {
        Replay r = new Replay(Presets.get(policy).orElseThrow(), NAMES, false);
        entries.forEach(r::apply);
        return r.deals();
    }

    static Commission.Rates rates(Map<String, String> settings) {
        return Commission.Rates.from(name -> Optional.ofNullable(settings.get(name)));
    }

    static final Commission.Rates THREE = rates(Map.of("commission.rate.高层住宅", "3"));

    static List<Entry> aVisitsAndSigns(String amount) {
        return List.of(Visit.plain(t("03-01 10:00"), "A", new Contact("王强", P)),
                new Deal(t("03-02 10:00"), "A", P, Deal.Stage.DEPOSIT, new BigDecimal("50000"), false, false),
                new Deal(t("03-08 10:00"), "A", P, Deal.Stage.CONTRACT, new BigDecimal(amount), false, false));
    }

    static BigDecimal total(Commission.Statement s, String who) {
        return s.totals().getOrDefault(who, BigDecimal.ZERO);
    }

    @Test
    void com1_aDepositEarnsNothingAndTheRestIsNinetyPercentAsReceivedThenTenAfterHandOver() {
        List<DealShare> deals = deals("sales-dept", aVisitsAndSigns("1000000"));
        List<Payment> payments = List.of(pay("03-02 10:05", Payment.Type.DEPOSIT, "50000"),
                pay("03-08 10:05", Payment.Type.DOWN_PAYMENT, "300000"), pay("04-15 09:00", Payment.Type.MORTGAGE, "700000"),
                pay("06-30 17:00", Payment.Type.HANDOVER, "0"));
        Commission.Statement march = Commission.statement(YearMonth.of(2026, 3), deals, payments, THREE);
        assertThat(march.lines()).extracting(l -> l.payment().type()).containsExactly(Payment.Type.DEPOSIT, Payment.Type.DOWN_PAYMENT);
        assertThat(march.lines().get(0).payable()).isEqualByComparingTo("0");
        assertThat(march.lines().get(0).note()).contains("定金不计佣金");
        // 300,000 × 3‰ × 90 %
        assertThat(march.lines().get(1).payable()).isEqualByComparingTo("810.00");
        assertThat(total(march, "A")).isEqualByComparingTo("810.00");
        Commission.Statement april = Commission.statement(YearMonth.of(2026, 4), deals, payments, THREE);
        assertThat(total(april, "A")).isEqualByComparingTo("1890.00");
        Commission.Statement june = Commission.statement(YearMonth.of(2026, 6), deals, payments, THREE);
        // the remaining 10 % of 1,000,000 × 3‰
        assertThat(total(june, "A")).isEqualByComparingTo("300.00");
        // Paid in full: the whole commission, 1,000,000 × 3‰, and not a fen more.
        assertThat(total(march, "A").add(total(april, "A")).add(total(june, "A"))).isEqualByComparingTo("3000");
    }

    @Test
    void com1_instalmentsArePaidNinetyPercentAsEachComesIn() {
        List<DealShare> deals = deals("sales-dept", aVisitsAndSigns("600000"));
        List<Payment> payments = List.of(pay("03-08 11:00", Payment.Type.INSTALMENT, "200000"),
                pay("03-20 11:00", Payment.Type.INSTALMENT, "100000"));
        Commission.Statement s = Commission.statement(YearMonth.of(2026, 3), deals, payments, THREE);
        assertThat(s.lines()).extracting(Commission.Line::payable).containsExactly(new BigDecimal("540.00"), new BigDecimal("270.00"));
    }

    @Test
    void com1_theConsultantsShareIsTheJudgesSplitOfTheDeal() {
        // software-record: B's major unknowing help, A closes: the judge splits 70/30 (SPLIT-4).
        List<Entry> entries = new ArrayList<>(List.of(Visit.plain(t("03-01 10:00"), "A", new Contact("王强", P)),
                new Assist(t("03-03 10:00"), "B", P, true, false),
                new Deal(t("03-06 10:00"), "A", P, Deal.Stage.CONTRACT, new BigDecimal("1000000"), false, false)));
        List<DealShare> deals = deals("software-record", entries);
        assertThat(deals.get(0).shares()).isEqualTo(Map.of("A", 0.7, "B", 0.3));
        Commission.Statement s = Commission.statement(YearMonth.of(2026, 3), deals,
                List.of(pay("03-06 11:00", Payment.Type.DOWN_PAYMENT, "300000")), THREE);
        assertThat(total(s, "A")).isEqualByComparingTo("567.00");
        assertThat(total(s, "B")).isEqualByComparingTo("243.00");
        assertThat(s.of("B").get(0).deal().orElseThrow().rules()).contains(RuleId.SPLIT_4);
        assertThat(s.of("B").get(0).share()).isEqualTo(0.3);
    }

    @Test
    void com1_aDeveloperRelationDealIsHouseCommission() {
        List<Entry> entries = List.of(Visit.plain(t("03-01 10:00"), "A", new Contact("王强", P)),
                new Deal(t("03-06 10:00"), "A", P, Deal.Stage.CONTRACT, new BigDecimal("1000000"), false, true));
        Commission.Statement s = Commission.statement(YearMonth.of(2026, 3), deals("sales-dept", entries),
                List.of(pay("03-06 11:00", Payment.Type.DOWN_PAYMENT, "100000")), THREE);
        assertThat(s.totals()).containsOnlyKeys(Owner.HOUSE);
        assertThat(total(s, Owner.HOUSE)).isEqualByComparingTo("270.00");
    }

    @Test
    void com1_aPaymentWithoutAContractBeforeItPaysNothingAndSaysWhy() {
        List<DealShare> deals = deals("sales-dept", aVisitsAndSigns("1000000"));
        Commission.Statement s = Commission.statement(YearMonth.of(2026, 3), deals,
                List.of(pay("03-05 10:00", Payment.Type.DOWN_PAYMENT, "300000")), THREE);
        assertThat(s.lines()).singleElement().satisfies(l -> {
            assertThat(l.consultant()).isEqualTo(Commission.NOBODY);
            assertThat(l.payable()).isEqualByComparingTo("0");
            assertThat(l.note()).contains("未找到").contains("COM-1");
        });
    }

    @Test
    void com1_ratesComeFromTheSettingsWithDefaultsForWhatWasNeverSet() {
        Map<String, String> settings = new HashMap<>();
        assertThat(rates(settings).products()).isEqualTo(Commission.DEFAULT_PRODUCTS);
        assertThat(rates(settings).of("排屋")).contains(Commission.DEFAULT_RATES.get("排屋"));
        settings.put("commission.products", "高层住宅, 洋房,商铺");
        settings.put("commission.rate.洋房", "2.5‰");
        settings.put("commission.rate.商铺", "abc");
        Commission.Rates r = rates(settings);
        assertThat(r.products()).containsExactly("高层住宅", "洋房", "商铺");
        assertThat(r.of("洋房")).contains(new BigDecimal("2.5"));
        assertThat(r.of("高层住宅")).contains(new BigDecimal("3"));
        assertThat(r.of("商铺")).isEmpty();
        assertThat(r.of("排屋")).isEmpty();
        List<DealShare> deals = deals("sales-dept", aVisitsAndSigns("1000000"));
        Payment shop = new Payment(t("03-09 10:00"), "A", P, Payment.Type.DOWN_PAYMENT, new BigDecimal("100000"), "商铺");
        Commission.Line l = Commission.statement(YearMonth.of(2026, 3), deals, List.of(shop), r).lines().get(0);
        assertThat(l.payable()).isEqualByComparingTo("0");
        assertThat(l.note()).contains("未设佣金比例");
    }

    @Test
    void com1_onlyTheMonthsPaymentsAreOnItsStatement() {
        List<DealShare> deals = deals("sales-dept", aVisitsAndSigns("1000000"));
        List<Payment> payments = List.of(pay("03-31 23:59", Payment.Type.DOWN_PAYMENT, "100000"),
                pay("04-01 00:00", Payment.Type.MORTGAGE, "100000"));
        assertThat(Commission.statement(YearMonth.of(2026, 3), deals, payments, THREE).lines()).hasSize(1);
        assertThat(Commission.statement(YearMonth.of(2026, 4), deals, payments, THREE).lines()).hasSize(1);
        assertThat(Commission.statement(YearMonth.of(2026, 5), deals, payments, THREE).lines()).isEmpty();
    }
}
