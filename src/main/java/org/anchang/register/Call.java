package org.anchang.register;

import java.time.LocalDateTime;
import java.util.Optional;
import org.anchang.customer.Contact;
import org.anchang.customer.Phone;

/** A phone inquiry 来电, as the call register records it; {@code details} decide nothing. */
public record Call(LocalDateTime at, String by, Contact customer, Details details) implements Entry {

    /** The call sheet's columns that decide nothing: source channel (来源), intent (意向), notes (备注). */
    public record Details(Optional<String> source, Optional<String> intent, Optional<String> notes) {
        public static final Details NONE = new Details(Optional.empty(), Optional.empty(), Optional.empty());
    }

    public Call {
        details = details == null ? Details.NONE : details;
    }

    public Call(LocalDateTime at, String by, Contact customer) {
        this(at, by, customer, Details.NONE);
    }

    @Override
    public Optional<Phone> phone() {
        return Optional.of(customer.phone());
    }

    @Override
    public String kind() {
        return "call";
    }
}
