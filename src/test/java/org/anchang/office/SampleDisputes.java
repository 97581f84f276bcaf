package org.anchang.office;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import org.anchang.store.Database;

/**
 * The bundled sample office for the dispute tests, its clock on 2026-11-30 09:00 (after the quarter). Loading it
 * takes tens of seconds on a busy machine, so it is loaded once per test JVM and each test opens its own copy.
 */
public final class SampleDisputes {

    public static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 30, 9, 0);
    static final java.time.Clock CLOCK = java.time.Clock.fixed(NOW.atZone(Office.ZONE).toInstant(), java.time.ZoneOffset.UTC);
    private static Path template;

    private SampleDisputes() {
    }

    /** A fresh copy of the loaded sample office in {@code dir}, opened. */
    public static Office open(Path dir) {
        Path t = template();
        try {
            Files.createDirectories(dir);
            try (var files = Files.list(t)) {
                for (Path f : files.toList()) {
                    Files.copy(f, dir.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Office.open(Database.openFile(dir, Database.Durability.FLUSH), CLOCK);
    }

    private static synchronized Path template() {
        if (template == null) {
            try {
                Path dir = Files.createTempDirectory("anchang-sample-disputes");
                try (Office o = Office.open(Database.openFile(dir, Database.Durability.FLUSH), CLOCK)) {
                    SampleLoader.load(o, SampleLoader.bundled());
                }
                template = dir;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try (var files = Files.list(dir)) {
                        for (Path f : files.toList()) {
                            Files.deleteIfExists(f);
                        }
                        Files.deleteIfExists(dir);
                    } catch (IOException ignored) {
                        // a temporary directory; the system cleans it up otherwise
                    }
                }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return template;
    }
}
