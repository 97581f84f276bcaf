package org.anchang.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.anchang.store.AuditLog;
import org.anchang.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code verify}: walks the audit chain; prints the first broken link and exits 1, or says the chain holds. */
@Command(name = "verify", description = "核对审计链:登记是否被私自改动或删除")
public final class VerifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions where;

    @Override
    public Integer call() {
        try (Database db = where.open()) {
            long rows = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM audit").mapTo(Long.class).one());
            Optional<String> broken = db.jdbi().withHandle(AuditLog::verify);
            if (broken.isPresent()) {
                spec.commandLine().getOut().println("审计链断开: " + broken.get());
                return 1;
            }
            String head = db.jdbi().withHandle(AuditLog::head);
            spec.commandLine().getOut().println("审计链完好: " + rows + " 条记录,链头 " + head);
            return 0;
        }
    }
}
