package org.anchang.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/rules.md holds the rule table and every preset exactly as the code has them. */
class RulesDocTest {

    @Test
    void docsRulesMdIsUpToDate() throws IOException {
        String doc = Files.readString(Path.of("docs/rules.md"), StandardCharsets.UTF_8);
        assertThat(doc).as("regenerate with: java -jar target/anchang.jar rules --write docs/rules.md").contains(RulesDoc.markdown());
    }

    @Test
    void everyRuleIdAndEveryPresetIsInTheDocument() throws IOException {
        String doc = Files.readString(Path.of("docs/rules.md"), StandardCharsets.UTF_8);
        for (RuleId r : RuleId.values()) {
            assertThat(doc).contains("| " + r.id() + " |");
        }
        for (String id : Presets.IDS) {
            assertThat(doc).contains("### " + id + " — ");
        }
    }
}
