package org.anchang.office;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.anchang.store.Backups;
import org.anchang.store.Database;

/**
 * The office's backups: one when the program that holds the database starts, then one a day while it runs
 * (the desk on a single PC, the server on the office PC), the newest 30 kept (issue #3). They go to the office's
 * backup folder (设置 → 文件夹, setting {@value #FOLDER}) when the manager chose one, else to {@code backups/} in
 * the data directory; the folder is read again before every backup. The backups run on the routine's own thread,
 * so that a large database does not hold up the desk's start.
 */
public final class BackupRoutine implements AutoCloseable {

    /** The setting that names the backup folder. */
    public static final String FOLDER = "folder.backup";

    private final Office office;
    private final Path dataDir;
    private final ScheduledExecutorService timer;
    private volatile Path last;
    private volatile String error;

    private BackupRoutine(Office office, Path dataDir) {
        this.office = office;
        this.dataDir = dataDir;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "anchang-backup");
            t.setDaemon(true);
            return t;
        });
    }

    /** Takes the start backup at once on the routine's thread and schedules the daily ones. */
    public static BackupRoutine start(Office office, Path dataDir) {
        BackupRoutine r = new BackupRoutine(office, dataDir);
        r.timer.scheduleAtFixedRate(r::takeNow, 0, 24, TimeUnit.HOURS);
        return r;
    }

    /** The folder backups go to now: the manager's choice, or {@code backups/} in the data directory. */
    public static Path folder(Office office, Path dataDir) {
        return office.read(h -> Settings.latest(h, FOLDER)).filter(s -> !s.isBlank()).map(Path::of)
                .orElse(dataDir.resolve("backups"));
    }

    /** Where backups go while the manager has chosen no folder: {@code backups/} in the data directory, if local. */
    public static Optional<Path> defaultFolder(Office office) {
        return office.database().directory().map(d -> d.resolve("backups"));
    }

    /** The same for a database not opened as an office (the {@code backup} command). */
    public static Path folder(Database db, Path dataDir) {
        return db.jdbi().withHandle(h -> Settings.latest(h, FOLDER)).filter(s -> !s.isBlank()).map(Path::of)
                .orElse(dataDir.resolve("backups"));
    }

    public Path folder() {
        return folder(office, dataDir);
    }

    /** The newest backup: the one this routine took, else the newest file in the backup folder. */
    public Optional<Path> last() {
        if (last != null) {
            return Optional.of(last);
        }
        List<Path> all = Backups.listIn(folder());
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** Why the last backup failed, if it did (a failed backup must not stop the daily ones). */
    public Optional<String> lastError() {
        return Optional.ofNullable(error);
    }

    private void takeNow() {
        try {
            last = Backups.takeInto(office.database(), folder(), office.now());
            error = null;
        } catch (RuntimeException e) {
            error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
    }

    /** Stops the daily backups; waits for one that is being written, so that no half-written file is left. */
    @Override
    public void close() {
        timer.shutdown();
        try {
            timer.awaitTermination(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
