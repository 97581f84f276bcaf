package org.anchang.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.anchang.customer.Phone;
import org.anchang.register.Assist;
import org.anchang.register.Deal;
import org.anchang.register.Entry;
import org.anchang.register.Payment;
import org.anchang.rules.Commission;
import org.anchang.store.AuditLog;
import org.anchang.store.EntryStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Payments as register entries (V4) and the commission statement from the office's settings and the judge's splits. */
class PaymentAndCommissionTest {

    @TempDir
    Path dir;

    static final Phone P = Phone.parse("13800001111");

    static Payment pay(String at, Payment.Type type, String amount, String product) {
        return new Payment(LocalDateTime.parse("2026-" + at.replace(' ', 'T')), "K", P, type, new BigDecimal(amount), product);
    }

    @Test
    void aPaymentIsStoredAuditedAndReadBackLikeAnyOtherEntry() {
        try (Office o = OfficeFixture.staffed(dir)) {
            RegisterDesk desk = new RegisterDesk(o);
            Payment p = pay("03-05 10:00", Payment.Type.MORTGAGE, "700000.00", "高层住宅");
            long id = desk.record(p, "K");
            List<Entry> back = o.read(h -> EntryStore.since(h, id - 1)).stream().map(r -> r.entry().orElseThrow()).toList();
            assertThat(back).containsExactly(p);
            assertThat(o.read(AuditLog::verify)).isEmpty();
            int audited = o.read(h -> h.createQuery("SELECT COUNT(*) FROM audit WHERE table_name = 'payment'").mapTo(Integer.class).one());
            assertThat(audited).isEqualTo(1);
        }
    }

    @Test
    void aPaymentWithoutAnAmountOrWithAnUnknownProductIsRefusedNamingTheField() {
        try (Office o = OfficeFixture.staffed(dir)) {
            RegisterDesk desk = new RegisterDesk(o);
            int before = o.summary().entries();
            assertThatThrownBy(() -> desk.record(pay("03-05 10:00", Payment.Type.DOWN_PAYMENT, "0", "高层住宅"), "K"))
                    .isInstanceOf(OfficeException.class).hasMessageStartingWith("金额:");
            assertThatThrownBy(() -> desk.record(pay("03-05 10:00", Payment.Type.DOWN_PAYMENT, "100.005", "高层住宅"), "K"))
                    .isInstanceOf(OfficeException.class).hasMessageContaining("两位小数");
            assertThatThrownBy(() -> desk.record(pay("03-05 10:00", Payment.Type.DOWN_PAYMENT, "100", "别墅"), "K"))
                    .isInstanceOf(OfficeException.class).hasMessage("产品类型: 应为 高层住宅、排屋、商铺、车位 之一");
            desk.record(pay("03-05 10:00", Payment.Type.HANDOVER, "0", "排屋"), "K");
            assertThat(o.summary().entries()).isEqualTo(before + 1);
            new Staff(o).setSetting("commission.products", "高层住宅,别墅", "产品类型", v -> v, "M");
            desk.record(pay("03-05 11:00", Payment.Type.DOWN_PAYMENT, "100", "别墅"), "K");
            assertThat(desk.refusals(List.of(pay("03-05 12:00", Payment.Type.INSTALMENT, "100", "排屋")), "K").get(0))
                    .hasValueSatisfying(x -> assertThat(x.field()).isEqualTo("产品类型"));
        }
    }

    @Test
    void theStatementTakesTheRatesFromTheSettingsAndTheSharesFromTheJudge() {
        try (Office o = OfficeFixture.staffed(dir)) {
            new Staff(o).setPolicy("software-record", java.util.Map.of(), "M");
            new Staff(o).setSetting("commission.rate.高层住宅", "5", "佣金比例", v -> v, "M");
            RegisterDesk desk = new RegisterDesk(o);
            desk.record(OfficeFixture.visit("03-01 10:00", "A", "王强", "13800001111"), "K");
            desk.record(new Assist(LocalDateTime.of(2026, 3, 3, 10, 0), "B", P, true, false), "K");
            desk.record(new Deal(LocalDateTime.of(2026, 3, 6, 10, 0), "A", P, Deal.Stage.CONTRACT, new BigDecimal("1000000"), false, false), "K");
            desk.record(pay("03-06 11:00", Payment.Type.DOWN_PAYMENT, "300000", "高层住宅"), "K");
            CommissionDesk.Statement all = new CommissionDesk(o).statement(YearMonth.of(2026, 3), "M");
            // 300,000 × 5‰ × 90 % = 1,350, split 70/30 by the judge (SPLIT-4)
            assertThat(all.statement().totals()).containsEntry("A", new BigDecimal("945.00")).containsEntry("B", new BigDecimal("405.00"));
            assertThat(all.name("A")).isEqualTo("张三");
            CommissionDesk.Statement mine = new CommissionDesk(o).statement(YearMonth.of(2026, 3), "B");
            assertThat(mine.statement().lines()).extracting(Commission.Line::consultant).containsOnly("B");
            assertThat(mine.statement().totals()).containsOnlyKeys("B");
        }
    }
}
