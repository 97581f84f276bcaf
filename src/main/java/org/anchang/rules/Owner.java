package org.anchang.rules;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Who owns a customer group at a moment: a consultant id, {@code POOL} or {@code HOUSE}, or nobody.
 * {@code until} is the first moment the claim no longer holds; empty when unlimited or nobody owns.
 */
public record Owner(Optional<String> who, Optional<LocalDateTime> until, boolean unlimited, boolean dealt,
        Optional<String> lastOwner, List<String> group) {

    public static final String POOL = "POOL";
    public static final String HOUSE = "HOUSE";

    public boolean isConsultant() {
        return who.isPresent() && !who.get().equals(POOL) && !who.get().equals(HOUSE);
    }
}
