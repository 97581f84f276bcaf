package org.anchang.rules;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Small readers of a verdict for assertions. */
final class Verdicts {

    private Verdicts() {
    }

    static String owner(Verdict v) {
        return v.owner().who().orElse(null);
    }

    static Map<String, Double> shares(Verdict v, int deal) {
        return v.deals().get(deal).shares();
    }

    /** Every rule the verdict cites: trail, deals and penalties. */
    static Set<String> cited(Verdict v) {
        Set<String> s = new HashSet<>();
        v.trail().forEach(t -> s.add(t.rule().id()));
        v.deals().forEach(d -> d.rules().forEach(r -> s.add(r.id())));
        v.penalties().forEach(p -> s.add(p.rule().id()));
        return s;
    }
}
