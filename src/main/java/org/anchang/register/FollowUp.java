package org.anchang.register;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.anchang.customer.Phone;

/** A tracking record 回访/跟踪 (PROT-3); {@code details} decide nothing. */
public record FollowUp(LocalDateTime at, String by, Phone customer, Details details) implements Entry {

    /** How the customer was reached (方式), what was said (内容), when to call again (下次跟进). */
    public record Details(Optional<String> method, Optional<String> content, Optional<LocalDate> next) {
        public static final Details NONE = new Details(Optional.empty(), Optional.empty(), Optional.empty());
    }

    public FollowUp {
        details = details == null ? Details.NONE : details;
    }

    public FollowUp(LocalDateTime at, String by, Phone customer) {
        this(at, by, customer, Details.NONE);
    }

    @Override
    public Optional<Phone> phone() {
        return Optional.of(customer);
    }

    @Override
    public String kind() {
        return "followup";
    }
}
