package org.anchang.cli;

import java.util.concurrent.Callable;
import org.anchang.rules.io.VerdictText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code explain CASE.json}: the verdict and its trail as plain Chinese a manager can read out. */
@Command(name = "explain", description = "以中文说明裁定及其依据")
public final class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputFile input;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(VerdictText.write(JudgeCommand.verdict(input)));
        return 0;
    }
}
