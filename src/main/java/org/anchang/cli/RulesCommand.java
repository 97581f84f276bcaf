package org.anchang.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.anchang.rules.RulesDoc;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rules}: the rule table and every preset's parameters as Markdown (the generated part of docs/rules.md). */
@Command(name = "rules", description = "输出规则表与各制度参数(Markdown)")
public final class RulesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--write", paramLabel = "FILE", description = "替换此文件中的生成部分")
    Path file;

    @Override
    public Integer call() throws IOException {
        if (file == null) {
            spec.commandLine().getOut().print(RulesDoc.markdown());
            return 0;
        }
        String old = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        Files.writeString(file, RulesDoc.replaceIn(old), StandardCharsets.UTF_8);
        return 0;
    }
}
