package org.anchang.register;

import java.time.LocalDateTime;
import java.util.Optional;
import org.anchang.customer.Phone;

/** The manager {@code by} assigns a pool customer to {@code to} (OWN-6). */
public record Assign(LocalDateTime at, Phone customer, String to, String by) implements Entry {
    @Override
    public Optional<Phone> phone() {
        return Optional.of(customer);
    }

    @Override
    public String kind() {
        return "assign";
    }
}
