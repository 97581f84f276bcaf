package org.anchang.board;

import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/** One click on the reception board, as stored and replayed (BOARD-FORMAT.md, table of kinds). */
public sealed interface BoardAction {

    /** When the desk recorded the action (the day is the board day's). */
    LocalTime at();

    /** Arrives on duty; from now on takes turns in the day's order (ROT-1). */
    record Checkin(LocalTime at, String who) implements BoardAction {
        public Checkin {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(who, "who");
        }
    }

    /** Leaves the floor; {@code permitted} is the supervisor's leave (ROT-2, ROT-3). */
    record Away(LocalTime at, String who, boolean permitted) implements BoardAction {
        public Away {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(who, "who");
        }
    }

    /** Returns to the floor. */
    record Back(LocalTime at, String who) implements BoardAction {
        public Back {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(who, "who");
        }
    }

    /**
     * A customer group arrives. {@code owner} only for old/appointment, {@code of} (index of the earlier
     * walk-in action) only for repeat, {@code who} only on a free-reception day (ROT-10).
     */
    record Walkin(LocalTime at, WalkinType type, Optional<String> owner, OptionalInt of, Optional<String> who)
            implements BoardAction {
        public Walkin {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(of, "of");
            Objects.requireNonNull(who, "who");
        }

        /** A plain new group, assigned by rotation. */
        public static Walkin newGroup(LocalTime at) {
            return new Walkin(at, WalkinType.NEW, Optional.empty(), OptionalInt.empty(), Optional.empty());
        }

        /** A group of the given type without owner, {@code of} or {@code who} (nonbuyer, brochure, new). */
        public static Walkin of(LocalTime at, WalkinType type) {
            return new Walkin(at, type, Optional.empty(), OptionalInt.empty(), Optional.empty());
        }

        /** An old or appointment customer of {@code owner}. */
        public static Walkin owned(LocalTime at, WalkinType type, String owner) {
            return new Walkin(at, type, Optional.of(owner), OptionalInt.empty(), Optional.empty());
        }

        /** The group of walk-in {@code of} coming again (ROT-6). */
        public static Walkin repeat(LocalTime at, int of) {
            return new Walkin(at, WalkinType.REPEAT, Optional.empty(), OptionalInt.of(of), Optional.empty());
        }

        /** A new group taken by {@code who} on a free-reception day. */
        public static Walkin takenBy(LocalTime at, String who) {
            return new Walkin(at, WalkinType.NEW, Optional.empty(), OptionalInt.empty(), Optional.of(who));
        }
    }

    /**
     * 认回 (ROT-16, an extension of BOARD-FORMAT.md): the group of walk-in {@code of} turns out to be
     * {@code owner}'s customer in protection; the owner takes it over and its receiver gets a make-up turn.
     */
    record Reclaim(LocalTime at, int of, String owner) implements BoardAction {
        public Reclaim {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(owner, "owner");
        }
    }

    /** A reception ends; the consultant is free again. */
    record Done(LocalTime at, String who) implements BoardAction {
        public Done {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(who, "who");
        }
    }

    /** Free-reception day on or off (ROT-10). */
    record Free(LocalTime at, boolean on) implements BoardAction {
        public Free {
            Objects.requireNonNull(at, "at");
        }
    }
}
