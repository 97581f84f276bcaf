package org.anchang.rules.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import org.anchang.customer.Contact;
import org.anchang.register.Assign;
import org.anchang.register.Assist;
import org.anchang.register.Call;
import org.anchang.register.Complaint;
import org.anchang.register.Confirm;
import org.anchang.register.Deal;
import org.anchang.register.Entry;
import org.anchang.register.FollowUp;
import org.anchang.register.Leave;
import org.anchang.register.Prospect;
import org.anchang.register.Report;
import org.anchang.register.Ruling;
import org.anchang.register.Visit;
import org.anchang.rules.Dossier;
import org.anchang.rules.Param;
import org.anchang.rules.Policy;
import org.anchang.rules.Presets;

/**
 * Writes a {@link Dossier} as a case file (CASE-FORMAT.md) that {@link DossierJson#read} reads back to the same
 * dossier: the preset id and only the parameters that differ from it as {@code overrides}, every event with the
 * fields that differ from the format's defaults (and this project's optional additions, docs/rules.md).
 */
public final class DossierWriter {

    private static final ObjectWriter WRITER = new ObjectMapper()
            .writer(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private DossierWriter() {
    }

    /** The case file; {@code title}, when given, is written as an extra top-level key the reader ignores. */
    public static String write(Dossier d, Optional<String> title) {
        ObjectNode root = F.objectNode();
        title.ifPresent(t -> root.put("title", t));
        Policy p = d.policy();
        root.put("policy", p.id());
        Policy base = Presets.get(p.id()).orElseThrow();
        ObjectNode overrides = F.objectNode();
        for (Param param : Param.values()) {
            if (!base.value(param).equals(p.value(param))) {
                overrides.put(param.key(), p.value(param));
            }
        }
        if (!overrides.isEmpty()) {
            root.set("overrides", overrides);
        }
        ArrayNode cs = root.putArray("consultants");
        d.consultants().forEach((id, name) -> cs.addObject().put("id", id).put("name", name));
        ArrayNode events = root.putArray("events");
        for (Entry e : d.events()) {
            events.add(event(e));
        }
        d.question().ifPresent(q -> root.putObject("question").put("phone", q.phone().digits()).put("at", time(q.at())));
        if (d.escalated()) {
            root.put("escalated", true);
        }
        try {
            return WRITER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode event(Entry e) {
        ObjectNode n = F.objectNode();
        n.put("at", time(e.at()));
        n.put("kind", e.kind());
        if (e instanceof Visit v) {
            n.put("by", v.by());
            customer(n, v.customer());
            flag(n, "registered", !v.registered(), false);
            v.named().ifPresent(x -> n.put("named", x));
            v.referredBy().ifPresent(x -> n.put("referredBy", x.digits()));
            flag(n, "accompanied", v.accompanied(), true);
            v.relation().ifPresent(r -> n.putObject("relation").put("to", r.to().digits()).put("kind", r.kind().name().toLowerCase(Locale.ROOT)));
            v.standInFor().ifPresent(x -> n.put("standInFor", x));
            flag(n, "delegated", v.delegated(), true);
            flag(n, "ownerAbsent", v.ownerAbsent(), true);
            if (v.purpose() != Visit.Purpose.VIEW) {
                n.put("purpose", v.purpose().name().toLowerCase(Locale.ROOT));
            }
            v.friendOf().ifPresent(x -> n.put("friendOf", x));
            flag(n, "groupBuyer", v.groupBuyer(), true);
            flag(n, "notifiedLate", v.notifiedLate(), true);
            v.quarrelBy().ifPresent(x -> n.put("quarrelBy", x));
        } else if (e instanceof Call c) {
            n.put("by", c.by());
            customer(n, c.customer());
        } else if (e instanceof Prospect p) {
            n.put("by", p.by());
            customer(n, p.customer());
            p.businessType().ifPresent(b -> n.put("businessType", b));
        } else if (e instanceof FollowUp f) {
            n.put("by", f.by()).put("phone", f.customer().digits());
        } else if (e instanceof Report r) {
            n.put("by", r.by());
            n.putObject("customer").put("name", r.name()).put("phone", r.masked().toString());
            n.put("expected", time(r.expected()));
        } else if (e instanceof Deal d) {
            n.put("by", d.by()).put("phone", d.customer().digits()).put("stage", d.stage().name().toLowerCase(Locale.ROOT));
            BigDecimal a = d.amount().stripTrailingZeros();
            if (a.scale() <= 0) {
                n.put("amount", a.longValueExact());
            } else {
                n.put("amount", a);
            }
            flag(n, "knowing", d.knowing(), true);
            flag(n, "developerRelation", d.developerRelation(), true);
        } else if (e instanceof Assist a) {
            n.put("by", a.by()).put("phone", a.customer().digits()).put("major", a.major());
            flag(n, "knowing", a.knowing(), true);
        } else if (e instanceof Confirm c) {
            n.put("by", c.by()).put("phone", c.customer().digits());
        } else if (e instanceof Complaint c) {
            n.put("phone", c.customer().digits()).put("reassignTo", c.reassignTo());
        } else if (e instanceof Assign a) {
            n.put("phone", a.customer().digits()).put("to", a.to()).put("by", a.by());
        } else if (e instanceof Leave l) {
            n.put("by", l.by());
        } else if (e instanceof Ruling r) {
            n.put("phone", r.customer().digits());
            n.put("owner", r.owner().orElse(null));
            n.put("protectedUntil", r.owner().isEmpty() ? null : r.until().map(DossierWriter::time).orElse("unlimited"));
            n.put("dealt", r.dealt());
            ArrayNode deals = n.putArray("deals");
            for (Ruling.RuledDeal d : r.deals()) {
                ObjectNode dn = deals.addObject().put("at", time(d.at())).put("by", d.by()).put("phone", d.customer().digits());
                ObjectNode sh = dn.putObject("shares");
                d.shares().forEach(sh::put);
            }
            n.put("policy", r.policy()).put("mediatedBy", r.mediatedBy()).put("checkedBy", r.checkedBy()).put("decidedBy", r.decidedBy());
        }
        return n;
    }

    private static void customer(ObjectNode n, Contact c) {
        n.putObject("customer").put("name", c.name()).put("phone", c.phone().digits());
    }

    /** Writes a boolean only when it differs from the format's default. */
    private static void flag(ObjectNode n, String field, boolean write, boolean value) {
        if (write) {
            n.put(field, value);
        }
    }

    static String time(LocalDateTime t) {
        return t.format(DossierJson.MINUTE);
    }

    /** Consultant ids a list of entries names (by, named, stand-in, shares …): the case file's {@code consultants}. */
    public static java.util.Set<String> people(java.util.List<Entry> entries) {
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        for (Entry e : entries) {
            if (e instanceof Visit v) {
                ids.add(v.by());
                v.named().ifPresent(ids::add);
                v.standInFor().ifPresent(ids::add);
                v.friendOf().ifPresent(ids::add);
                v.quarrelBy().ifPresent(ids::add);
            } else if (e instanceof Call c) {
                ids.add(c.by());
            } else if (e instanceof Prospect p) {
                ids.add(p.by());
            } else if (e instanceof FollowUp f) {
                ids.add(f.by());
            } else if (e instanceof Report r) {
                ids.add(r.by());
            } else if (e instanceof Deal d) {
                ids.add(d.by());
            } else if (e instanceof Assist a) {
                ids.add(a.by());
            } else if (e instanceof Confirm c) {
                ids.add(c.by());
            } else if (e instanceof Complaint c) {
                ids.add(c.reassignTo());
            } else if (e instanceof Assign a) {
                ids.add(a.to());
                ids.add(a.by());
            } else if (e instanceof Leave l) {
                ids.add(l.by());
            } else if (e instanceof Ruling r) {
                r.owner().ifPresent(ids::add);
                r.deals().forEach(d -> {
                    ids.add(d.by());
                    ids.addAll(d.shares().keySet());
                });
                ids.add(r.mediatedBy());
                ids.add(r.checkedBy());
                ids.add(r.decidedBy());
            }
        }
        ids.remove(org.anchang.rules.Owner.POOL);
        ids.remove(org.anchang.rules.Owner.HOUSE);
        return ids;
    }


}
