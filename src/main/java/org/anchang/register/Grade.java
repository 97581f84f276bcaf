package org.anchang.register;

import java.time.LocalDateTime;
import java.util.Optional;
import org.anchang.customer.Phone;

/**
 * A grading 客户评级 (GRD-1): the six factor scores (1–5) a consultant gave a customer, whether the customer
 * said outright that they will not buy, and a note. A new grading is a new entry; none is overwritten. The
 * class (A–D) is the judge's, from the scores and the office's weights.
 */
public record Grade(LocalDateTime at, String by, Phone customer, int finance, int motive, int credit, int background,
        int contact, int timing, boolean declined, Optional<String> note) implements Entry {

    @Override
    public Optional<Phone> phone() {
        return Optional.of(customer);
    }

    @Override
    public String kind() {
        return "grade";
    }
}
