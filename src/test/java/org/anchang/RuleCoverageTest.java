package org.anchang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.anchang.rules.RuleId;
import org.junit.jupiter.api.Test;

/** Every rule id has a test named after it ({@code own7_…}), except those another issue implements. */
class RuleCoverageTest {

    /** Rules no engine of this build decides yet, and where they will be. */
    static final Map<String, String> LATER = Map.of(
            "REG-5", "append-only registers: the store (issue 3)",
            "PEN-2", "blocking the door: a board fact (issue 4)",
            "PEN-6", "leaving the board without leave: a board fact (issue 4)");

    @Test
    void everyRuleIdHasATestNamedAfterIt() throws IOException {
        Set<String> names = new HashSet<>();
        Pattern method = Pattern.compile("void (\\w+)\\(");
        try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = method.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    names.add(m.group(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        for (RuleId r : RuleId.values()) {
            if (LATER.containsKey(r.id())) {
                continue;
            }
            Pattern named = Pattern.compile("(^|_)" + r.id().toLowerCase(Locale.ROOT).replace("-", "") + "_");
            assertThat(names.stream().anyMatch(n -> named.matcher(n).find())).as("a test named after " + r.id()).isTrue();
        }
    }
}
