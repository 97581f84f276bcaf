package org.anchang.register;

import java.time.LocalDateTime;
import java.util.Optional;
import org.anchang.customer.Phone;

/** A tracking record 回访/跟踪 (PROT-3). */
public record FollowUp(LocalDateTime at, String by, Phone customer) implements Entry {
    @Override
    public Optional<Phone> phone() {
        return Optional.of(customer);
    }

    @Override
    public String kind() {
        return "followup";
    }
}
