package org.anchang.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anchang.cli.AnchangCommand;
import org.anchang.register.Deal;
import org.anchang.register.Entry;
import org.anchang.register.FollowUp;
import org.anchang.register.Leave;
import org.anchang.register.Visit;
import org.junit.jupiter.api.Test;

/** The synthetic office year is exact, ordered, varied and reproducible; {@code bench judge} runs. No timings asserted. */
class OfficeYearTest {

    private static final OfficeYear.Spec SMALL = new OfficeYear.Spec(7L, 2_000, 300, 30, 2025);

    @Test
    void exactCountInTimeOrderWithinTheYear() {
        OfficeYear y = OfficeYear.generate(SMALL);
        List<Entry> es = y.entries();
        assertThat(es).hasSize(2_000);
        for (int i = 1; i < es.size(); i++) {
            assertThat(es.get(i).at()).as("entry %d", i).isAfterOrEqualTo(es.get(i - 1).at());
        }
        assertThat(es.get(0).at().getYear()).isEqualTo(2025);
        assertThat(es.get(es.size() - 1).at()).isBeforeOrEqualTo(y.end());
    }

    @Test
    void everyKindAppearsInARealisticMix() {
        OfficeYear y = OfficeYear.generate(SMALL);
        Map<String, Integer> mix = y.mix();
        assertThat(mix.keySet()).containsExactlyElementsOf(OfficeYear.KINDS);
        assertThat(mix.values()).allMatch(n -> n > 0);
        assertThat(mix.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(2_000);
        assertThat(mix.get("visit")).isBetween(760, 840);
        assertThat(mix.get("call")).isEqualTo(500);
        assertThat(mix.get("followup")).isEqualTo(400);
        assertThat(mix.get("leave")).isEqualTo(3);
        assertThat(y.departed()).hasSize(3).doesNotHaveDuplicates();

        List<Visit> visits = y.entries().stream().filter(Visit.class::isInstance).map(Visit.class::cast).toList();
        assertThat(visits).anyMatch(v -> !v.registered());
        assertThat(visits).anyMatch(v -> v.named().isPresent());
        assertThat(visits).anyMatch(v -> v.referredBy().isPresent());
        assertThat(visits).anyMatch(v -> v.standInFor().isPresent());
        assertThat(visits).anyMatch(v -> v.relation().isPresent());
    }

    @Test
    void pastReferencesPointBackwardAndLeaversStopActing() {
        OfficeYear y = OfficeYear.generate(SMALL);
        Set<String> seen = new HashSet<>();
        Set<String> deposits = new HashSet<>();
        Set<String> gone = new HashSet<>();
        for (Entry e : y.entries()) {
            if (e instanceof Visit v) {
                v.referredBy().ifPresent(p -> assertThat(seen).as("referrer of %s", v).contains(p.digits()));
                v.relation().ifPresent(r -> assertThat(seen).as("relation of %s", v).contains(r.to().digits()));
                assertThat(gone).doesNotContain(v.by());
            }
            if (e instanceof FollowUp f) {
                assertThat(gone).doesNotContain(f.by());
            }
            if (e instanceof Deal d) {
                assertThat(gone).doesNotContain(d.by());
                if (d.stage() == Deal.Stage.CONTRACT) {
                    assertThat(deposits).as("contract after its deposit: %s", d).contains(d.customer().digits());
                } else {
                    deposits.add(d.customer().digits());
                }
            }
            if (e instanceof Leave l) {
                gone.add(l.by());
            }
            e.phone().ifPresent(p -> seen.add(p.digits()));
        }
    }

    @Test
    void sameSeedSameYearOtherSeedAnother() {
        List<Entry> a = OfficeYear.generate(SMALL).entries();
        List<Entry> b = OfficeYear.generate(SMALL).entries();
        List<Entry> c = OfficeYear.generate(new OfficeYear.Spec(8L, 2_000, 300, 30, 2025)).entries();
        assertThat(a).isEqualTo(b);
        assertThat(a).isNotEqualTo(c);
    }

    @Test
    void tooSmallARegisterIsRefused() {
        assertThatThrownBy(() -> new OfficeYear.Spec(1L, 10, 300, 30, 2025)).isInstanceOf(IllegalArgumentException.class);
        StringWriter err = new StringWriter();
        int code = AnchangCommand.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "bench", "judge", "--events", "10");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString().strip()).doesNotContain("\n").contains("--events");
    }

    @Test
    void benchJudgeEndsWithTheRatio() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = AnchangCommand.run(new PrintWriter(out), new PrintWriter(err), "bench", "judge", "--events", "3000", "--customers", "500");
        assertThat(code).as("stderr: %s", err).isZero();
        String[] lines = out.toString().strip().split("\\R");
        assertThat(lines[lines.length - 1]).matches("ratio=\\d+\\.\\d\\d");
        assertThat(out.toString()).contains("events=3000", "floor_ms=", "judge_ms=", "judge_events_per_s=", "peak_heap_mb=");
    }
}
