package org.anchang.rules;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * How one deal's performance credit is split (SPEC §5). {@code shares} add up to 1; keys are
 * consultant ids or {@code HOUSE}. {@code pending} when the split waits on an owner's confirmation (SPLIT-7).
 */
public record DealShare(LocalDateTime at, String by, String phone, String stage, BigDecimal amount,
        Map<String, Double> shares, List<RuleId> rules, boolean pending) {
}
