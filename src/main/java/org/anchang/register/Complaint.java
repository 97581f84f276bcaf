package org.anchang.register;

import java.time.LocalDateTime;
import java.util.Optional;
import org.anchang.customer.Phone;

/** A customer's complaint; the customer moves to {@code reassignTo} (OWN-4). */
public record Complaint(LocalDateTime at, Phone customer, String reassignTo) implements Entry {
    @Override
    public Optional<Phone> phone() {
        return Optional.of(customer);
    }

    @Override
    public String kind() {
        return "complaint";
    }
}
