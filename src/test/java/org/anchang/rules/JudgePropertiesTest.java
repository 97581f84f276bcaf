package org.anchang.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.anchang.testkit.Properties;
import org.junit.jupiter.api.Test;
import org.anchang.rules.io.DossierJson;
import org.anchang.rules.io.VerdictJson;

/** Properties of the judge over random dossiers under every preset. */
class JudgePropertiesTest {

    private static Verdict judge(CaseBuilder b) {
        return Judge.judge(DossierJson.read(b.json(), Optional.empty()));
    }

    /** The preset a seed is judged under: all eleven take turns. */
    private static String preset(long seed) {
        return Presets.IDS.get((int) Math.floorMod(seed, 11L));
    }

    @Test
    void sharesOfEveryDealAddUpToOne() {
        int[] deals = {0, 0};
        Properties.forAll(600, seed -> {
            Verdict v = judge(RandomCases.build(seed, preset(seed)));
            for (DealShare d : v.deals()) {
                double sum = d.shares().values().stream().mapToDouble(Double::doubleValue).sum();
                assertThat(sum).as(d.toString()).isCloseTo(1.0, within(1e-9));
                assertThat(d.shares().values()).allSatisfy(s -> assertThat(s).isPositive());
                assertThat(d.shares().keySet()).allSatisfy(k -> assertThat(k).isIn("A", "B", "C", "D", "X", "Y", "M", Owner.HOUSE));
                deals[0]++;
                deals[1] += d.shares().size() > 1 ? 1 : 0;
            }
        });
        // The generator must reach the interesting cases, or the property proves little.
        assertThat(deals[0]).isGreaterThan(800);
        assertThat(deals[1]).isGreaterThan(20);
    }

    @Test
    void theVerdictIsTheSameWhateverTheConsultantsAreCalled() {
        Properties.forAll(300, seed -> renamingChangesNothing(seed));
    }

    private static void renamingChangesNothing(long seed) {
        CaseBuilder original = RandomCases.build(seed, preset(seed));
        Map<String, String> rename = Map.of("A", "q7", "B", "k2", "C", "zz", "D", "a0", "X", "ch1", "Y", "ch0", "M", "boss");
        CaseBuilder renamed = RandomCases.build(seed, preset(seed));
        renamed.root.withArray("consultants").forEach(c -> ((com.fasterxml.jackson.databind.node.ObjectNode) c)
                .put("id", rename.get(c.get("id").asText())).put("name", "顾问" + c.get("id").asText().hashCode()));
        renamed.events.forEach(e -> {
            var o = (com.fasterxml.jackson.databind.node.ObjectNode) e;
            for (String f : new String[] {"by", "named", "standInFor", "to", "reassignTo", "friendOf", "quarrelBy"}) {
                if (o.hasNonNull(f)) {
                    o.put(f, rename.get(o.get(f).asText()));
                }
            }
        });
        Verdict a = judge(original);
        Verdict b = judge(renamed);
        assertThat(b.owner().who().orElse(null)).isEqualTo(a.owner().who().map(w -> rename.getOrDefault(w, w)).orElse(null));
        assertThat(b.deals()).hasSameSizeAs(a.deals());
        for (int i = 0; i < a.deals().size(); i++) {
            Map<String, Double> mapped = new HashMap<>();
            a.deals().get(i).shares().forEach((k, s) -> mapped.put(rename.getOrDefault(k, k), s));
            assertThat(b.deals().get(i).shares()).isEqualTo(mapped);
            assertThat(b.deals().get(i).rules()).isEqualTo(a.deals().get(i).rules());
        }
        assertThat(b.penalties().stream().map(x -> x.consultant() + x.amount() + x.rule()).collect(Collectors.toList()))
                .isEqualTo(a.penalties().stream().map(x -> rename.get(x.consultant()) + x.amount() + x.rule()).collect(Collectors.toList()));
        assertThat(b.trail().stream().map(TrailLine::rule).toList()).isEqualTo(a.trail().stream().map(TrailLine::rule).toList());
    }

    @Test
    void eventsWithEqualTimesKeepFileOrderWhateverOrderTheFileHasOtherwise() {
        Properties.forAll(300, seed -> {
            CaseBuilder sorted = RandomCases.build(seed, preset(seed));
            CaseBuilder shuffled = RandomCases.build(seed, preset(seed));
            RandomCases.shuffleKeepingTies(shuffled, ~seed);
            assertThat(VerdictJson.write(judge(shuffled))).isEqualTo(VerdictJson.write(judge(sorted)));
        });
    }

    @Test
    void judgingTwiceGivesTheSameJson() {
        Properties.forAll(300, seed -> {
            CaseBuilder b = RandomCases.build(seed, preset(seed));
            assertThat(VerdictJson.write(judge(b))).isEqualTo(VerdictJson.write(judge(b)));
        });
    }

    @Test
    void aCachedStandingReadLaterSaysWhatTheReplaySays() {
        Properties.forAll(300, seed -> {
            Dossier d = DossierJson.read(RandomCases.build(seed, preset(seed)).json(), Optional.empty());
            java.util.List<org.anchang.register.Entry> events = new java.util.ArrayList<>(d.events());
            events.sort(java.util.Comparator.comparing(org.anchang.register.Entry::at));
            Replay replay = new Replay(d.policy(), d.consultants(), false);
            events.forEach(replay::apply);
            Map<String, Standing> cached = replay.standings();
            java.time.LocalDateTime later = java.time.LocalDateTime.of(2026, 4, 12, 9, 0).plusDays(Math.floorMod(seed, 60L));
            for (String phone : cached.keySet()) {
                Owner live = replay.ownerAt(org.anchang.customer.Phone.parse(phone), later);
                Standing read = cached.get(phone).at(later);
                assertThat(read.owner()).as(phone).isEqualTo(live.who());
                assertThat(read.until()).as(phone).isEqualTo(live.until());
            }
        });
    }
}
