package org.anchang.cli;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.concurrent.Callable;
import org.anchang.store.Backups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code restore FILE}: puts a backup back; the database it replaces is kept beside it. */
@Command(name = "restore", description = "从备份恢复数据库(当前数据库另存,不会丢失);须先关闭所有案场程序")
public final class RestoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions where;

    @Parameters(index = "0", paramLabel = "FILE.zip", description = "备份文件")
    Path zip;

    @Override
    public Integer call() {
        if (where.remote()) {
            throw new BadInputException("--db: 恢复须在案场主机上用 --data 进行");
        }
        try {
            var kept = Backups.restore(zip, where.directory(), LocalDateTime.now());
            kept.ifPresent(k -> spec.commandLine().getOut().println("原数据库已另存为 " + k));
            spec.commandLine().getOut().println("已从 " + zip + " 恢复");
            return 0;
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        } catch (org.h2.message.DbException | java.io.UncheckedIOException e) {
            throw new BadInputException("恢复失败: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }
}
