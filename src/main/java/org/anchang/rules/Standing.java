package org.anchang.rules;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * A customer's standing as a replay left it: the group's owner and the moments the claim lapses
 * (PROT-4) or goes to the pool (PROT-5). The database caches these; {@link #at} says what they mean at a
 * later moment, with the same rule the replay applies, so no reader re-implements it.
 */
public record Standing(String phone, String groupKey, Optional<String> owner, Optional<LocalDateTime> until,
        Optional<LocalDateTime> trackingUntil, boolean dealt, Optional<String> lastOwner) {

    /** The standing at {@code now}: a lapsed claim leaves nobody (PROT-4), a tracking limit the pool (PROT-5). */
    public Standing at(LocalDateTime now) {
        if (owner.isEmpty() || owner.get().equals(Owner.POOL) || owner.get().equals(Owner.HOUSE) || dealt) {
            return this;
        }
        long until = this.until.map(Span::minute).orElse(Span.FOREVER);
        long track = trackingUntil.map(Span::minute).orElse(Span.FOREVER);
        return switch (Lapse.of(until, track, Span.minute(now))) {
            case NONE -> this;
            case TRACKING -> new Standing(phone, groupKey, Optional.of(Owner.POOL), Optional.empty(), Optional.empty(), false, owner);
            case PROTECTION -> new Standing(phone, groupKey, Optional.empty(), Optional.empty(), Optional.empty(), false, owner);
        };
    }

    /** What lapses by a moment, for a consultant's open claim: the rule of PROT-4 and PROT-5 in one place. */
    enum Lapse {
        NONE, TRACKING, PROTECTION;

        static Lapse of(long until, long trackEnd, long m) {
            if (trackEnd <= m && trackEnd <= until) {
                return TRACKING;
            }
            return until <= m ? PROTECTION : NONE;
        }
    }
}
