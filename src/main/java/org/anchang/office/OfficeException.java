package org.anchang.office;

/** A user action refused before anything was written; the message names the field, in Chinese. */
public final class OfficeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String reason;
    private final int row;

    public OfficeException(String field, String message) {
        this(field, message, 0);
    }

    /** A refusal about row {@code row} (from 1) of a batch: 「第 3 行 电话: …」. */
    public OfficeException(String field, String message, int row) {
        super((row > 0 ? "第 " + row + " 行 " : "") + field + ": " + message);
        this.field = field;
        this.reason = message;
        this.row = row;
    }

    /** The form field the message is about, e.g. 电话. */
    public String field() {
        return field;
    }

    /** The message without the field's name. */
    public String reason() {
        return reason;
    }

    /** The batch row (from 1) the refusal is about; 0 when it is not about a batch. */
    public int row() {
        return row;
    }
}
