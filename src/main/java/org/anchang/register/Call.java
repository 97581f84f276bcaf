package org.anchang.register;

import java.time.LocalDateTime;
import java.util.Optional;
import org.anchang.customer.Contact;
import org.anchang.customer.Phone;

/** A phone inquiry 来电, as the call register records it. */
public record Call(LocalDateTime at, String by, Contact customer) implements Entry {
    @Override
    public Optional<Phone> phone() {
        return Optional.of(customer.phone());
    }

    @Override
    public String kind() {
        return "call";
    }
}
