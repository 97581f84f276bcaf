package org.anchang.register;

import java.time.LocalDateTime;
import org.anchang.customer.MaskedPhone;

/** A channel report 报备 by an agent: name or surname, masked or full phone, expected visit (RPT-1). */
public record Report(LocalDateTime at, String by, String name, MaskedPhone masked, LocalDateTime expected) implements Entry {
    @Override
    public java.util.Optional<org.anchang.customer.Phone> phone() {
        return masked.whole();
    }

    @Override
    public String kind() {
        return "report";
    }
}
