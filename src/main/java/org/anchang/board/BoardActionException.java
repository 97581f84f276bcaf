package org.anchang.board;

/**
 * A board day that cannot be replayed. The message is one Chinese line naming the place, e.g.
 * {@code actions[3].who: 「E」不在当日顺序中}, so that a desk or the command line can show it as is.
 */
public final class BoardActionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String field;

    private BoardActionException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
    }

    /** A problem with field {@code field} of action {@code index}. */
    public static BoardActionException at(int index, String field, String reason) {
        return new BoardActionException("actions[" + index + "]." + field, reason);
    }

    /** A problem with a top-level field such as {@code order}. */
    public static BoardActionException field(String field, String reason) {
        return new BoardActionException(field, reason);
    }

    /** Where the problem is, e.g. {@code actions[3].who}. */
    public String field() {
        return field;
    }
}
