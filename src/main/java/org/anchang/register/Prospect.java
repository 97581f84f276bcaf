package org.anchang.register;

import java.time.LocalDateTime;
import java.util.Optional;
import org.anchang.customer.Contact;
import org.anchang.customer.Phone;

/** A prospecting registration 拓客登记, with the business type 业态 where known; {@code details} decide nothing. */
public record Prospect(LocalDateTime at, String by, Contact customer, Optional<String> businessType, Details details)
        implements Entry {

    /** The prospecting sheet's other columns: address (地址), company (单位), WeChat (微信), intent (意向), notes (备注). */
    public record Details(Optional<String> address, Optional<String> company, Optional<String> wechat, Optional<String> intent,
            Optional<String> notes) {
        public static final Details NONE = new Details(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    public Prospect {
        details = details == null ? Details.NONE : details;
    }

    public Prospect(LocalDateTime at, String by, Contact customer, Optional<String> businessType) {
        this(at, by, customer, businessType, Details.NONE);
    }

    @Override
    public Optional<Phone> phone() {
        return Optional.of(customer.phone());
    }

    @Override
    public String kind() {
        return "prospect";
    }
}
