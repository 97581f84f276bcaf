package org.anchang.rules;

import java.time.LocalDateTime;

/** Something due for a customer's owner (PROT-7): a follow-up to make or a claim about to lapse. */
public record Reminder(RuleId rule, LocalDateTime due, boolean overdue, String text) {
}
