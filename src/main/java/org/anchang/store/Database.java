package org.anchang.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * The office database: an H2 file in the data directory, or an office PC's H2 server for several desks.
 * Opening it migrates the schema (Flyway). After every committed write {@link #sync} forces the data to
 * disk, so that a use case that returned has its entries on disk (issue #3, durability).
 */
public final class Database implements AutoCloseable {

    /** How hard a commit is pushed to disk. */
    public enum Durability {
        /** CHECKPOINT SYNC after each write: on disk and fsynced when the use case returns. */
        SYNC,
        /** Written to the file at commit (WRITE_DELAY=0), no fsync: survives a killed process, not a power cut. */
        FLUSH,
        /**
         * H2's own default (WRITE_DELAY 500 ms, no fsync): a commit reaches the file up to half a second later.
         * Never used by the app; {@code bench crash} measures it to show what the crash test catches.
         */
        DELAYED
    }

    /** The durability of {@link #openFile(Path)}: the one the crash test holds to (docs/storage.md). */
    public static final Durability DEFAULT_DURABILITY = Durability.SYNC;

    private static final String FILE = "office.mv.db";
    private static final String USER = "anchang";
    private static final String PASSWORD = "anchang";
    /** Work directories of {@link #migrateAside}, inside the data directory. */
    private static final String ASIDE = ".migrating-";

    private final JdbcConnectionPool pool;
    private final Jdbi jdbi;
    private final String url;
    private final Durability durability;
    private final Path fileDir;

    private Database(String url, String user, String password, Durability durability, Path fileDir, boolean migrate) {
        this.url = url;
        this.durability = durability;
        this.fileDir = fileDir;
        this.pool = JdbcConnectionPool.create(url, user, password);
        this.pool.setMaxConnections(8);
        if (migrate) {
            try {
                flyway().migrate();
            } catch (RuntimeException e) {
                pool.dispose();
                throw e;
            }
        }
        this.jdbi = Jdbi.create(pool).installPlugin(new SqlObjectPlugin());
    }

    private Flyway flyway() {
        return Flyway.configure().dataSource(pool).locations("classpath:db/migration").load();
    }

    /**
     * The embedded database {@code office} in {@code dir}, created when missing. A database that is new, or
     * that has migrations to apply, is migrated on a copy that then replaces it in one rename
     * ({@link #migrateAside}): H2 commits each DDL statement on its own, so a process killed half way through
     * a migration done in place left a half-made schema that Flyway could never migrate again.
     */
    public static Database openFile(Path dir, Durability durability) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("无法创建数据目录 " + dir, e);
        }
        if (Files.exists(dir.resolve(FILE))) {
            Database db = new Database(fileUrl(dir, durability), USER, PASSWORD, durability, dir, false);
            try {
                Flyway flyway = db.flyway();
                if (flyway.info().pending().length == 0) {
                    flyway.migrate();
                    if (!leftovers(dir).isEmpty()) {
                        // This process holds the database, so no other one is migrating it.
                        for (Path p : leftovers(dir)) {
                            deleteTree(p);
                        }
                    }
                    return db;
                }
            } catch (IOException e) {
                db.close();
                throw new UncheckedIOException(e);
            } catch (RuntimeException e) {
                db.close();
                throw e;
            }
            db.close();
        }
        migrateAside(dir, durability);
        return new Database(fileUrl(dir, durability), USER, PASSWORD, durability, dir, false);
    }

    private static String fileUrl(Path dir, Durability durability) {
        return "jdbc:h2:file:" + dir.resolve("office").toAbsolutePath() + ";LOCK_TIMEOUT=20000"
                + ";WRITE_DELAY=" + (durability == Durability.DELAYED ? 500 : 0) + ";QUERY_CACHE_SIZE=128";
    }

    /**
     * Creates or migrates the database in a work directory inside {@code dir} — from a copy of the current
     * file when there is one — closes it, forces it to disk and renames it over {@code office.mv.db}. A kill
     * at any moment leaves either the old file or the new one, never a half-migrated one; what a killed
     * attempt left behind is removed the next time. A lock file keeps two processes from doing it at once.
     */
    private static void migrateAside(Path dir, Durability durability) {
        Path file = dir.resolve(FILE);
        try (FileChannel lockFile = FileChannel.open(dir.resolve(".migrate.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = lockFile.lock()) {
            for (Path p : leftovers(dir)) {
                deleteTree(p);
            }
            if (Files.exists(file)) {
                // Another process may have created or migrated it while this one waited for the lock.
                try (Database db = new Database(fileUrl(dir, durability), USER, PASSWORD, durability, dir, false)) {
                    if (db.flyway().info().pending().length == 0) {
                        return;
                    }
                }
            }
            Path work = Files.createTempDirectory(dir, ASIDE);
            Path copy = work.resolve(FILE);
            if (Files.exists(file)) {
                Files.copy(file, copy);
            }
            // MAX_COMPACT_TIME=0: nothing to compact in a file just made; closing it then takes milliseconds.
            new Database(fileUrl(work, durability) + ";MAX_COMPACT_TIME=0", USER, PASSWORD, durability, work, true).close();
            force(copy, false);
            Files.move(copy, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            force(dir, true);
            deleteTree(work);
        } catch (IOException e) {
            throw new UncheckedIOException("无法建立或升级数据库 " + file, e);
        }
    }

    /** Work directories of a migration that was killed (after or before its rename). */
    private static java.util.List<Path> leftovers(Path dir) throws IOException {
        try (Stream<Path> all = Files.list(dir)) {
            return all.filter(p -> p.getFileName().toString().startsWith(ASIDE)).toList();
        }
    }

    /** fsync of a file, or of a directory so that a rename in it is on disk (not possible on every OS). */
    private static void force(Path p, boolean directory) throws IOException {
        try (FileChannel ch = FileChannel.open(p, directory ? StandardOpenOption.READ : StandardOpenOption.WRITE)) {
            ch.force(true);
        } catch (IOException e) {
            if (!directory) {
                throw e;
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    public static Database openFile(Path dir) {
        return openFile(dir, DEFAULT_DURABILITY);
    }

    /**
     * A desk's connection to the office PC's server: {@code tcp://HOST[:PORT]/office}. WRITE_DELAY=0 as for a
     * file: the server opens the database with H2's default 500 ms otherwise (the setting is not kept across opens).
     */
    public static Database openServer(String spec, Durability durability) {
        String url = "jdbc:h2:" + spec + ";LOCK_TIMEOUT=20000;WRITE_DELAY=0";
        return new Database(url, USER, PASSWORD, durability, null, true);
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public String url() {
        return url;
    }

    /** The data directory of an embedded database; empty for a desk on a server. */
    public java.util.Optional<Path> directory() {
        return java.util.Optional.ofNullable(fileDir);
    }

    /** Pushes what was committed to disk; called after every committed write. */
    public void sync(Handle h) {
        if (durability == Durability.SYNC) {
            h.execute("CHECKPOINT SYNC");
        }
    }

    @Override
    public void close() {
        pool.dispose();
    }
}
