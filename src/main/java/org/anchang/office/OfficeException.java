package org.anchang.office;

/** A user action refused before anything was written; the message names the field, in Chinese. */
public final class OfficeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String field;

    public OfficeException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    /** The form field the message is about, e.g. 电话. */
    public String field() {
        return field;
    }
}
