package org.anchang.office;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anchang.customer.MaskedPhone;
import org.anchang.customer.Phone;
import org.anchang.rules.Known;
import org.anchang.rules.Owner;
import org.anchang.rules.ReportSeen;
import org.anchang.rules.RuleId;
import org.anchang.rules.Sighting;
import org.anchang.rules.Standing;

/**
 * The register forms' collision check (撞单预警): what the judge's replay of the office says about a typed phone
 * and name, as findings a form shows while the clerk types. Read from the judge's derived state ({@code Replay}
 * through {@link Office#judged}), never decided here. A phone is shown whole only to the customer's owner and to
 * a manager; everyone else sees {@code 138****1111}, with the owner and the dates.
 */
public final class CollisionCheck {

    /** What a finding says. */
    public enum Kind {
        /** Nobody knows the phone: the registrant's first claim (OWN-1). */
        NEW,
        /** The viewer's own customer. */
        MINE,
        /** Another consultant's, protected (OWN-1, PROT-1). */
        OWNED,
        /** Dealt: the owner's for good (PROT-6). */
        DEALT,
        /** In the pool, the manager's to assign (OWN-6). */
        POOL,
        /** The office's (house commission, OWN-5). */
        HOUSE,
        /** Known, but the claim has lapsed: free (PROT-4). */
        LAPSED,
        /** The phone is registered under another name: the same group (REG-3). */
        OTHER_NAME,
        /** Another customer of the same group (REG-4). */
        GROUP,
        /** The same name registered with another phone: no evidence about this one (REG-3). */
        SAME_NAME,
        /** More customers of the same name than are listed: how many ({@code phone} holds the count). */
        SAME_NAME_MORE,
        /** A channel report that may stand for the phone (REG-6, RPT). */
        REPORT,
        /** A customer a masked phone matches (REG-6). */
        MASK_MATCH,
        /** A masked phone matching two or more customers: not resolved (REG-6). */
        MASK_AMBIGUOUS,
        /** A masked phone matching no customer. */
        MASK_NONE
    }

    /**
     * One line of the check. {@code phone} is as the viewer may see it; {@code who} is the owner (or a report's
     * agent) with {@code whoName}; {@code until} the first moment the claim (or the report) no longer holds;
     * {@code at} a report's time; {@code valid} whether a report still holds.
     */
    public record Finding(Kind kind, RuleId rule, String phone, Optional<String> name, Optional<String> who,
            Optional<String> whoName, Optional<LocalDateTime> until, Optional<LocalDateTime> at, boolean valid) {

        /** Whether the line is a warning (someone else's claim, another name, an ambiguity) rather than news. */
        public boolean warns() {
            return switch (kind) {
                case OWNED, DEALT, POOL, HOUSE, OTHER_NAME, MASK_AMBIGUOUS -> true;
                case REPORT, MASK_MATCH -> valid;
                default -> false;
            };
        }
    }

    /** Every finding, the phone's own state first; {@code at} the moment the standings were read for. */
    public record Result(List<Finding> findings, LocalDateTime at) {
        public boolean warns() {
            return findings.stream().anyMatch(Finding::warns);
        }
    }

    /** Customers of the same name listed at most (REG-3); a common name may have hundreds in a big office. */
    public static final int SAME_NAME_SHOWN = 5;

    private final Office office;

    public CollisionCheck(Office office) {
        this.office = office;
    }

    /** What the office knows about {@code phone} typed with {@code name}, as {@code viewer} may see it. */
    public Result check(String viewer, Phone phone, String name) {
        LocalDateTime now = office.now();
        return office.judged((h, replay) -> {
            Map<String, String> names = new java.util.HashMap<>();
            boolean manager = people(h, names, viewer);
            Sighting s = replay.sighting(phone, name, now, SAME_NAME_SHOWN);
            List<Finding> out = new ArrayList<>();
            if (s.customer().isEmpty()) {
                out.add(new Finding(Kind.NEW, RuleId.OWN_1, phone.digits(), Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty(), false));
            } else {
                Known k = s.customer().get();
                out.add(state(k, viewer, manager, names));
                if (s.otherName()) {
                    out.add(new Finding(Kind.OTHER_NAME, RuleId.REG_3, shown(k, viewer, manager), k.name(), k.standing().owner(),
                            k.standing().owner().map(o -> name(names, o)), Optional.empty(), Optional.empty(), false));
                }
            }
            for (Known g : s.group()) {
                out.add(as(Kind.GROUP, RuleId.REG_4, state(g, viewer, manager, names)));
            }
            for (Known same : s.sameName()) {
                out.add(as(Kind.SAME_NAME, RuleId.REG_3, state(same, viewer, manager, names)));
            }
            if (s.sameNameTotal() > s.sameName().size()) {
                out.add(new Finding(Kind.SAME_NAME_MORE, RuleId.REG_3, String.valueOf(s.sameNameTotal() - s.sameName().size()),
                        Optional.of(name.strip()), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false));
            }
            Optional<Known> owner = s.customer();
            for (ReportSeen r : s.reports()) {
                out.add(report(r, owner.map(k -> sees(k, viewer, manager)).orElse(manager), now, names));
            }
            return new Result(List.copyOf(out), now);
        });
    }

    /** What the office knows about a reported phone: whole, as {@link #check(String, Phone, String)}; masked, REG-6. */
    public Result check(String viewer, MaskedPhone masked, String name) {
        if (!masked.isMasked()) {
            return check(viewer, masked.whole().orElseThrow(), name);
        }
        LocalDateTime now = office.now();
        return office.judged((h, replay) -> {
            Map<String, String> names = new java.util.HashMap<>();
            boolean manager = people(h, names, viewer);
            Sighting.Masked s = replay.sighting(masked, now);
            List<Finding> out = new ArrayList<>();
            if (s.matches().isEmpty()) {
                out.add(new Finding(Kind.MASK_NONE, RuleId.REG_6, masked.toString(), Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty(), false));
            } else if (s.matches().size() > 1) {
                out.add(new Finding(Kind.MASK_AMBIGUOUS, RuleId.REG_6, masked.toString(), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty(), false));
            }
            for (Known k : s.matches()) {
                out.add(as(Kind.MASK_MATCH, RuleId.REG_6, state(k, viewer, manager, names)));
            }
            for (ReportSeen r : s.reports()) {
                out.add(report(r, manager, now, names));
            }
            return new Result(List.copyOf(out), now);
        });
    }

    /**
     * Another customer's state as a line of another kind: the current owner (none once the claim lapsed) and the
     * dates; {@code valid} marks a claim someone other than the viewer holds.
     */
    private static Finding as(Kind kind, RuleId rule, Finding state) {
        boolean lapsed = state.kind() == Kind.LAPSED;
        return new Finding(kind, rule, state.phone(), state.name(), lapsed ? Optional.empty() : state.who(),
                lapsed ? Optional.empty() : state.whoName(), state.until(), Optional.empty(), !lapsed && state.kind() != Kind.MINE);
    }

    /** The customer's own state: mine, someone's (protected or dealt), the pool's, the house's, or free. */
    private static Finding state(Known k, String viewer, boolean manager, Map<String, String> names) {
        Standing s = k.standing();
        Kind kind;
        RuleId rule;
        Optional<String> who = s.owner();
        if (s.owner().isEmpty()) {
            kind = Kind.LAPSED;
            rule = RuleId.PROT_4;
            who = s.lastOwner();
        } else if (s.owner().get().equals(Owner.POOL)) {
            kind = Kind.POOL;
            rule = RuleId.OWN_6;
        } else if (s.owner().get().equals(Owner.HOUSE)) {
            kind = Kind.HOUSE;
            rule = RuleId.OWN_5;
        } else if (s.dealt()) {
            kind = s.owner().get().equals(viewer) ? Kind.MINE : Kind.DEALT;
            rule = RuleId.PROT_6;
        } else {
            kind = s.owner().get().equals(viewer) ? Kind.MINE : Kind.OWNED;
            rule = RuleId.OWN_1;
        }
        Optional<String> whoName = who.filter(w -> !w.equals(Owner.POOL) && !w.equals(Owner.HOUSE)).map(w -> name(names, w));
        return new Finding(kind, rule, shown(k, viewer, manager), k.name(), who, whoName, s.until(), Optional.empty(), false);
    }

    private static Finding report(ReportSeen r, boolean whole, LocalDateTime now, Map<String, String> names) {
        boolean masked = r.phone().contains("*");
        String phone = masked || whole ? r.phone() : new Phone(r.phone()).hidden();
        RuleId rule = masked ? RuleId.REG_6 : r.validAt(now) ? RuleId.RPT_3 : RuleId.RPT_2;
        return new Finding(Kind.REPORT, rule, phone, Optional.of(r.name()), Optional.of(r.agent()), Optional.of(name(names, r.agent())),
                r.validUntil(), Optional.of(r.at()), r.validAt(now));
    }

    /** The owner of the customer's group and a manager see the phone whole. */
    private static boolean sees(Known k, String viewer, boolean manager) {
        return manager || k.standing().owner().filter(viewer::equals).isPresent();
    }

    private static String shown(Known k, String viewer, boolean manager) {
        return sees(k, viewer, manager) ? k.phone() : new Phone(k.phone()).hidden();
    }

    private static String name(Map<String, String> names, String id) {
        return names.getOrDefault(id, id);
    }

    /** Reads the people's names into {@code names} in one query; returns whether the viewer is a manager. */
    private static boolean people(org.jdbi.v3.core.Handle h, Map<String, String> names, String viewer) {
        boolean[] manager = {false};
        h.createQuery("SELECT id, name, role FROM consultant").map((rs, ctx) -> {
            names.put(rs.getString(1), rs.getString(2));
            if (rs.getString(1).equals(viewer) && "manager".equals(rs.getString(3))) {
                manager[0] = true;
            }
            return 0;
        }).list();
        return manager[0];
    }
}
