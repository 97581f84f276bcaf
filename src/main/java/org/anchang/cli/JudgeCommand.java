package org.anchang.cli;

import java.util.concurrent.Callable;
import org.anchang.rules.Judge;
import org.anchang.rules.Verdict;
import org.anchang.rules.io.DossierException;
import org.anchang.rules.io.DossierJson;
import org.anchang.rules.io.VerdictJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code judge CASE.json [--policy ID]}: the verdict as JSON (CASE-FORMAT.md). */
@Command(name = "judge", description = "判客:读入判客档案,输出裁定JSON")
public final class JudgeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputFile input;

    @Override
    public Integer call() {
        spec.commandLine().getOut().println(VerdictJson.write(verdict(input)));
        return 0;
    }

    /** Reads and judges a case file; every problem becomes one {@link BadInputException} line. */
    static Verdict verdict(InputFile input) {
        String json = input.text();
        try {
            return Judge.judge(DossierJson.read(json, input.policy()));
        } catch (DossierException | IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }
}
