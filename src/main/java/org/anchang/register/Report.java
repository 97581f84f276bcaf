package org.anchang.register;

import java.time.LocalDateTime;
import java.util.Optional;
import org.anchang.customer.MaskedPhone;
import org.anchang.customer.Phone;

/**
 * A channel report 报备 by an agent: name or surname, masked or full phone, expected visit (RPT-1), and the
 * agent's channel team (渠道队名) where the form gave it. An expected visit given only as 上午/下午 is stored at
 * 09:00 or 14:00, and one given only as a day at 00:00.
 */
public record Report(LocalDateTime at, String by, String name, MaskedPhone masked, LocalDateTime expected, Optional<String> team)
        implements Entry {

    public Report {
        team = team == null ? Optional.empty() : team;
    }

    public Report(LocalDateTime at, String by, String name, MaskedPhone masked, LocalDateTime expected) {
        this(at, by, name, masked, expected, Optional.empty());
    }

    @Override
    public Optional<Phone> phone() {
        return masked.whole();
    }

    @Override
    public String kind() {
        return "report";
    }
}
