package org.anchang.cli;

import java.nio.file.Path;
import org.anchang.office.Office;
import org.anchang.store.Database;
import picocli.CommandLine.Option;

/** Where the office database is: {@code --data DIR} (embedded, default the user's data directory) or {@code --db tcp://HOST/office}. */
public final class DataOptions {

    @Option(names = "--data", paramLabel = "DIR", description = "数据目录(默认为用户数据目录下的 anchang)")
    Path data;

    @Option(names = "--db", paramLabel = "tcp://HOST/office", description = "连接案场主机上的数据库服务")
    String server;

    public static Path defaultDirectory() {
        return Office.defaultDirectory();
    }

    public Path directory() {
        return data != null ? data : defaultDirectory();
    }

    public boolean remote() {
        return server != null;
    }

    /** Opens the database these options name; bad options are bad input. */
    public Database open() {
        if (server != null && data != null) {
            throw new BadInputException("--db 与 --data 只能选一个");
        }
        if (server != null) {
            if (!server.matches("tcp://[^/\\s]+/[\\w.-]+")) {
                throw new BadInputException("--db: 「" + server + "」应为 tcp://主机[:端口]/office");
            }
            try {
                return Database.openServer(server, Database.Durability.SYNC);
            } catch (RuntimeException e) {
                throw new BadInputException("--db: 无法连接 " + server + "(服务未启动、地址或库名有误?)");
            }
        }
        return Database.openFile(directory(), Database.Durability.SYNC);
    }
}
