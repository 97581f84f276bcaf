package org.anchang.board;

import java.time.LocalTime;
import java.util.Objects;

/**
 * A make-up turn (补接/累计): earned by {@code consultant} when passed over at walk-in {@code index};
 * {@code rule} says why (ROT-2, ROT-3, ROT-4, ROT-7). Credits are used in the order earned.
 */
public record MakeUpCredit(String consultant, int index, LocalTime at, String rule) {
    public MakeUpCredit {
        Objects.requireNonNull(consultant, "consultant");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(rule, "rule");
    }
}
