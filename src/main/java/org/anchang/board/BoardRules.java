package org.anchang.board;

import java.util.Objects;

/**
 * The two points on which the presets' boards differ (BOARD-FORMAT.md). Kept here rather than read
 * from the judge's policy so that the board engine depends on nothing but the JDK.
 */
public record BoardRules(AwayWithoutLeave awayWithoutLeave, Nonbuyer nonbuyer, boolean standInFirst) {

    /**
     * The two points of BOARD-FORMAT.md; {@code standInFirst} (ROT-15, eight-articles 第四条) off: a
     * stand-in for an old customer passed over earns a make-up in the order earned like anyone (ROT-5).
     */
    public BoardRules(AwayWithoutLeave awayWithoutLeave, Nonbuyer nonbuyer) {
        this(awayWithoutLeave, nonbuyer, false);
    }

    /** What a consultant away without leave gets when passed over (ROT-2). */
    public enum AwayWithoutLeave {
        /** sales-dept 二.5 d: the absent one takes the next group first. */
        MAKE_UP,
        /** 轮空: passed over with nothing, every other preset. */
        PASS
    }

    /** Who serves a self-declared non-buyer (ROT-7). */
    public enum Nonbuyer {
        /** The last free consultant in rotation; not counted, pointer unchanged. */
        LAST,
        /** first-reception: the one whose turn it is; not counted, pointer moves on, a make-up earned. */
        IN_TURN
    }

    /** The default preset sales-dept. */
    public static final BoardRules SALES_DEPT = new BoardRules(AwayWithoutLeave.MAKE_UP, Nonbuyer.LAST);

    public BoardRules {
        Objects.requireNonNull(awayWithoutLeave, "awayWithoutLeave");
        Objects.requireNonNull(nonbuyer, "nonbuyer");
    }
}
