package org.anchang.rules;

import java.util.List;

/** The judge's answer to a dossier (CASE-FORMAT.md, Output). */
public record Verdict(String policy, String phone, Owner owner, List<DealShare> deals, List<Penalty> penalties,
        List<TrailLine> trail, List<String> collisions) {
}
