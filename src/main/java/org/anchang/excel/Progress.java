package org.anchang.excel;

import java.util.concurrent.CancellationException;

/**
 * How far a long export or import has come, and whether the user cancelled it. Work calls {@link #step} now and
 * then (off the JavaFX thread); a cancelled task stops at the next step with a {@link CancellationException}
 * and leaves no file behind.
 */
public interface Progress {

    /** {@code done} of {@code total} units (rows) so far. */
    void at(long done, long total);

    /** Whether the user asked to stop. */
    boolean cancelled();

    /** Reports and stops the work if cancelled. */
    default void step(long done, long total) {
        if (cancelled()) {
            throw new CancellationException("已取消");
        }
        at(done, total);
    }

    /** No one watching, nothing to cancel. */
    Progress NONE = new Progress() {
        @Override
        public void at(long done, long total) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };
}
