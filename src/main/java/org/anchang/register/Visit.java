package org.anchang.register;

import java.time.LocalDateTime;
import java.util.Optional;
import org.anchang.customer.Contact;
import org.anchang.customer.Phone;
import org.anchang.customer.Relation;

/**
 * A reception 来访 and the facts the register or the manager established about it.
 * {@code friendOf}, {@code groupBuyer}, {@code notifiedLate} and {@code quarrelBy} are this project's
 * additions to CASE-FORMAT.md for SPEC §12 clauses (see docs/rules.md); all optional. {@code details} are the
 * register sheet's other columns, which decide nothing (the judge never reads them).
 */
public record Visit(LocalDateTime at, String by, Contact customer, boolean registered, Optional<String> named,
        Optional<Phone> referredBy, boolean accompanied, Optional<Relation> relation, Optional<String> standInFor,
        boolean delegated, boolean ownerAbsent, Purpose purpose, Optional<String> friendOf, boolean groupBuyer,
        boolean notifiedLate, Optional<String> quarrelBy, Details details) implements Entry {

    /** Why the customer came (SPLIT-6). */
    public enum Purpose { VIEW, DEPOSIT, SIGN }

    /**
     * The visit sheet's columns that decide nothing: party size (人数), first or repeat visit (首访/复访), source
     * channel (来源), intent (意向) and notes (备注).
     */
    public record Details(Optional<Integer> partySize, Optional<Boolean> firstVisit, Optional<String> source,
            Optional<String> intent, Optional<String> notes) {
        public static final Details NONE = new Details(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    public Visit {
        details = details == null ? Details.NONE : details;
    }

    /** A visit without the sheet's other columns (a dossier, a test). */
    public Visit(LocalDateTime at, String by, Contact customer, boolean registered, Optional<String> named,
            Optional<Phone> referredBy, boolean accompanied, Optional<Relation> relation, Optional<String> standInFor,
            boolean delegated, boolean ownerAbsent, Purpose purpose, Optional<String> friendOf, boolean groupBuyer,
            boolean notifiedLate, Optional<String> quarrelBy) {
        this(at, by, customer, registered, named, referredBy, accompanied, relation, standInFor, delegated, ownerAbsent, purpose,
                friendOf, groupBuyer, notifiedLate, quarrelBy, Details.NONE);
    }

    /** A plain registered viewing visit with no other facts. */
    public static Visit plain(LocalDateTime at, String by, Contact customer) {
        return new Visit(at, by, customer, true, Optional.empty(), Optional.empty(), false, Optional.empty(),
                Optional.empty(), false, false, Purpose.VIEW, Optional.empty(), false, false, Optional.empty());
    }

    @Override
    public Optional<Phone> phone() {
        return Optional.of(customer.phone());
    }

    @Override
    public String kind() {
        return "visit";
    }
}
