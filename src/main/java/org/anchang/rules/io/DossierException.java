package org.anchang.rules.io;

/** A dossier that cannot be judged; the message is one Chinese line naming the place and the field. */
public final class DossierException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DossierException(String where, String what) {
        super(where + ": " + what);
    }
}
