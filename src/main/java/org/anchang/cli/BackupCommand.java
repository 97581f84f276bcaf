package org.anchang.cli;

import java.time.LocalDateTime;
import java.util.concurrent.Callable;
import org.anchang.office.BackupRoutine;
import org.anchang.store.Backups;
import org.anchang.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code backup}: an online backup into the office's backup folder (default: backups/ in the data directory), keeping the newest 30. */
@Command(name = "backup", description = "立即备份数据库(保留最近30份)")
public final class BackupCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions where;

    @Override
    public Integer call() {
        if (where.remote()) {
            throw new BadInputException("--db: 备份须在案场主机上用 --data 进行");
        }
        try (Database db = where.open()) {
            var file = Backups.takeInto(db, BackupRoutine.folder(db, where.directory()), LocalDateTime.now());
            spec.commandLine().getOut().println("已备份到 " + file);
            return 0;
        }
    }
}
