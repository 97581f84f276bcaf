package org.anchang.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anchang.cli.AnchangCommand;
import org.anchang.customer.Contact;
import org.anchang.customer.Phone;
import org.anchang.office.Office;
import org.anchang.office.RegisterDesk;
import org.anchang.register.Entry;
import org.anchang.register.Recorded;
import org.anchang.register.Visit;
import org.anchang.rules.Policy;
import org.anchang.rules.Presets;
import org.anchang.rules.Replay;
import org.anchang.rules.Standing;
import org.anchang.store.AuditLog;
import org.anchang.store.Database;
import org.anchang.store.EntryStore;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench store} runs on a small office and ends with its ratio line; the bulk-loaded office is one the
 * office itself would have made: its customer cache is what a fresh replay of the stored entries gives and
 * what an office opened on it keeps, its audit chain verifies, and the next entry typed gets the next number.
 * No timings asserted.
 */
class BenchStoreTest {

    private static final OfficeYear.Spec SMALL = new OfficeYear.Spec(OfficeYear.Spec.DEFAULT_SEED, 10_000, 2_000, 30, 2025);

    @TempDir
    Path dir;

    @Test
    void benchStoreRunsAndEndsWithTheRatio() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = AnchangCommand.run(new PrintWriter(out), new PrintWriter(err), "bench", "store", "--customers", "2000", "--rows",
                "10000", "--lookups", "2000", "--unknown", "200", "--warmup", "500", "--dir", dir.toString());
        assertThat(code).as(err.toString()).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(lines.size() - 1)).matches("ratio=\\d+\\.\\d{2}");
        assertThat(out.toString()).contains("register_rows_per_s=", "cache_rows_per_s=", "file_mb=", "peak_heap_mb=",
                "check_p50_us=", "check_p99_us=", "bare_p50_us=", "bare_p99_us=", "collision_open_ms=", "collision_check_p50_us=",
                "collision_check_p99_us=");
        assertThat(dir).isEmptyDirectory(); // the temporary office is gone without --keep
    }

    @Test
    void theStreamedYearIsTheGeneratedYear() {
        OfficeYear.Spec spec = new OfficeYear.Spec(3L, 3_000, 500, 12, 2025);
        List<Entry> streamed = new java.util.ArrayList<>();
        List<String> departed = OfficeYear.stream(spec, streamed::add);
        OfficeYear year = OfficeYear.generate(spec);
        assertThat(streamed).isEqualTo(year.entries());
        assertThat(departed).isEqualTo(year.departed());
        assertThat(OfficeYear.names(spec)).isEqualTo(year.names());
    }

    @Test
    void theBulkLoadedOfficeIsOneTheOfficeWouldHaveMade() throws Exception {
        Path where = Files.createDirectory(dir.resolve("office"));
        Policy policy = Presets.get(Presets.DEFAULT).orElseThrow();
        OfficeFill.Result r;
        try (Database db = Database.openFile(where, Database.Durability.FLUSH)) {
            r = OfficeFill.fill(db, SMALL, policy, 100, 1L, n -> { });
        }
        assertThat(r.entries()).isEqualTo(10_000);
        assertThat(r.sample()).hasSize(100).doesNotHaveDuplicates();

        Map<String, Standing> cached;
        Map<String, Standing> fresh;
        try (Database db = Database.openFile(where, Database.Durability.FLUSH)) {
            cached = db.jdbi().withHandle(BenchStoreTest::cache);
            // a fresh replay of the entries as stored, in the order the office's ledger replays them
            List<Recorded> stored = db.jdbi().withHandle(h -> EntryStore.since(h, 0));
            assertThat(stored).hasSize(10_000);
            Replay replay = new Replay(policy, db.jdbi().withHandle(BenchStoreTest::names), false);
            stored.stream().sorted(Comparator.comparing(Recorded::at).thenComparingLong(Recorded::id))
                    .forEach(rec -> replay.apply(rec.entry().orElseThrow()));
            fresh = replay.standings();
            assertThat(db.jdbi().withHandle(AuditLog::verify)).isEmpty();
            long audits = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM audit").mapTo(Long.class).one());
            assertThat(audits).isEqualTo(r.auditRows()).isEqualTo(2 * 10_000 + 31);
        }
        assertThat(cached).hasSize((int) r.cacheRows()).isEqualTo(fresh);

        // the same year replayed straight from the generator gives the same standings
        OfficeYear year = OfficeYear.generate(SMALL);
        Replay direct = new Replay(policy, year.names(), false);
        year.entries().forEach(direct::apply);
        assertThat(direct.standings()).isEqualTo(fresh);

        // an office opened on it catches up from the stored entries and finds nothing to change in the cache
        LocalDateTime now = LocalDateTime.of(2026, 1, 5, 10, 0);
        Clock clock = Clock.fixed(now.atZone(Office.ZONE).toInstant(), ZoneOffset.UTC);
        try (Office o = Office.open(Database.openFile(where, Database.Durability.FLUSH), clock)) {
            assertThat(o.read(BenchStoreTest::cache)).isEqualTo(cached);
            // and the next entry typed the ordinary way gets the next number and keeps the audit chain whole
            long id = new RegisterDesk(o).record(Visit.plain(now.minusHours(1), "C02",
                    new Contact("新客", Phone.parse("14700000001"))), "C02");
            assertThat(id).isEqualTo(10_001);
            assertThat(o.read(AuditLog::verify)).isEmpty();
            String owner = o.read(h -> h.createQuery("SELECT owner FROM customer_state WHERE phone = '14700000001'")
                    .mapTo(String.class).one());
            assertThat(owner).isEqualTo("C02");
        }
    }

    private static Map<String, String> names(Handle h) {
        Map<String, String> names = new HashMap<>();
        h.createQuery("SELECT id, name FROM consultant").map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                .forEach(e -> names.put(e.getKey(), e.getValue()));
        return names;
    }

    private static Map<String, Standing> cache(Handle h) {
        Map<String, Standing> out = new HashMap<>();
        h.createQuery("SELECT * FROM customer_state").map((rs, ctx) -> standing(rs)).forEach(s -> out.put(s.phone(), s));
        return out;
    }

    private static Standing standing(ResultSet rs) throws SQLException {
        return new Standing(rs.getString("phone"), rs.getString("group_key"), Optional.ofNullable(rs.getString("owner")),
                time(rs.getTimestamp("protected_until")), time(rs.getTimestamp("tracking_until")), rs.getBoolean("dealt"),
                Optional.ofNullable(rs.getString("last_owner")));
    }

    private static Optional<LocalDateTime> time(Timestamp t) {
        return t == null ? Optional.empty() : Optional.of(t.toLocalDateTime());
    }
}
