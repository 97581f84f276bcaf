package org.anchang.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.anchang.rules.Verdict;
import org.anchang.rules.io.VerdictText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code explain CASE.json}: the verdict and its trail as plain Chinese a manager can read out. */
@Command(name = "explain", description = "以中文说明裁定及其依据")
public final class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASE.json", description = "判客档案")
    Path file;

    @Option(names = "--policy", paramLabel = "ID", description = "改用此制度预设")
    String policy;

    @Override
    public Integer call() {
        Verdict v = JudgeCommand.verdict(file, policy);
        PrintWriter out = spec.commandLine().getOut();
        out.print(VerdictText.write(v));
        return 0;
    }
}
