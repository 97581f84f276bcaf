package org.anchang.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.anchang.office.Office;
import org.anchang.office.OfficeException;
import org.anchang.office.SampleLoader;
import org.anchang.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code demo}: a fresh database filled with the sample office. */
@Command(name = "demo", description = "用示例案场建立一个新数据库")
public final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions where;

    @Option(names = "--file", paramLabel = "office.json", description = "另一个案场文件(默认为内置示例)")
    Path file;

    @Override
    public Integer call() throws IOException {
        if (where.remote()) {
            throw new BadInputException("--db: 示例须载入本机的新数据目录(--data)");
        }
        Path dir = where.directory();
        if (Files.exists(dir.resolve("office.mv.db"))) {
            throw new BadInputException("--data: " + dir + " 已有数据库;示例只能载入新的数据目录");
        }
        String json = file != null ? read(file) : SampleLoader.bundled();
        try (Office office = Office.open(Database.openFile(dir), Clock.systemDefaultZone())) {
            SampleLoader.Loaded l = SampleLoader.load(office, json);
            spec.commandLine().getOut().printf("已建立示例案场「%s」于 %s:%d 人,%d 天轮序,%d 条登记%n", l.project(), dir, l.people(),
                    l.rosterDays(), l.entries());
            return 0;
        } catch (OfficeException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    private static String read(Path f) {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException(f + ": 无法读取");
        }
    }

}
