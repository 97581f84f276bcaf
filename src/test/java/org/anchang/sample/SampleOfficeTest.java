package org.anchang.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.anchang.customer.MaskedPhone;
import org.anchang.customer.Phone;
import org.anchang.register.Entry;
import org.anchang.rules.DealShare;
import org.anchang.rules.Dossier;
import org.anchang.rules.Judge;
import org.anchang.rules.Replay;
import org.anchang.rules.Verdict;
import org.anchang.rules.io.DossierJson;
import org.anchang.sample.SampleOffice.Day;
import org.anchang.sample.SampleOffice.Event;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The committed sample office ({@code sample-data/}) is what the generator writes, reads as a case file,
 * and looks like the office the issue asks for; the judge finds its collisions and disputes.
 */
class SampleOfficeTest {

    static final Path DATA = Path.of("sample-data");

    static Simulation sim;
    static SampleOffice office;
    static String committed;
    static Dossier whole;

    @BeforeAll
    static void generate() throws IOException {
        sim = new Simulation(SampleOffice.SEED);
        office = sim.run();
        committed = Files.readString(DATA.resolve("office.json"), StandardCharsets.UTF_8);
        whole = DossierJson.read(committed, Optional.empty());
    }

    @Test
    void theCommittedOfficeIsWhatTheGeneratorWritesNow() {
        assertThat(committed).as("sample-data/office.json is stale; run: " + SampleOffice.REGENERATE).isEqualTo(office.officeJson());
    }

    @Test
    void theCommittedDossiersAreWhatTheGeneratorWritesNow() throws IOException {
        Map<String, String> files = office.dossierFiles();
        assertThat(files).hasSize(12);
        for (Map.Entry<String, String> f : files.entrySet()) {
            assertThat(Files.readString(DATA.resolve("dossiers").resolve(f.getKey()), StandardCharsets.UTF_8))
                    .as(f.getKey() + " is stale; run: " + SampleOffice.REGENERATE).isEqualTo(f.getValue());
        }
        try (Stream<Path> all = Files.list(DATA.resolve("dossiers"))) {
            List<String> numbered = all.map(p -> p.getFileName().toString()).filter(n -> n.matches("d\\d\\d-.*")).sorted().toList();
            assertThat(numbered).containsExactlyElementsOf(files.keySet());
        }
        assertThat(DATA.resolve("dossiers/wang-qiang-collision.json")).exists();
    }

    @Test
    void theOfficeReadsAsACaseFileWithEveryone() {
        assertThat(whole.policy().id()).isEqualTo("sales-dept");
        assertThat(whole.events()).hasSize(office.events().size());
        assertThat(whole.consultants()).hasSize(18).containsKeys("C01", "C12", "S01", "K01", "M01", "X01", "X02", "X03");
        List<LocalDateTime> times = office.events().stream().map(Event::at).toList();
        assertThat(times).isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(times).allSatisfy(t -> assertThat(t.getHour()).isBetween(9, 20));
    }

    @Test
    void theCountsAreThoseOfTheIssue() {
        Map<String, Integer> n = office.counts();
        assertThat(n.get("visit")).isBetween(1300, 1700);
        assertThat(n.get("call")).isBetween(1800, 2200);
        assertThat(n.get("report")).isBetween(60, 100);
        assertThat(n.get("prospect")).isBetween(3, 30);
        assertThat(n.get("leave")).isEqualTo(1);
        assertThat(n.get("complaint")).isEqualTo(1);
        assertThat(n.get("confirm")).isEqualTo(1);
        assertThat(n.get("assign")).isEqualTo(2);
        assertThat(n.get("assist")).isBetween(2, 4);
        Map<String, Integer> d = office.details();
        assertThat(d.get("deal deposit")).as("deals (each starts with a deposit)").isBetween(30, 50);
        assertThat(d.get("deal contract")).isBetween(25, d.get("deal deposit"));
        assertThat(d.get("visit repeat registered")).isGreaterThan(200);
        assertThat(d.get("visit registered:false")).isBetween(n.get("visit") / 100, n.get("visit") * 6 / 100);
        assertThat(d.get("visit referredBy")).isGreaterThanOrEqualTo(5);
        assertThat(d.get("visit relation spouse")).isGreaterThanOrEqualTo(5);
        assertThat(d.get("visit standInFor")).isGreaterThanOrEqualTo(3);
        assertThat(d.get("report masked")).isGreaterThanOrEqualTo(10);
        assertThat(office.events().stream().filter(e -> e.kind().equals("deal") && e.fields().get("stage").equals("contract"))
                .map(e -> (Integer) e.fields().get("amount"))).allSatisfy(a -> assertThat(a).isBetween(800_000, 3_500_000));
        assertThat(sim.stale).as("planned visits and deals that found the customer no longer the planner's").isZero();
    }

    @Test
    void theJudgeFindsAboutADozenCollisionsOverTheWholeOffice() {
        Replay r = replay(whole);
        LocalDateTime end = SampleOffice.LAST_DAY.atTime(23, 59);
        Set<List<String>> groups = new HashSet<>();
        for (Entry e : whole.events()) {
            if (e.phone().isPresent() && !r.collisions(e.phone().get()).isEmpty()) {
                groups.add(r.ownerAt(e.phone().get(), end).group());
            }
        }
        assertThat(groups.size()).as("customer groups with a collision").isBetween(10, 16);
        assertThat(groups).as("the judge's collisions are those the generator wrote").allSatisfy(g -> assertThat(g).containsAnyElementsOf(sim.collided));
        assertThat(sim.collided).allSatisfy(p -> assertThat(groups).anySatisfy(g -> assertThat(g).contains(p)));
        assertThat(r.deals().stream().filter(SampleOfficeTest::creditMoved).count()).as("deals whose credit is not all the closer's")
                .isBetween(8L, 14L);
    }

    @Test
    void theRosterHasEveryDayAndOnlyConsultantsOnDutyReceive() {
        List<Day> roster = office.roster();
        assertThat(roster).hasSize(90);
        assertThat(roster.get(0).date()).isEqualTo(SampleOffice.FIRST_DAY);
        assertThat(roster.get(89).date()).isEqualTo(SampleOffice.LAST_DAY);
        Map<LocalDate, List<String>> byDay = new HashMap<>();
        Map<String, Integer> first = new HashMap<>();
        Map<String, Integer> off = new HashMap<>();
        for (Day d : roster) {
            byDay.put(d.date(), d.order());
            assertThat(d.order()).as(d.date().toString()).hasSizeBetween(10, 12).doesNotHaveDuplicates();
            first.merge(d.order().get(0), 1, Integer::sum);
            for (int i = 1; i <= 11; i++) {
                String c = String.format("C%02d", i);
                if (!d.order().contains(c)) {
                    off.merge(c, 1, Integer::sum);
                }
            }
        }
        assertThat(first).as("everyone starts the day first now and then").hasSize(12);
        assertThat(off).as("everyone has days off").hasSize(11).allSatisfy((c, days) -> assertThat(days).isBetween(6, 16));
        for (Event e : office.events()) {
            if (Set.of("visit", "deal", "followup", "call", "prospect", "assist", "confirm").contains(e.kind())) {
                assertThat(byDay.get(e.at().toLocalDate())).as(e.fields().toString()).contains(e.by());
            }
        }
        assertThat(byDay.get(LocalDate.of(2026, 11, 1))).doesNotContain("C12");
    }

    @Test
    void phonesAreValidFakeAndOneMaskedReportMatchesTwoCustomers() {
        Set<String> phones = new HashSet<>();
        List<MaskedPhone> masked = new ArrayList<>();
        for (Event e : office.events()) {
            if (e.fields().get("customer") instanceof Map<?, ?> c) {
                String p = (String) c.get("phone");
                if (p.contains("*")) {
                    masked.add(MaskedPhone.parse(p));
                } else {
                    assertThat(Phone.check(p)).as(p).isEmpty();
                    assertThat(p).matches(SampleOffice.PHONE_PATTERN);
                    phones.add(p);
                }
            }
        }
        assertThat(phones.size()).isGreaterThan(1500);
        assertThat(masked).anySatisfy(m -> assertThat(phones.stream().filter(p -> m.matches(new Phone(p))).count()).isEqualTo(2));
        assertThat(masked).allSatisfy(m -> assertThat(phones.stream().filter(p -> m.matches(new Phone(p))).count()).isLessThanOrEqualTo(2));
    }

    @Test
    void everyDisputeDossierJudgesWithACollisionOrACreditMoved() throws IOException {
        for (String file : office.dossierFiles().keySet()) {
            String text = Files.readString(DATA.resolve("dossiers").resolve(file), StandardCharsets.UTF_8);
            Verdict v = Judge.judge(DossierJson.read(text, Optional.empty()));
            boolean split = v.deals().stream().anyMatch(SampleOfficeTest::creditMoved);
            assertThat(!v.collisions().isEmpty() || split).as(file + " has a collision or a split").isTrue();
            assertThat(v.owner().isConsultant()).as(file).isTrue();
        }
    }

    @Test
    void theReadmeQuotesTheseCounts() throws IOException {
        String readme = Files.readString(DATA.resolve("README.md"), StandardCharsets.UTF_8);
        for (Map.Entry<String, Integer> c : office.counts().entrySet()) {
            assertThat(readme).contains("| `" + c.getKey() + "` | " + String.format(Locale.ROOT, "%,d", c.getValue()) + " |");
        }
        assertThat(readme).contains(SampleOffice.REGENERATE);
    }

    /** The judge over the whole office, entries in time order as Judge does. */
    static Replay replay(Dossier d) {
        List<Entry> events = new ArrayList<>(d.events());
        events.sort(Comparator.comparing(Entry::at));
        Replay r = new Replay(d.policy(), d.consultants(), false);
        events.forEach(r::apply);
        return r;
    }

    /** A deal whose credit did not all go to the consultant who closed it: a split, or the owner's. */
    static boolean creditMoved(DealShare d) {
        return d.shares().getOrDefault(d.by(), 0.0) < 1 - 1e-9;
    }
}
