package org.anchang.register;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Optional;
import org.anchang.customer.Phone;

/**
 * Money received on a deal (收款), recorded like any register line (COM-1, sales-dept 五): a deposit, the down
 * payment with the contract, a mortgage release, an instalment, or the hand-over of the unit ({@code type}).
 * {@code product} is the unit's product type (高层住宅, 排屋 …), which sets the commission rate; {@code by} is who recorded it.
 * A hand-over carries no money of its own ({@code amount} may be zero): it releases the last 10 %.
 */
public record Payment(LocalDateTime at, String by, Phone customer, Type type, BigDecimal amount, String product) implements Entry {

    /** What the money is. */
    public enum Type {
        DEPOSIT("定金"), DOWN_PAYMENT("首付款"), MORTGAGE("按揭放款"), INSTALMENT("分期付款"), HANDOVER("交房");

        private final String chinese;

        Type(String chinese) {
            this.chinese = chinese;
        }

        /** The word on the register, e.g. 首付款. */
        public String chinese() {
            return chinese;
        }

        /** The kind a register cell names, by its Chinese word or its name; empty when none does. */
        public static Optional<Type> of(String word) {
            String w = word == null ? "" : word.strip();
            for (Type k : values()) {
                if (k.chinese.equals(w) || k.name().equalsIgnoreCase(w)) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }
    }

    @Override
    public Optional<Phone> phone() {
        return Optional.of(customer);
    }

    @Override
    public String kind() {
        return "payment";
    }
}
