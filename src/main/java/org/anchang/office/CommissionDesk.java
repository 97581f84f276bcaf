package org.anchang.office;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anchang.register.Entry;
import org.anchang.register.Payment;
import org.anchang.rules.Commission;
import org.anchang.rules.Replay;
import org.anchang.store.EntryStore;
import org.jdbi.v3.core.Handle;

/**
 * The commission statement (佣金结算, COM-1) and the checks on a payment entry. Rates and product types are the
 * settings {@code commission.products} and {@code commission.rate.<产品类型>} (the settings screen edits them);
 * the shares are the judge's splits of the office's deals, replayed from the registers.
 */
public final class CommissionDesk {

    /** Those who see every consultant's lines; a consultant sees only their own. */
    private static final Set<String> ALL_LINES = Set.of("manager", "supervisor", "clerk");

    private final Office office;

    public CommissionDesk(Office office) {
        this.office = office;
    }

    /** A month's statement as {@code actor} may see it, with the names of the people on it. */
    public record Statement(String project, ArchiveDesk.Person by, Commission.Statement statement, Map<String, String> names,
            Commission.Rates rates) {

        public String name(String id) {
            return switch (id) {
                case Commission.NOBODY -> "(未归属)";
                case org.anchang.rules.Owner.HOUSE -> "公司(公佣)";
                case org.anchang.rules.Owner.POOL -> "销售部(公共客户)";
                default -> names.getOrDefault(id, id);
            };
        }
    }

    /** The office's product types and rates as set now. */
    public Commission.Rates rates() {
        return office.read(CommissionDesk::rates);
    }

    static Commission.Rates rates(Handle h) {
        return Commission.Rates.from(name -> Settings.latest(h, name));
    }

    /** The statement of {@code month}. */
    public Statement statement(YearMonth month, String actor) {
        return office.read(h -> {
            ArchiveDesk.Person by = ArchiveDesk.person(h, actor);
            List<Entry> effective = Ledger.effective(EntryStore.since(h, 0));
            Map<String, String> names = Office.names(h);
            Replay replay = new Replay(Office.policy(h), names, false);
            effective.forEach(replay::apply);
            List<Payment> payments = effective.stream().filter(Payment.class::isInstance).map(Payment.class::cast).toList();
            Commission.Rates rates = rates(h);
            Commission.Statement s = Commission.statement(month, replay.deals(), payments, rates);
            if (!ALL_LINES.contains(by.role())) {
                List<Commission.Line> own = s.of(actor);
                s = new Commission.Statement(month, own, Map.of(actor, own.stream().map(Commission.Line::payable)
                        .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add)));
            }
            return new Statement(Settings.latest(h, Settings.PROJECT).orElse("案场"), by, s, names, rates);
        });
    }

    /** A payment's own fields: an amount (positive, except for a hand-over) and one of the office's product types. */
    static void check(Handle h, Payment p) {
        if (p.amount() == null || p.amount().signum() < 0 || (p.amount().signum() == 0 && p.type() != Payment.Type.HANDOVER)) {
            throw new OfficeException("金额", "应为大于0的金额(元)");
        }
        if (p.amount().stripTrailingZeros().scale() > 2) {
            throw new OfficeException("金额", "最多到分(两位小数)");
        }
        List<String> products = rates(h).products();
        if (p.product() == null || !products.contains(p.product().strip())) {
            throw new OfficeException("产品类型", "应为 " + String.join("、", products) + " 之一");
        }
    }
}
