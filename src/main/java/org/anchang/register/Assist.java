package org.anchang.register;

import java.time.LocalDateTime;
import java.util.Optional;
import org.anchang.customer.Phone;

/** Deep contact with a customer by a non-owner; {@code major} when it helped the deal substantially (SPLIT-4/5). */
public record Assist(LocalDateTime at, String by, Phone customer, boolean major, boolean knowing) implements Entry {
    @Override
    public Optional<Phone> phone() {
        return Optional.of(customer);
    }

    @Override
    public String kind() {
        return "assist";
    }
}
