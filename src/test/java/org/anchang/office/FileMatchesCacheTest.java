package org.anchang.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.anchang.register.Entry;
import org.anchang.rules.Dossier;
import org.anchang.rules.Presets;
import org.anchang.rules.RandomCases;
import org.anchang.rules.Standing;
import org.anchang.rules.io.DossierJson;
import org.anchang.store.Database;
import org.anchang.testkit.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A customer file replays only its group's entries and the related customers' (referrers, masked-report
 * matches); for every group of random offices under every preset, its owner, protection and deal are the
 * office's own replay (the customer cache) — referrals, relations, masked reports, departures included.
 */
class FileMatchesCacheTest {

    @TempDir
    Path dir;

    @Test
    void everyGroupsFileOwnerIsTheOfficesReplay() {
        Properties.forAll(20, seed -> {
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
        // The random cases run from 3月1日 to 4月9日: at 4月10日 9:00 many claims still hold.
        try (Office o = Office.open(Database.openFile(where, Database.Durability.FLUSH),
                OfficeFixture.clock(LocalDateTime.of(2026, 4, 10, 9, 0)))) {
            Staff staff = new Staff(o);
            staff.addPerson("M", "经理", "manager", "setup");
            for (String id : List.of("A", "B", "C", "D", "X", "Y")) {
                staff.addPerson(id, "顾问" + id, id.compareTo("X") >= 0 ? "agent" : "consultant", "M");
            }
            staff.setPolicy(preset, Map.of(), "M");
            RegisterDesk desk = new RegisterDesk(o);
            for (Entry e : d.events()) {
                desk.record(e, "M");
            }
            CustomerFile files = new CustomerFile(o);
            SignIn.Person manager = new SignIn.Person("M", "经理", "manager");
            Map<String, Standing> cached = o.read(CustomerCache::load);
            Set<String> keys = new TreeSet<>();
            cached.values().forEach(s -> keys.add(s.groupKey()));
            for (String key : keys) {
                CustomerFile.File f = files.file(key, manager).orElseThrow();
                Standing s = f.standing();
                assertThat(f.judged().who()).as(preset + " seed " + seed + " group " + key + " owner").isEqualTo(s.owner());
                assertThat(f.judged().dealt()).as(preset + " group " + key + " dealt").isEqualTo(s.dealt());
                if (s.owner().isPresent() && !s.dealt()) {
                    assertThat(f.judged().until()).as(preset + " group " + key + " until").isEqualTo(s.until());
                }
            }
        }
    }
}
