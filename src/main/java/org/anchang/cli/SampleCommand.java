package org.anchang.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.anchang.sample.SampleOffice;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sample-office [--out DIR]}: rewrites the sample office and its dispute dossiers (for maintainers; hidden). */
@Command(name = "sample-office", hidden = true, description = "重新生成示例案场数据 office.json 及争议档案 dossiers/dNN-*.json(固定种子)")
public final class SampleCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "sample-data", description = "输出目录,默认 ${DEFAULT-VALUE}")
    Path out;

    @Override
    public Integer call() {
        PrintWriter w = spec.commandLine().getOut();
        SampleOffice office = SampleOffice.generate();
        try {
            for (Path p : office.write(out)) {
                w.println("写入 " + p);
            }
        } catch (IOException e) {
            throw new BadInputException(out + ": 无法写入(" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
        w.println();
        for (Map.Entry<String, Integer> c : office.counts().entrySet()) {
            w.printf("  %-12s %5d%n", c.getKey(), c.getValue());
        }
        w.println();
        for (Map.Entry<String, Integer> c : office.details().entrySet()) {
            w.printf("  %-32s %5d%n", c.getKey(), c.getValue());
        }
        return 0;
    }
}
