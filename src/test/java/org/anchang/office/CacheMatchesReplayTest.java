package org.anchang.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.anchang.register.Entry;
import org.anchang.rules.Dossier;
import org.anchang.rules.Presets;
import org.anchang.rules.RandomCases;
import org.anchang.rules.Replay;
import org.anchang.rules.Standing;
import org.anchang.rules.io.DossierJson;
import org.anchang.store.Database;
import org.anchang.testkit.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The customer cache, kept up to date write by write — entries typed out of order, corrected, withdrawn —
 * equals a fresh replay of the entries that stand.
 */
class CacheMatchesReplayTest {

    @TempDir
    Path dir;

    @Test
    void theCacheIsAlwaysWhatAFreshReplayGives() {
        Properties.forAll(25, seed -> {
            try {
                check(seed, Files.createTempDirectory(dir, "office"));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static void check(long seed, Path where) {
        Random r = new Random(seed);
        String preset = Presets.IDS.get(r.nextInt(Presets.IDS.size()));
        Dossier d = DossierJson.read(RandomCases.build(seed, preset).json(), Optional.empty());
        try (Office o = Office.open(Database.openFile(where, Database.Durability.FLUSH),
                OfficeFixture.clock(LocalDateTime.of(2026, 6, 1, 9, 0)))) {
            Staff staff = new Staff(o);
            staff.addPerson("M", "经理", "manager", "setup");
            for (String id : List.of("A", "B", "C", "D", "X", "Y")) {
                staff.addPerson(id, "顾问" + id, id.compareTo("X") >= 0 ? "agent" : "consultant", "M");
            }
            staff.setPolicy(preset, Map.of(), "M");
            List<Entry> typed = new ArrayList<>(d.events());
            Collections.shuffle(typed, r);            // the clerk types the day's sheets in any order
            RegisterDesk desk = new RegisterDesk(o);
            List<Entry> standing = new ArrayList<>();
            List<Long> ids = new ArrayList<>();
            for (Entry e : typed) {
                ids.add(desk.record(e, "M"));
                standing.add(e);
            }
            if (!ids.isEmpty() && r.nextBoolean()) {
                int i = r.nextInt(ids.size());
                desk.withdraw(ids.get(i), "M", "登记错误");
                standing.set(i, null);
            }
            List<Entry> fresh = new ArrayList<>();
            for (int i = 0; i < typed.size(); i++) {
                if (standing.get(i) != null) {
                    fresh.add(typed.get(i));
                }
            }
            // Equal times keep the order they were recorded in, which is the typing order here.
            fresh.sort(Comparator.comparing(Entry::at));
            Replay replay = new Replay(o.policy(), d.consultants(), false);
            fresh.forEach(replay::apply);
            Map<String, Standing> expected = replay.standings();
            Map<String, Standing> cached = o.read(CustomerCache::load);
            expected.forEach((phone, s) -> assertThat(cached.get(phone)).as(preset + " " + phone).isEqualTo(s));
            cached.forEach((phone, s) -> {
                if (!expected.containsKey(phone)) {
                    assertThat(s.owner()).as(phone + " named only by a withdrawn entry").isEmpty();
                }
            });
        }
    }
}
