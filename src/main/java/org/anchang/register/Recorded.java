package org.anchang.register;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * A register line as the office stored it: its number, who typed it and when, and, for a correction,
 * the line it supersedes and why (REG-5). A withdrawal supersedes a line and carries no entry.
 */
public record Recorded(long id, Optional<Entry> entry, LocalDateTime recordedAt, String recordedBy,
        Optional<Long> supersedes, Optional<String> reason) {

    public boolean isWithdrawal() {
        return entry.isEmpty();
    }

    /** When it happened: the entry's time, or for a withdrawal the time it was recorded. */
    public LocalDateTime at() {
        return entry.map(Entry::at).orElse(recordedAt);
    }
}
