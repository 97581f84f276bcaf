package org.anchang.rules;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * A channel report as the judge holds it, for the collision check: the agent, the name and the phone as reported
 * ({@code 138***88888} or whole), when, and until when it holds ({@code validUntil}, RPT-2; empty where the regime
 * judges no reports or it never lapses). {@code used}: a visit took it (RPT-3); {@code ambiguous}: its masked phone
 * matched several customers (REG-6).
 */
public record ReportSeen(String agent, String name, String phone, LocalDateTime at, Optional<LocalDateTime> validUntil,
        boolean judged, boolean used, boolean ambiguous) {

    /** Whether the report still gives its agent the customer's next visit at {@code now}. */
    public boolean validAt(LocalDateTime now) {
        return judged && !used && !ambiguous && !now.isBefore(at) && validUntil.map(now::isBefore).orElse(true);
    }
}
