package org.anchang.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.anchang.register.Payment;

/**
 * The commission statement (COM-1, sales-dept 五): commission is a per-mille rate of the product type on the
 * contract amount, paid as the developer receives money — nothing on a deposit; 90 % of the commission on the
 * down payment, on a released mortgage and on each instalment as received; the remaining 10 % of the contract's
 * commission after hand-over. A consultant gets this times their share of the deal, and the share is the
 * judge's split of that deal (SPEC §5, {@link DealShare}), never worked out again here.
 */
public final class Commission {

    /** Product types when the office has not named its own ({@code commission.products}). */
    public static final List<String> DEFAULT_PRODUCTS = List.of("高层住宅", "排屋", "商铺", "车位");

    /**
     * Rates in per mille when the office has set none ({@code commission.rate.<产品类型>}). The seed leaves the
     * figures blank (「千分之*」); these are placeholders for the manager to replace in the settings.
     */
    public static final Map<String, BigDecimal> DEFAULT_RATES = Map.of("高层住宅", new BigDecimal("3"), "排屋",
            new BigDecimal("4"), "商铺", new BigDecimal("5"), "车位", new BigDecimal("2"));

    /** The part of the commission paid as the money comes in; the rest waits for the hand-over. */
    public static final BigDecimal AS_RECEIVED = new BigDecimal("0.9");
    public static final BigDecimal AFTER_HANDOVER = BigDecimal.ONE.subtract(AS_RECEIVED);

    private static final BigDecimal MILLE = new BigDecimal("1000");

    private Commission() {
    }

    /** The office's product types and their rates in per mille. */
    public record Rates(List<String> products, Map<String, BigDecimal> perMille) {
        public Rates {
            products = List.copyOf(products);
            perMille = Map.copyOf(perMille);
        }

        public Optional<BigDecimal> of(String product) {
            return Optional.ofNullable(perMille.get(product));
        }

        /**
         * Reads {@code commission.products} (comma separated) and {@code commission.rate.<产品类型>} through
         * {@code setting}; the defaults above stand in for what was never set. A stored rate that is not a number
         * leaves its product without a rate, which the statement says on every line it touches.
         */
        public static Rates from(Function<String, Optional<String>> setting) {
            List<String> products = setting.apply("commission.products").map(Commission::products).filter(l -> !l.isEmpty())
                    .orElse(DEFAULT_PRODUCTS);
            Map<String, BigDecimal> rates = new LinkedHashMap<>();
            for (String p : products) {
                Optional<String> stored = setting.apply("commission.rate." + p);
                if (stored.isPresent()) {
                    parseRate(stored.get()).ifPresent(r -> rates.put(p, r));
                } else if (DEFAULT_RATES.containsKey(p)) {
                    rates.put(p, DEFAULT_RATES.get(p));
                }
            }
            return new Rates(products, rates);
        }
    }

    /** The product list of a {@code commission.products} setting: comma (or 、/,) separated, blanks dropped. */
    public static List<String> products(String setting) {
        List<String> out = new ArrayList<>();
        for (String p : setting.split("[,,、]")) {
            if (!p.isBlank() && !out.contains(p.strip())) {
                out.add(p.strip());
            }
        }
        return out;
    }

    /** A per-mille rate as typed: {@code 3}, {@code 2.5}, {@code 3‰}; empty when it is not a number from 0 to 100. */
    public static Optional<BigDecimal> parseRate(String text) {
        try {
            BigDecimal r = new BigDecimal(text.strip().replace("‰", "").replace("千分之", ""));
            return r.signum() >= 0 && r.compareTo(new BigDecimal("100")) <= 0 ? Optional.of(r) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * One consultant's commission on one payment: the deal (its contract, or the deposit for a deposit), the
     * consultant's share of it and the rules of that split, the payment, the rate and what is payable.
     * {@code deal} is empty when no deal of the customer precedes the payment; then nothing is payable.
     */
    public record Line(String consultant, Optional<DealShare> deal, double share, Payment payment, Optional<BigDecimal> ratePerMille,
            BigDecimal base, BigDecimal payable, String note) {
    }

    /** A month's statement: its lines by consultant and payment time, and each consultant's total. */
    public record Statement(YearMonth month, List<Line> lines, Map<String, BigDecimal> totals) {
        public Statement {
            lines = List.copyOf(lines);
            totals = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(totals));
        }

        public List<Line> of(String consultant) {
            return lines.stream().filter(l -> l.consultant().equals(consultant)).toList();
        }
    }

    /** The consultant of a line no deal could be found for. */
    public static final String NOBODY = "";

    /**
     * The statement of {@code month}: each payment received in it, against the customer's latest deal before it
     * (a contract; for a deposit, a deposit or contract), split by the judge's shares.
     */
    public static Statement statement(YearMonth month, List<DealShare> deals, List<Payment> payments, Rates rates) {
        List<Line> lines = new ArrayList<>();
        payments.stream().filter(p -> YearMonth.from(p.at()).equals(month)).sorted(Comparator.comparing(Payment::at))
                .forEach(p -> lines.addAll(lines(p, deals, rates)));
        lines.sort(Comparator.comparing(Line::consultant).thenComparing(l -> l.payment().at()));
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        for (Line l : lines) {
            totals.merge(l.consultant(), l.payable(), BigDecimal::add);
        }
        return new Statement(month, lines, totals);
    }

    static List<Line> lines(Payment p, List<DealShare> deals, Rates rates) {
        boolean deposit = p.type() == Payment.Type.DEPOSIT;
        Optional<DealShare> deal = latestDeal(p, deals, !deposit);
        if (deal.isEmpty()) {
            String why = deposit ? "定金不计佣金;未找到该客户的成交登记 (COM-1)" : "未找到该客户此前的签约登记,不计佣金 (COM-1)";
            return List.of(new Line(NOBODY, Optional.empty(), 0, p, rates.of(p.product()), BigDecimal.ZERO, zero(), why));
        }
        DealShare d = deal.get();
        Optional<BigDecimal> rate = rates.of(p.product());
        BigDecimal base;
        String note;
        if (deposit) {
            base = BigDecimal.ZERO;
            note = "定金不计佣金 (COM-1)";
        } else if (rate.isEmpty()) {
            base = BigDecimal.ZERO;
            note = "产品类型「" + p.product() + "」未设佣金比例,暂不计 (COM-1)";
        } else if (p.type() == Payment.Type.HANDOVER) {
            base = d.amount().multiply(rate.get()).divide(MILLE).multiply(AFTER_HANDOVER);
            note = "交房后发放签约佣金余下10% (COM-1)";
        } else {
            base = p.amount().multiply(rate.get()).divide(MILLE).multiply(AS_RECEIVED);
            note = p.type().chinese() + "到账,按到账金额提90% (COM-1)";
        }
        if (d.pending()) {
            note += ";分成待原顾问确认 (SPLIT-7)";
        }
        List<Line> out = new ArrayList<>(d.shares().size());
        for (Map.Entry<String, Double> s : d.shares().entrySet()) {
            BigDecimal payable = base.multiply(BigDecimal.valueOf(s.getValue())).setScale(2, RoundingMode.HALF_UP);
            out.add(new Line(s.getKey(), deal, s.getValue(), p, rate, base.setScale(2, RoundingMode.HALF_UP), payable, note));
        }
        return out;
    }

    /** The customer's latest deal at or before the payment: a contract, or for a deposit any deal. */
    private static Optional<DealShare> latestDeal(Payment p, List<DealShare> deals, boolean contractOnly) {
        DealShare best = null;
        for (DealShare d : deals) {
            if (d.phone().equals(p.customer().digits()) && !d.at().isAfter(p.at()) && (!contractOnly || d.stage().equals("contract"))
                    && (best == null || !d.at().isBefore(best.at()))) {
                best = d;
            }
        }
        return Optional.ofNullable(best);
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
