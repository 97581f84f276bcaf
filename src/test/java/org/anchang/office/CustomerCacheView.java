package org.anchang.office;

import java.util.Optional;
import org.anchang.customer.Phone;
import org.anchang.rules.Standing;

/** The cached owner of a customer, for tests outside this package. */
public final class CustomerCacheView {

    private CustomerCacheView() {
    }

    public static Optional<String> owner(Office o, String phone) {
        return o.read(h -> CustomerCache.standing(h, Phone.parse(phone), o.now())).flatMap(Standing::owner);
    }
}
