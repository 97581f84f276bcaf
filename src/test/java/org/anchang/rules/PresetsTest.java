package org.anchang.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The eleven presets of SPEC §11 as data: complete, commented with their seed clauses, overridable. */
class PresetsTest {

    @Test
    void thereAreElevenPresetsAndSalesDeptIsTheDefault() {
        assertThat(Presets.all()).hasSize(11);
        assertThat(Presets.IDS.get(0)).isEqualTo(Presets.DEFAULT).isEqualTo("sales-dept");
        assertThat(Presets.get("nope")).isEmpty();
    }

    @Test
    void everyPresetNamesEveryParameterWithItsSeedClause() {
        for (Policy p : Presets.all()) {
            for (Param param : Param.values()) {
                assertThat(p.value(param)).as(p.id() + "." + param.key()).isNotBlank();
                assertThat(p.source(param)).as(p.id() + "." + param.key() + " seed comment").isNotBlank();
            }
            assertThat(p.title()).isNotEqualTo(p.id());
        }
    }

    @Test
    void theRegimesDifferWhereSpecSaysTheyDo() {
        assertThat(Presets.get("sales-dept").orElseThrow().value(Param.CALL_PROTECTION)).isEqualTo("none");
        assertThat(Presets.get("marketing-dept").orElseThrow().value(Param.CALL_PROTECTION)).isEqualTo("P15D");
        assertThat(Presets.get("protection-48h").orElseThrow().value(Param.VISIT_PROTECTION)).isEqualTo("PT48H");
        assertThat(Presets.get("software-record").orElseThrow().value(Param.POACH_PENALTY)).isEqualTo("1000");
        assertThat(Presets.get("first-reception").orElseThrow().nonbuyer()).isEqualTo("inTurn");
        assertThat(Presets.get("sales-dept").orElseThrow().awayWithoutLeave()).isEqualTo("makeUp");
        assertThat(Presets.all().stream().filter(p -> p.awayWithoutLeave().equals("pass"))).hasSize(10);
    }

    @Test
    void overridesReplaceSingleParametersAndAreChecked() {
        Policy p = Presets.get("marketing-dept").orElseThrow().with(Map.of(Param.MAX_TRACKING, "P40D"));
        assertThat(p.value(Param.MAX_TRACKING)).isEqualTo("P40D");
        assertThat(p.source(Param.MAX_TRACKING)).isEqualTo("案例参数覆盖");
        assertThat(p.value(Param.VISIT_PROTECTION)).isEqualTo("P7D");
        assertThatThrownBy(() -> Presets.get("sales-dept").orElseThrow().with(Map.of(Param.UNKNOWING_SPLIT, "[0.7, 0.7]")))
                .hasMessageContaining("相加为1");
        assertThatThrownBy(() -> Presets.get("sales-dept").orElseThrow().with(Map.of(Param.REFERRAL_MODE, "whoever")))
                .hasMessageContaining("之一");
    }

    @Test
    void spansCountCalendarDaysInclusivelyAndHoursExactly() {
        long start = Span.minute(java.time.LocalDateTime.of(2026, 3, 1, 10, 0));
        assertThat(Span.time(Span.parse("P7D").end(start))).isEqualTo(java.time.LocalDateTime.of(2026, 3, 9, 0, 0));
        assertThat(Span.time(Span.parse("PT48H").end(start))).isEqualTo(java.time.LocalDateTime.of(2026, 3, 3, 10, 0));
        assertThat(Span.parse("unlimited").end(start)).isEqualTo(Long.MAX_VALUE);
        assertThat(Span.parse("none").gives()).isFalse();
        assertThatThrownBy(() -> Span.parse("7d")).hasMessageContaining("P7D");
    }
}
