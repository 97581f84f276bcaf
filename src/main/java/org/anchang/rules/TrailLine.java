package org.anchang.rules;

import java.time.LocalDateTime;

/** One step of a verdict's reasoning: when, which rule, and a sentence a manager can read out. */
public record TrailLine(LocalDateTime at, RuleId rule, String text) {
}
