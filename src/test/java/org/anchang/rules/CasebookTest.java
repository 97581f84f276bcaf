package org.anchang.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.anchang.cli.AnchangCommand;
import org.anchang.rules.io.DossierJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every dossier of ../shared/casebook, read in place, against its expected verdict. */
class CasebookTest {

    static final Path CASEBOOK = Path.of(System.getProperty("anchang.shared", "../shared"), "casebook");
    static final ObjectMapper M = new ObjectMapper();

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> s = Files.list(CASEBOOK)) {
            List<Path> all = s.filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(".expected.json")).sorted().toList();
            assertThat(all).as("casebook at " + CASEBOOK.toAbsolutePath()).isNotEmpty();
            return all.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void casebook(Path file) throws IOException {
        JsonNode expected = M.readTree(Files.readString(Path.of(file.toString().replace(".json", ".expected.json")), StandardCharsets.UTF_8));
        if (expected.has("exit")) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = AnchangCommand.run(new PrintWriter(out), new PrintWriter(err), "judge", file.toString());
            assertThat(code).isEqualTo(expected.get("exit").asInt());
            assertThat(err.toString().strip().lines().count()).as("stderr: " + err).isEqualTo(1);
            assertThat(err.toString()).doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(out.toString()).isEmpty();
            return;
        }
        Verdict v = Judge.judge(DossierJson.read(Files.readString(file, StandardCharsets.UTF_8), Optional.empty()));
        if (expected.has("owner")) {
            JsonNode o = expected.get("owner");
            assertThat(Verdicts.owner(v)).as("owner").isEqualTo(o.isNull() ? null : o.asText());
        }
        if (expected.has("deals")) {
            JsonNode deals = expected.get("deals");
            assertThat(v.deals()).as("deals").hasSize(deals.size());
            for (int i = 0; i < deals.size(); i++) {
                Map<String, Double> want = new HashMap<>();
                deals.get(i).get("shares").fields().forEachRemaining(f -> want.put(f.getKey(), f.getValue().asDouble()));
                Map<String, Double> got = v.deals().get(i).shares();
                assertThat(got.keySet()).as("deal " + i + " shares " + got).isEqualTo(want.keySet());
                for (var w : want.entrySet()) {
                    assertThat(got.get(w.getKey())).as("deal " + i + " share of " + w.getKey()).isCloseTo(w.getValue(), within(1e-6));
                }
            }
        }
        if (expected.has("penalties")) {
            Set<String> want = new HashSet<>();
            expected.get("penalties").forEach(p -> want.add(p.get("consultant").asText() + "/" + p.get("amount").asInt()));
            Set<String> got = new HashSet<>();
            v.penalties().forEach(p -> got.add(p.consultant() + "/" + p.amount()));
            assertThat(got).as("penalties").isEqualTo(want);
        }
        if (expected.has("mustCite")) {
            Set<String> cited = Verdicts.cited(v);
            expected.get("mustCite").forEach(r -> assertThat(cited).as("cites").contains(r.asText()));
        }
    }
}
