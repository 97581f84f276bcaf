package org.anchang.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anchang.register.Entry;
import org.anchang.rules.Dossier;
import org.anchang.rules.Replay;
import org.anchang.rules.Standing;
import org.anchang.rules.io.DossierJson;
import org.anchang.store.AuditLog;
import org.anchang.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled sample office loads into a fresh database; its cache is the judge's replay; the audit chain holds. */
class SampleOfficeLoadTest {

    @TempDir
    Path dir;

    @Test
    void theSampleOfficeLoadsWhole() {
        String json = SampleLoader.bundled();
        try (Office o = Office.open(Database.openFile(dir, Database.Durability.FLUSH), OfficeFixture.clock(LocalDateTime.of(2026, 11, 30, 9, 0)))) {
            SampleLoader.Loaded l = SampleLoader.load(o, json);
            assertThat(l.project()).isEqualTo("滨江·云栖府");
            assertThat(l.entries()).isBetween(4000, 6000);
            Dossier d = DossierJson.read(json, Optional.empty());
            List<Entry> events = new ArrayList<>(d.events());
            events.sort(Comparator.comparing(Entry::at));
            Replay replay = new Replay(d.policy(), d.consultants(), false);
            events.forEach(replay::apply);
            Map<String, Standing> cached = o.read(CustomerCache::load);
            assertThat(cached).isEqualTo(replay.standings());
            Optional<String> broken = o.read(AuditLog::verify);
            assertThat(broken).isEmpty();
            assertThat(o.summary().customers()).isGreaterThan(2000);
        }
    }
}
