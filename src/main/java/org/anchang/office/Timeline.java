package org.anchang.office;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.anchang.customer.Phone;
import org.anchang.office.CustomerFile.Change;
import org.anchang.office.CustomerFile.Fact;
import org.anchang.office.CustomerFile.Item;
import org.anchang.office.CustomerFile.Status;
import org.anchang.register.Assign;
import org.anchang.register.Assist;
import org.anchang.register.Call;
import org.anchang.register.Complaint;
import org.anchang.register.Confirm;
import org.anchang.register.Deal;
import org.anchang.register.Entry;
import org.anchang.register.FollowUp;
import org.anchang.register.Grade;
import org.anchang.register.Leave;
import org.anchang.register.Payment;
import org.anchang.register.Prospect;
import org.anchang.register.Recorded;
import org.anchang.register.Report;
import org.anchang.register.Ruling;
import org.anchang.register.Visit;
import org.anchang.rules.Grading;

/**
 * A customer group's register rows as the file shows them: every version, the superseded ones marked with
 * who replaced them, when and why (REG-5), each phone shown whole or masked as the viewer may see it.
 */
final class Timeline {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final GroupEntries entries;
    private final Map<String, String> names;
    private final Map<String, String> customerNames;
    private final Function<Phone, String> show;
    private final Grading grading;

    Timeline(GroupEntries entries, Map<String, String> names, Map<String, String> customerNames, Function<Phone, String> show,
            Grading grading) {
        this.entries = entries;
        this.names = names;
        this.customerNames = customerNames;
        this.show = show;
        this.grading = grading;
    }

    /** The items about the group, oldest first; withdrawals are not items of their own but mark what they withdrew. */
    List<Item> items() {
        Map<Long, Recorded> rows = entries.rows;
        Map<Long, Recorded> replacedBy = new HashMap<>();
        rows.values().stream().sorted(Comparator.comparingLong(Recorded::id))
                .forEach(r -> r.supersedes().ifPresent(old -> replacedBy.putIfAbsent(old, r)));
        Set<Long> shown = chains(rows, replacedBy);
        Set<String> consultants = new HashSet<>();
        shown.forEach(id -> rows.get(id).entry().ifPresent(e -> by(e).ifPresent(consultants::add)));
        List<Item> out = new ArrayList<>();
        for (Recorded r : rows.values()) {
            if (r.isWithdrawal()) {
                continue;
            }
            Entry e = r.entry().orElseThrow();
            boolean departure = e instanceof Leave l && consultants.contains(l.by());
            if (!shown.contains(r.id()) && !departure) {
                continue;
            }
            Recorded next = replacedBy.get(r.id());
            Status status = next == null ? Status.STANDS : next.isWithdrawal() ? Status.WITHDRAWN : Status.CORRECTED;
            Optional<Change> replaced = Optional.ofNullable(next).map(n -> change(n.id(), n));
            Optional<Change> corrects = r.supersedes().map(old -> change(old, r));
            out.add(new Item(r.id(), e.at(), e.kind(), by(e).map(this::name).orElse(""), customer(e), e.phone().map(show).orElse(
                    e instanceof Report rep ? rep.masked().toString() : ""), facts(e), r.recordedAt(), name(r.recordedBy()), status,
                    corrects, replaced));
        }
        out.sort(Comparator.comparing(Item::at).thenComparingLong(Item::id));
        return out;
    }

    /** The rows about the group, and every version before and after them along correction chains. */
    private Set<Long> chains(Map<Long, Recorded> rows, Map<Long, Recorded> replacedBy) {
        Set<Long> about = new HashSet<>();
        for (Recorded r : rows.values()) {
            if (r.entry().map(entries::isAbout).orElse(false)) {
                about.add(r.id());
            }
        }
        Set<Long> out = new HashSet<>(about);
        for (long id : about) {
            for (Recorded back = rows.get(id); back != null && back.supersedes().isPresent(); ) {
                back = rows.get(back.supersedes().get());
                if (back != null) {
                    out.add(back.id());
                }
            }
            for (Recorded fwd = replacedBy.get(id); fwd != null; fwd = replacedBy.get(fwd.id())) {
                out.add(fwd.id());
            }
        }
        return out;
    }

    private Change change(long id, Recorded by) {
        return new Change(id, by.recordedAt(), name(by.recordedBy()), by.reason().orElse(""));
    }

    private String name(String id) {
        return names.getOrDefault(id, id);
    }

    private String customer(Entry e) {
        if (e instanceof Visit v) {
            return v.customer().name();
        } else if (e instanceof Call c) {
            return c.customer().name();
        } else if (e instanceof Prospect p) {
            return p.customer().name();
        } else if (e instanceof Report r) {
            return r.name();
        }
        return e.phone().map(p -> customerNames.getOrDefault(p.digits(), "")).orElse("");
    }

    /** The consultant (or agent, or manager) an entry is by. */
    static Optional<String> by(Entry e) {
        if (e instanceof Visit v) {
            return Optional.of(v.by());
        } else if (e instanceof Call c) {
            return Optional.of(c.by());
        } else if (e instanceof FollowUp f) {
            return Optional.of(f.by());
        } else if (e instanceof Report r) {
            return Optional.of(r.by());
        } else if (e instanceof Prospect p) {
            return Optional.of(p.by());
        } else if (e instanceof Deal d) {
            return Optional.of(d.by());
        } else if (e instanceof Assist a) {
            return Optional.of(a.by());
        } else if (e instanceof Confirm c) {
            return Optional.of(c.by());
        } else if (e instanceof Assign a) {
            return Optional.of(a.by());
        } else if (e instanceof Leave l) {
            return Optional.of(l.by());
        } else if (e instanceof Grade g) {
            return Optional.of(g.by());
        } else if (e instanceof Payment p) {
            return Optional.of(p.by());
        } else if (e instanceof Ruling r) {
            return Optional.of(r.decidedBy());
        }
        return Optional.empty();
    }

    /** The entry's own facts, by message key (customers.fact.KEY) and value. */
    private List<Fact> facts(Entry e) {
        List<Fact> f = new ArrayList<>();
        if (e instanceof Visit v) {
            if (!v.registered()) {
                f.add(new Fact("unregistered", ""));
            }
            v.named().ifPresent(n -> f.add(new Fact("named", name(n))));
            v.referredBy().ifPresent(p -> f.add(new Fact(v.accompanied() ? "referredWith" : "referredBy", label(p))));
            v.relation().ifPresent(rel -> f.add(new Fact("relation", rel.kind().chinese() + " " + label(rel.to()))));
            v.standInFor().ifPresent(s -> f.add(new Fact(v.delegated() ? "standInDelegated" : "standIn", name(s))));
            if (v.ownerAbsent()) {
                f.add(new Fact("ownerAbsent", ""));
            }
            if (v.purpose() != Visit.Purpose.VIEW) {
                f.add(new Fact("purpose." + v.purpose().name().toLowerCase(java.util.Locale.ROOT), ""));
            }
            v.friendOf().ifPresent(s -> f.add(new Fact("friendOf", name(s))));
            if (v.groupBuyer()) {
                f.add(new Fact("groupBuyer", ""));
            }
            if (v.notifiedLate()) {
                f.add(new Fact("notifiedLate", ""));
            }
            v.quarrelBy().ifPresent(s -> f.add(new Fact("quarrelBy", name(s))));
        } else if (e instanceof Report r) {
            f.add(new Fact("expected", TIME.format(r.expected())));
        } else if (e instanceof Prospect p) {
            p.businessType().ifPresent(b -> f.add(new Fact("businessType", b)));
        } else if (e instanceof Deal d) {
            f.add(new Fact("stage." + d.stage().name().toLowerCase(java.util.Locale.ROOT), d.amount().stripTrailingZeros().toPlainString()));
            if (d.knowing()) {
                f.add(new Fact("knowing", ""));
            }
            if (d.developerRelation()) {
                f.add(new Fact("developerRelation", ""));
            }
        } else if (e instanceof Assist a) {
            f.add(new Fact(a.major() ? "assistMajor" : "assistMinor", ""));
            if (a.knowing()) {
                f.add(new Fact("knowing", ""));
            }
        } else if (e instanceof Complaint c) {
            f.add(new Fact("reassignTo", name(c.reassignTo())));
        } else if (e instanceof Assign a) {
            f.add(new Fact("assignTo", name(a.to())));
        } else if (e instanceof Grade g) {
            Grading.Result res = grading.grade(g);
            f.add(new Fact("grade", res.level().name() + " " + res.level().chinese() + " · " + Math.round(res.score())));
            for (Grading.Factor factor : Grading.Factor.values()) {
                f.add(new Fact("factor", factor.chinese() + " " + factor.score(g)));
            }
            if (g.declined()) {
                f.add(new Fact("declined", ""));
            }
            g.note().ifPresent(n -> f.add(new Fact("note", n)));
        } else if (e instanceof Payment p) {
            f.add(new Fact("payment." + p.type().name(), p.amount().stripTrailingZeros().toPlainString()));
            if (p.product() != null && !p.product().isBlank()) {
                f.add(new Fact("product", p.product()));
            }
        } else if (e instanceof Ruling r) {
            f.add(new Fact("rulingOwner", r.owner().map(this::name).orElse("—")));
            r.until().ifPresent(u -> f.add(new Fact("rulingUntil", TIME.format(u))));
            if (r.dealt()) {
                f.add(new Fact("rulingDealt", ""));
            }
        }
        return f;
    }

    /** A related customer: the name the registers know, and the phone as the viewer may see it. */
    private String label(Phone p) {
        String n = customerNames.getOrDefault(p.digits(), "");
        return (n.isEmpty() ? "" : n + " ") + show.apply(p);
    }
}
