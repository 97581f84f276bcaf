package org.anchang.board;

import java.time.LocalTime;
import java.util.Objects;

/**
 * A group that found nobody free and waits for the first consultant to become free. {@code counted}
 * and {@code rule} are what its reception will be, decided when it arrived.
 */
public record WaitingCustomer(int index, LocalTime since, WalkinType type, boolean counted, String rule) {
    public WaitingCustomer {
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(rule, "rule");
    }
}
