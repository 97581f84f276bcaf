package org.anchang.rules;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A deal's split while the replay may still change it (a SPLIT-7 confirmation). */
final class DealDraft {
    final LocalDateTime at;
    final String by;
    final String phone;
    final String stage;
    final BigDecimal amount;
    final Map<String, Double> shares = new LinkedHashMap<>(4);
    final List<RuleId> rules = new ArrayList<>(3);
    boolean pending;

    DealDraft(LocalDateTime at, String by, String phone, String stage, BigDecimal amount) {
        this.at = at;
        this.by = by;
        this.phone = phone;
        this.stage = stage;
        this.amount = amount;
    }

    void all(String who) {
        shares.clear();
        shares.put(who, 1.0);
    }

    /** Owner's and the other's share; a zero share is left out. */
    void split(String owner, String other, Split s) {
        shares.clear();
        if (s.owner() > 0) {
            shares.merge(owner, s.owner(), Double::sum);
        }
        if (s.other() > 0) {
            shares.merge(other, s.other(), Double::sum);
        }
    }

    void cite(RuleId r) {
        if (!rules.contains(r)) {
            rules.add(r);
        }
    }

    DealShare freeze() {
        return new DealShare(at, by, phone, stage, amount, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(shares)), List.copyOf(rules), pending);
    }
}
