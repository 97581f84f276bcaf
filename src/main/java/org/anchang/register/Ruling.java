package org.anchang.register;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anchang.customer.Phone;

/**
 * A dispute's recorded verdict 裁定 (DSP-1, DSP-3): from {@code at} on the customer's group belongs to {@code owner}
 * (a consultant id, {@code POOL}, {@code HOUSE}, or nobody when empty) until {@code until} (empty: unlimited),
 * and each listed deal is split as ruled. Final (一判终身): the office and the store refuse to change it;
 * the dossier, the verdict and the facts it rests on are stored beside it.
 */
public record Ruling(LocalDateTime at, Phone customer, Optional<String> owner, Optional<LocalDateTime> until, boolean dealt,
        List<RuledDeal> deals, String policy, String mediatedBy, String checkedBy, String decidedBy) implements Entry {

    public Ruling {
        deals = List.copyOf(deals);
    }

    /** One deal of the group as the ruling splits it; found again by its time, closer and phone. */
    public record RuledDeal(LocalDateTime at, String by, Phone customer, Map<String, Double> shares) {
        public RuledDeal {
            // Insertion order kept (not Map.copyOf, whose order changes from run to run): the verdict JSON lists shares so.
            shares = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(shares));
        }
    }

    @Override
    public Optional<Phone> phone() {
        return Optional.of(customer);
    }

    @Override
    public String kind() {
        return "ruling";
    }
}
