package org.anchang.excel;

/** A file that cannot be read as a register (empty, not Excel or CSV, password-protected …): one Chinese sentence. */
public final class ExcelFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ExcelFileException(String message) {
        super(message);
    }

    public ExcelFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
