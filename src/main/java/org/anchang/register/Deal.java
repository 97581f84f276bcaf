package org.anchang.register;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Optional;
import org.anchang.customer.Phone;

/** A deal 成交: a deposit 定金 or a contract 签约, with what the closer knew (SPLIT-4/5). */
public record Deal(LocalDateTime at, String by, Phone customer, Stage stage, BigDecimal amount, boolean knowing,
        boolean developerRelation) implements Entry {

    /** Deposit or contract. */
    public enum Stage { DEPOSIT, CONTRACT }

    @Override
    public Optional<Phone> phone() {
        return Optional.of(customer);
    }

    @Override
    public String kind() {
        return "deal";
    }
}
