package org.anchang.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.anchang.rules.io.DossierJson;
import org.anchang.rules.io.DossierWriter;
import org.anchang.rules.io.VerdictJson;
import org.junit.jupiter.api.Test;

/** A dossier written as a case file reads back to the same dossier and the same verdict (the wizard's "save dossier"). */
class DossierWriterTest {

    static void roundTrips(String json, String what) {
        Dossier d = DossierJson.read(json, Optional.empty());
        String written = DossierWriter.write(d, Optional.of("判客档案"));
        Dossier back = DossierJson.read(written, Optional.empty());
        assertThat(back).as(what).isEqualTo(d);
        assertThat(DossierWriter.write(back, Optional.of("判客档案"))).as(what).isEqualTo(written);
        assertThat(VerdictJson.write(Judge.judge(back))).as(what).isEqualTo(VerdictJson.write(Judge.judge(d)));
    }

    @Test
    void randomDossiersOfEveryPresetRoundTrip() {
        for (long seed = 1; seed <= 200; seed++) {
            for (String preset : Presets.IDS) {
                roundTrips(RandomCases.build(seed, preset).json(), "seed " + seed + " " + preset);
            }
        }
    }

    @Test
    void overridesRulingsAndTheProjectsAdditionsRoundTrip() {
        roundTrips(CaseBuilder.of("marketing-dept").override("followUpProtection", "P10D").override("unknowingSplit", "[0.5, 0.5]")
                .visit("03-01 10:00", "A", "王强", CaseBuilder.P1, CaseBuilder.facts("friendOf", "B", "groupBuyer", true, "quarrelBy", "C"))
                .visit("03-02 10:00", "B", "王强", CaseBuilder.P1, CaseBuilder.facts("standInFor", "A", "delegated", true, "ownerAbsent", true,
                        "notifiedLate", true, "purpose", "deposit", "registered", false))
                .deal("03-02 11:00", "B", CaseBuilder.P1, "deposit")
                .ruling("03-03 09:00", CaseBuilder.P1, "A", "unlimited", true, "03-02 11:00|B|" + CaseBuilder.P1 + "|A=0.7,B=0.3")
                .escalated().json(), "additions");
    }

    @Test
    void theCasebookAndTheSampleDossiersRoundTrip() throws IOException {
        Path book = Path.of(System.getProperty("anchang.shared", "../shared"), "casebook");
        try (Stream<Path> files = Stream.concat(Files.list(book), Files.list(Path.of("sample-data/dossiers")))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(".expected.json")).toList()) {
                String json = Files.readString(f);
                try {
                    DossierJson.read(json, Optional.empty());
                } catch (RuntimeException bad) {
                    continue; // the casebook's bad-input cases
                }
                roundTrips(json, f.getFileName().toString());
            }
        }
    }
}
