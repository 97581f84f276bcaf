package org.anchang.board;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.anchang.cli.AnchangCommand;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every example of ../shared/boardbook, read in place and run through the command line. */
class BoardbookTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Path folder() {
        return Path.of(System.getProperty("anchang.shared", "../shared"), "boardbook");
    }

    static Stream<Path> days() throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder())) {
            files.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .filter(p -> !p.getFileName().toString().endsWith(".expected.json"))
                    .sorted()
                    .forEach(out::add);
        }
        assertThat(out).as("boardbook examples in " + folder().toAbsolutePath()).isNotEmpty();
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("days")
    void boardbookExample(Path day) throws IOException {
        String name = day.getFileName().toString().replaceFirst("\\.json$", "");
        JsonNode expected = JSON.readTree(day.resolveSibling(name + ".expected.json").toFile());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = AnchangCommand.run(new PrintWriter(out), new PrintWriter(err), "board", day.toString());

        if (expected.has("exit")) {
            assertThat(exit).as("exit").isEqualTo(expected.get("exit").asInt());
            List<String> lines = err.toString().lines().toList();
            assertThat(lines).as("stderr").hasSize(1);
            assertThat(lines.get(0)).doesNotContain("Exception").doesNotContain("\tat ");
            return;
        }
        assertThat(exit).as("exit, stderr: " + err).isZero();
        JsonNode got = JSON.readTree(out.toString());

        // The receiver of every walk-in, in the order of the walk-in actions of the input.
        JsonNode input = JSON.readTree(day.toFile());
        List<String> to = new ArrayList<>();
        for (int i = 0; i < input.get("actions").size(); i++) {
            if ("walkin".equals(input.get("actions").get(i).get("kind").asText())) {
                to.add(receiverOf(got, i));
            }
        }
        List<String> expectedTo = new ArrayList<>();
        expected.get("to").forEach(n -> expectedTo.add(n.isNull() ? null : n.asText()));
        assertThat(to).as("to").isEqualTo(expectedTo);

        JsonNode tally = expected.path("tally");
        for (Iterator<Map.Entry<String, JsonNode>> it = tally.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> c = it.next();
            for (Iterator<Map.Entry<String, JsonNode>> f = c.getValue().fields(); f.hasNext();) {
                Map.Entry<String, JsonNode> field = f.next();
                assertThat(got.path("tally").path(c.getKey()).path(field.getKey()).asText("missing"))
                        .as("tally." + c.getKey() + "." + field.getKey())
                        .isEqualTo(field.getValue().asText());
            }
        }
    }

    private static String receiverOf(JsonNode output, int index) {
        for (JsonNode a : output.get("assignments")) {
            if (a.get("index").asInt() == index) {
                return a.get("to").isNull() ? null : a.get("to").asText();
            }
        }
        throw new AssertionError("no assignment for walk-in " + index);
    }
}
