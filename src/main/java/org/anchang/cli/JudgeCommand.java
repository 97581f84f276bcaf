package org.anchang.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.anchang.rules.Dossier;
import org.anchang.rules.Judge;
import org.anchang.rules.Verdict;
import org.anchang.rules.io.DossierException;
import org.anchang.rules.io.DossierJson;
import org.anchang.rules.io.VerdictJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code judge CASE.json [--policy ID]}: the verdict as JSON (CASE-FORMAT.md). */
@Command(name = "judge", description = "判客:读入判客档案,输出裁定JSON")
public final class JudgeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASE.json", description = "判客档案")
    Path file;

    @Option(names = "--policy", paramLabel = "ID", description = "改用此制度预设")
    String policy;

    @Override
    public Integer call() {
        spec.commandLine().getOut().println(VerdictJson.write(verdict(file, policy)));
        return 0;
    }

    /** Reads and judges a case file; every problem becomes one {@link BadInputException} line. */
    static Verdict verdict(Path file, String policy) {
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new BadInputException(file + ": 文件不存在");
        } catch (IOException e) {
            throw new BadInputException(file + ": 无法读取(" + e.getMessage() + ")");
        }
        try {
            Dossier d = DossierJson.read(json, Optional.ofNullable(policy));
            return Judge.judge(d);
        } catch (DossierException | IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }
}
