package org.anchang.board;

import java.time.LocalTime;
import java.util.Objects;

/** One line of the board's log (ROT-13): the action, its time and what it did, in Chinese. */
public record LogEntry(int index, LocalTime at, BoardAction action, String note) {
    public LogEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(note, "note");
    }
}
