package org.anchang.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder, filled in below. */
@Command(name = "import", description = "导入")
public final class ImportCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
