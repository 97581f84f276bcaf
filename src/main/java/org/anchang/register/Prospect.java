package org.anchang.register;

import java.time.LocalDateTime;
import java.util.Optional;
import org.anchang.customer.Contact;
import org.anchang.customer.Phone;

/** A prospecting registration 拓客登记, with the business type 业态 where known. */
public record Prospect(LocalDateTime at, String by, Contact customer, Optional<String> businessType) implements Entry {
    @Override
    public Optional<Phone> phone() {
        return Optional.of(customer.phone());
    }

    @Override
    public String kind() {
        return "prospect";
    }
}
