package org.anchang.board.io;

/** A board file that cannot be read; the message is one Chinese line naming the place and the field. */
public final class BoardFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BoardFormatException(String message) {
        super(message);
    }
}
