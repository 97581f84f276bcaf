package org.anchang.register;

import java.time.LocalDateTime;

/** A consultant leaves the company (OWN-3). */
public record Leave(LocalDateTime at, String by) implements Entry {
    @Override
    public String kind() {
        return "leave";
    }
}
