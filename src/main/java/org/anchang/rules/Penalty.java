package org.anchang.rules;

/** A sanction the verdict proposes and the manager confirms; {@code amount} in 元, 0 for a non-money sanction. */
public record Penalty(String consultant, int amount, RuleId rule, String text) {
}
