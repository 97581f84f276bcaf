package org.anchang.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The input of {@code judge}, {@code explain} and {@code board}: one JSON file and an optional preset. */
public final class InputFile {

    @Parameters(index = "0", paramLabel = "FILE.json", description = "判客档案 (CASE-FORMAT.md) 或一天的看板操作 (BOARD-FORMAT.md)")
    Path file;

    @Option(names = "--policy", paramLabel = "ID", description = "改用此制度预设,代替文件中的 policy")
    String policy;

    Optional<String> policy() {
        return Optional.ofNullable(policy);
    }

    /** The file's text; a missing or unreadable file is bad input. */
    String text() {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new BadInputException(file + ": 文件不存在");
        } catch (IOException e) {
            throw new BadInputException(file + ": 无法读取(" + e.getClass().getSimpleName() + ")");
        }
    }
}
