package org.anchang.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.anchang.rules.Param;
import org.anchang.rules.Policy;
import org.anchang.rules.Presets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code policies}: the eleven presets with their parameters. */
@Command(name = "policies", description = "列出十一种制度预设及其参数")
public final class PoliciesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--id", description = "只列出这一种制度")
    String only;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (only != null && Presets.get(only).isEmpty()) {
            throw new BadInputException("--id: 未知制度「" + only + "」,可选: " + String.join(", ", Presets.IDS));
        }
        for (Policy p : Presets.all()) {
            if (only != null && !only.equals(p.id())) {
                continue;
            }
            out.println(p.id() + (p.id().equals(Presets.DEFAULT) ? " (默认)" : "") + "  " + p.title());
            for (Param param : Param.values()) {
                out.printf("  %-30s %-12s %s (%s)%n", param.key(), p.value(param), param.label(), param.rule());
            }
            out.println();
        }
        return 0;
    }
}
