package org.anchang.office;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;

/**
 * What support asks for (关于/诊断): versions, where the data lives and how big the database is, the last backup,
 * and the tail of the log file ({@code <data dir>/logs/anchang.log}, written by Logback) to copy.
 */
public record Diagnostics(String appVersion, String javaVersion, String h2Version, String database,
        Optional<Path> dataDirectory, OptionalLong databaseBytes, Optional<Path> lastBackup, Optional<String> backupError) {

    /** How much of the log's end is copied: enough for the last errors, small enough to paste into a chat. */
    public static final int LOG_TAIL_BYTES = 64 * 1024;

    /** Gathers the office's diagnostics; {@code backups} is the desk's backup routine, when it runs one. */
    public static Diagnostics of(Office office, Optional<BackupRoutine> backups) {
        String h2 = office.read(h -> {
            try {
                return h.getConnection().getMetaData().getDatabaseProductVersion();
            } catch (java.sql.SQLException e) {
                return "?";
            }
        });
        Optional<Path> dir = office.database().directory();
        OptionalLong size = OptionalLong.empty();
        if (dir.isPresent()) {
            try {
                size = OptionalLong.of(Files.size(dir.get().resolve("office.mv.db")));
            } catch (IOException e) {
                size = OptionalLong.empty();
            }
        }
        return new Diagnostics(version(), System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
                h2, office.database().url().replaceAll(";.*", ""), dir, size,
                backups.flatMap(BackupRoutine::last), backups.flatMap(BackupRoutine::lastError));
    }

    /** The jar's version (from its Maven descriptor); 开发版 when running from the build's classes. */
    public static String version() {
        try (InputStream in = Diagnostics.class.getResourceAsStream("/META-INF/maven/org.anchang/anchang/pom.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                return p.getProperty("version", "开发版");
            }
        } catch (IOException e) {
            // falls through
        }
        return Optional.ofNullable(Diagnostics.class.getPackage().getImplementationVersion()).orElse("开发版");
    }

    /** The log file of a data directory. */
    public static Path logFile(Path dataDir) {
        return dataDir.resolve("logs").resolve("anchang.log");
    }

    /** The last {@value #LOG_TAIL_BYTES} bytes of the log, from the first whole line; empty when there is no log. */
    public static Optional<String> logTail(Path logFile) {
        if (!Files.isRegularFile(logFile)) {
            return Optional.empty();
        }
        try (RandomAccessFile f = new RandomAccessFile(logFile.toFile(), "r")) {
            long start = Math.max(0, f.length() - LOG_TAIL_BYTES);
            byte[] b = new byte[(int) (f.length() - start)];
            f.seek(start);
            f.readFully(b);
            String text = new String(b, StandardCharsets.UTF_8);
            if (start > 0 && text.indexOf('\n') >= 0) {
                text = text.substring(text.indexOf('\n') + 1);
            }
            return Optional.of(text);
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
