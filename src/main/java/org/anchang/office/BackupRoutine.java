package org.anchang.office;

import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.anchang.store.Backups;

/**
 * The office's backups: one when the program that holds the database starts, then one a day while it runs
 * (the desk on a single PC, the server on the office PC), the newest 30 kept (issue #3).
 */
public final class BackupRoutine implements AutoCloseable {

    private final ScheduledExecutorService timer;

    private BackupRoutine(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    /** Takes the start backup now and schedules the daily ones; returns the start backup's file. */
    public static BackupRoutine start(Office office, Path dataDir) {
        Backups.take(office.database(), dataDir, office.now());
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "anchang-daily-backup");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(() -> Backups.take(office.database(), dataDir, office.now()), 24, 24, TimeUnit.HOURS);
        return new BackupRoutine(timer);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
