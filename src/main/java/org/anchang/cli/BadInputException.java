package org.anchang.cli;

/** Input the user must fix; its message is one Chinese line naming the place and the field. */
public final class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
        super(message);
    }
}
