package org.anchang.rules;

import java.util.List;
import java.util.Map;

/** The judge's answer to a dossier (CASE-FORMAT.md, Output). */
public record Verdict(String policy, String phone, Owner owner, List<DealShare> deals, List<Penalty> penalties,
        List<TrailLine> trail, List<String> collisions, Map<String, String> consultants) {

    /** A consultant's name as the dossier gives it, {@code POOL} and {@code HOUSE} in words. */
    public String nameOf(String id) {
        return switch (id) {
            case Owner.POOL -> "销售部公共客户";
            case Owner.HOUSE -> "公司(公佣)";
            default -> consultants.getOrDefault(id, id);
        };
    }
}
