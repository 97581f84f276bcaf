package org.anchang.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
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
        FLUSH
    }

    private final JdbcConnectionPool pool;
    private final Jdbi jdbi;
    private final String url;
    private final Durability durability;
    private final Path fileDir;

    private Database(String url, String user, String password, Durability durability, Path fileDir) {
        this.url = url;
        this.durability = durability;
        this.fileDir = fileDir;
        this.pool = JdbcConnectionPool.create(url, user, password);
        this.pool.setMaxConnections(8);
        Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
        this.jdbi = Jdbi.create(pool).installPlugin(new SqlObjectPlugin());
    }

    /** The embedded database {@code office} in {@code dir}, created when missing. */
    public static Database openFile(Path dir, Durability durability) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("无法创建数据目录 " + dir, e);
        }
        String url = "jdbc:h2:file:" + dir.resolve("office").toAbsolutePath() + ";LOCK_TIMEOUT=20000;WRITE_DELAY=0;QUERY_CACHE_SIZE=128";
        return new Database(url, "anchang", "anchang", durability, dir);
    }

    public static Database openFile(Path dir) {
        return openFile(dir, Durability.SYNC);
    }

    /**
     * A desk's connection to the office PC's server: {@code tcp://HOST[:PORT]/office}. WRITE_DELAY=0 as for a
     * file: the server opens the database with H2's default 500 ms otherwise (the setting is not kept across opens).
     */
    public static Database openServer(String spec, Durability durability) {
        String url = "jdbc:h2:" + spec + ";LOCK_TIMEOUT=20000;WRITE_DELAY=0";
        return new Database(url, "anchang", "anchang", durability, null);
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
