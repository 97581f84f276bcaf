package org.anchang.ui.about;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.anchang.office.BackupRoutine;
import org.anchang.office.Diagnostics;
import org.anchang.office.Office;
import org.anchang.ui.shell.TaskRunner;

/**
 * 关于/诊断: what support asks for — versions (app, Java, JavaFX, H2), the data directory, the database's size, the
 * last backup — and the log's tail copied for them ({@code <data dir>/logs/anchang.log}; 没有日志 when there is none).
 */
public final class AboutViewModel {

    /** One line of the dialog. */
    public record Line(String label, String value) {
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Office office;
    private final Optional<BackupRoutine> backups;
    private final Path dataDir;
    private final String javafx;
    private final ResourceBundle m;
    private final TaskRunner runner;
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");

    public AboutViewModel(Office office, Optional<BackupRoutine> backups, Path dataDir, String javafxVersion,
            ResourceBundle messages, TaskRunner runner) {
        this.office = office;
        this.backups = backups;
        this.dataDir = dataDir;
        this.javafx = javafxVersion;
        this.m = messages;
        this.runner = runner;
    }

    public ObservableList<Line> lines() {
        return lines;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /** Gathers the facts off the JavaFX thread; {@code then} runs when they are in {@link #lines()}. */
    public void load(Runnable then) {
        runner.run(() -> Diagnostics.of(office, backups), d -> {
            List<Line> l = new ArrayList<>();
            l.add(line("about.app", d.appVersion()));
            l.add(line("about.java", d.javaVersion()));
            l.add(line("about.javafx", javafx));
            l.add(line("about.h2", d.h2Version()));
            l.add(line("about.data", d.dataDirectory().map(Path::toString).orElse(d.database())));
            l.add(line("about.size", d.databaseBytes().isPresent()
                    ? MessageFormat.format(m.getString("about.mb"), String.format("%.1f", d.databaseBytes().getAsLong() / 1048576.0))
                    : "—"));
            l.add(line("about.backup", d.lastBackup().map(AboutViewModel::describe).orElse(m.getString("about.nobackup"))));
            d.backupError().ifPresent(e -> l.add(line("about.backupError", e)));
            l.add(line("about.log", Diagnostics.logFile(dataDir).toString()));
            lines.setAll(l);
            then.run();
        }, t -> message.set(MessageFormat.format(m.getString("firststart.failed"), t.getClass().getSimpleName())));
    }

    private static String describe(Path backup) {
        try {
            LocalDateTime at = LocalDateTime.ofInstant(Files.getLastModifiedTime(backup).toInstant(), Office.ZONE);
            return WHEN.format(at) + "  " + backup;
        } catch (java.io.IOException e) {
            return backup.toString();
        }
    }

    private Line line(String key, String value) {
        return new Line(m.getString(key), value);
    }

    /** Puts the log's tail on {@code clipboard}, or says there is no log. */
    public void copyLog(Consumer<String> clipboard) {
        runner.run(() -> Diagnostics.logTail(Diagnostics.logFile(dataDir)), tail -> {
            if (tail.isEmpty()) {
                message.set(m.getString("about.nolog"));
                return;
            }
            clipboard.accept(tail.get());
            long lineCount = tail.get().lines().count();
            message.set(MessageFormat.format(m.getString("about.copied"), String.valueOf(lineCount)));
        }, t -> message.set(m.getString("about.nolog")));
    }
}
