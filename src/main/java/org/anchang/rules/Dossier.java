package org.anchang.rules;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anchang.customer.Phone;
import org.anchang.register.Entry;

/**
 * A case 判客档案 (CASE-FORMAT.md): one customer's registers, the facts, the policy and the question.
 * {@code escalated} (an addition to the format) says the dispute went up to the project head (PEN-8).
 */
public record Dossier(Policy policy, Map<String, String> consultants, List<Entry> events, Optional<Question> question,
        boolean escalated) {

    /** Whose customer is {@code phone} at {@code at}? */
    public record Question(Phone phone, LocalDateTime at) {
    }
}
