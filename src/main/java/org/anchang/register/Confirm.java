package org.anchang.register;

import java.time.LocalDateTime;
import java.util.Optional;
import org.anchang.customer.Phone;

/** The owner confirms a customer someone else signed as the owner's old customer (SPLIT-7). */
public record Confirm(LocalDateTime at, String by, Phone customer) implements Entry {
    @Override
    public Optional<Phone> phone() {
        return Optional.of(customer);
    }

    @Override
    public String kind() {
        return "confirm";
    }
}
