package org.anchang.rules.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anchang.rules.DealShare;
import org.anchang.rules.Owner;
import org.anchang.rules.Penalty;
import org.anchang.rules.RuleId;
import org.anchang.rules.TrailLine;
import org.anchang.rules.Verdict;

/**
 * Writes a verdict as CASE-FORMAT.md's output JSON, fields in the contract's order, then the extras:
 * {@code lastOwner}, {@code dealt}, {@code group} (the group's phones) and {@code collisions}.
 * {@code protectedUntil} is the first moment the claim no longer holds.
 */
public final class VerdictJson {

    private static final ObjectWriter WRITER = new ObjectMapper()
            .writer(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));

    private VerdictJson() {
    }

    public static String write(Verdict v) {
        try {
            return WRITER.writeValueAsString(tree(v));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> tree(Verdict v) {
        Map<String, Object> out = new LinkedHashMap<>();
        Owner o = v.owner();
        out.put("policy", v.policy());
        out.put("phone", v.phone());
        out.put("owner", o.who().orElse(null));
        out.put("protectedUntil", o.unlimited() ? "unlimited" : o.until().map(VerdictJson::time).orElse(null));
        List<Object> deals = new ArrayList<>();
        for (DealShare d : v.deals()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("at", time(d.at()));
            m.put("by", d.by());
            m.put("phone", d.phone());
            m.put("stage", d.stage());
            m.put("amount", d.amount());
            m.put("shares", d.shares());
            m.put("rules", d.rules().stream().map(RuleId::id).toList());
            if (d.pending()) {
                m.put("pending", true);
            }
            deals.add(m);
        }
        out.put("deals", deals);
        List<Object> penalties = new ArrayList<>();
        for (Penalty p : v.penalties()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("consultant", p.consultant());
            m.put("amount", p.amount());
            m.put("rule", p.rule().id());
            m.put("text", p.text());
            penalties.add(m);
        }
        out.put("penalties", penalties);
        List<Object> trail = new ArrayList<>();
        for (TrailLine t : v.trail()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("at", time(t.at()));
            m.put("rule", t.rule().id());
            m.put("text", t.text());
            trail.add(m);
        }
        out.put("trail", trail);
        out.put("lastOwner", o.lastOwner().orElse(null));
        out.put("dealt", o.dealt());
        out.put("group", o.group());
        out.put("collisions", v.collisions());
        return out;
    }

    static String time(LocalDateTime t) {
        return t.format(DossierJson.MINUTE);
    }
}
