package org.anchang.board;

import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/**
 * Who received walk-in {@code index}: {@code to} is empty for a brochure; {@code at} is the time of
 * the action that made the assignment (for a waiting group, the action that freed someone).
 */
public record Assignment(int index, LocalTime at, Optional<String> to, boolean counted, String rule) {
    public Assignment {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(rule, "rule");
    }
}
