package org.anchang.excel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anchang.office.IsoWeek;
import org.anchang.office.Office;
import org.anchang.office.RegisterDesk;
import org.anchang.office.SampleLoader;
import org.anchang.register.Entry;
import org.anchang.register.Recorded;
import org.anchang.store.EntryStore;
import org.anchang.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample office's weeks export and re-import: an office with the same people gets the same registers back, the
 * register lines' details included.
 */
class SampleWeeksTest {

    @TempDir
    Path dir;

    static Office open(Path d) {
        return Office.open(Database.openFile(d, Database.Durability.FLUSH),
                Clock.fixed(LocalDateTime.of(2026, 11, 30, 9, 0).atZone(Office.ZONE).toInstant(), ZoneOffset.UTC));
    }

    @Test
    void threeSampleWeeksExportedAndImportedGiveTheSameRegisters() throws Exception {
        List<IsoWeek> weeks = List.of(IsoWeek.parse("2026-W45"), IsoWeek.parse("2026-W46"), IsoWeek.parse("2026-W47"));
        LocalDateTime from = weeks.get(0).monday().atStartOfDay();
        LocalDateTime to = weeks.get(2).sunday().plusDays(1).atStartOfDay();
        String json = SampleLoader.bundled();
        List<Entry> before;
        Path out = Files.createDirectory(dir.resolve("out"));
        Map<String, Integer> corrected = new HashMap<>();
        try (Office a = open(dir.resolve("a"))) {
            SampleLoader.load(a, json);
            // The sample's registers have no details: the clerk adds them (人数, 来源, 备注, 下次跟踪 …) to the first lines of
            // each register kind in these weeks, as corrections, so that the archive holds them and the corrected lines.
            RegisterDesk desk = new RegisterDesk(a);
            for (Recorded r : a.read(h -> EntryStore.since(h, 0))) {
                Entry e = r.entry().orElse(null);
                if (e != null && !e.at().isBefore(from) && e.at().isBefore(to) && Detailed.of(e, 0) != e
                        && corrected.merge(e.kind(), 1, Integer::sum) <= 6) {
                    desk.correct(r.id(), Detailed.of(e, corrected.size() + corrected.get(e.kind())), "K01", "补登明细");
                }
            }
            for (IsoWeek w : weeks) {
                Exports.week(a, w, "M01", out, Progress.NONE);
            }
            before = ExcelOffice.standing(a).stream().filter(e -> !e.at().isBefore(from) && e.at().isBefore(to)).toList();
        }
        // The same people and rosters, and only the sample's first line (the loader wants one), long before these weeks.
        ObjectNode people = (ObjectNode) new ObjectMapper().readTree(json);
        var first = people.get("events").get(0);
        people.putArray("events").add(first);
        try (Office b = open(dir.resolve("b"))) {
            SampleLoader.load(b, people.toString());
            for (IsoWeek w : weeks) {
                Path f = out.resolve(WeeklyWorkbook.fileName("滨江·云栖府", w));
                Imports.Preview p = Imports.preview(b, f, RegisterImport.sheets(f), "K01", Progress.NONE);
                assertThat(p.rejects()).as(f.getFileName().toString()).isEmpty();
                Imports.commit(b, p, "K01", out);
            }
            assertThat(before).hasSizeGreaterThan(1000);
            assertThat(before.stream().filter(Detailed::hasDetails).map(Entry::kind).distinct()).containsExactlyInAnyOrderElementsOf(
                    corrected.keySet()).contains("visit", "call", "followup", "report");
            // Whole entries, details included.
            assertThat(ExcelOffice.standing(b).stream().filter(e -> !e.at().isBefore(from) && e.at().isBefore(to)).toList())
                    .containsExactlyElementsOf(before);
        }
    }
}
