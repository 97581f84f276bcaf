package org.anchang.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;
import org.h2.tools.Restore;

/**
 * Online backups of the office database ({@code BACKUP TO}, taken while desks keep working) into
 * {@code backups/} beside it, keeping the newest {@value #KEEP}; and restoring one into a closed data
 * directory, the current database moved aside first so that nothing is lost.
 */
public final class Backups {

    public static final int KEEP = 30;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private Backups() {
    }

    /** Takes a backup now into {@code backups/} of the data directory; returns its file. */
    public static Path take(Database db, Path dataDir, LocalDateTime now) {
        return takeInto(db, dataDir.resolve("backups"), now);
    }

    /** Takes a backup now into {@code dir} (the office's backup folder), keeping the newest {@value #KEEP} there. */
    public static Path takeInto(Database db, Path dir, LocalDateTime now) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("无法创建备份目录 " + dir, e);
        }
        Path file = dir.resolve("anchang-" + now.format(STAMP) + ".zip");
        for (int n = 2; Files.exists(file); n++) {
            file = dir.resolve("anchang-" + now.format(STAMP) + "-" + n + ".zip");
        }
        String target = file.toAbsolutePath().toString().replace("'", "''");
        db.jdbi().useHandle(h -> h.execute("BACKUP TO '" + target + "'"));
        prune(dir);
        return file;
    }

    /** The backups in {@code dataDir}, oldest first. */
    public static List<Path> list(Path dataDir) {
        return listIn(dataDir.resolve("backups"));
    }

    /** The backups in the folder {@code dir}, oldest first. */
    public static List<Path> listIn(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().matches("anchang-\\d{8}-\\d{6}(-\\d+)?\\.zip")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void prune(Path dir) {
        List<Path> all = listIn(dir);
        for (int i = 0; i < all.size() - KEEP; i++) {
            try {
                Files.deleteIfExists(all.get(i));
            } catch (IOException e) {
                throw new UncheckedIOException("无法删除旧备份 " + all.get(i), e);
            }
        }
    }

    /**
     * Restores {@code zip} as the database of {@code dataDir}, which no one may have open. The database it
     * replaces is kept as {@code office.mv.db.before-restore-<time>}. Returns that file, if there was one.
     */
    public static java.util.Optional<Path> restore(Path zip, Path dataDir, LocalDateTime now) {
        if (!Files.isRegularFile(zip)) {
            throw new IllegalArgumentException("备份文件不存在: " + zip);
        }
        try {
            Files.createDirectories(dataDir);
            Path current = dataDir.resolve("office.mv.db");
            java.util.Optional<Path> kept = java.util.Optional.empty();
            if (Files.exists(current)) {
                Path aside = dataDir.resolve("office.mv.db.before-restore-" + now.format(STAMP));
                Files.move(current, aside, StandardCopyOption.ATOMIC_MOVE);
                kept = java.util.Optional.of(aside);
            }
            Restore.execute(zip.toAbsolutePath().toString(), dataDir.toAbsolutePath().toString(), "office");
            return kept;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
