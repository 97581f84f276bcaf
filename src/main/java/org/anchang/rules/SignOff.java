package org.anchang.rules;

import java.util.Optional;
import java.util.function.Function;

/**
 * DSP-1's steps as signatures: the team lead 连长/主管 who mediated, the clerk 行政/内业 who pulled and checked the
 * records, and the project head 项目负责人/经理 who decides — three people in three roles, whose verdict is final.
 */
public record SignOff(String mediatedBy, String checkedBy, String decidedBy) {

    /** A missing or wrong signature: the form field and the reason in Chinese. */
    public record Refusal(String field, String reason) {
    }

    /** Checks the three signatures against the people's roles ({@code roleOf}: id → consultant, clerk, supervisor, manager). */
    public Optional<Refusal> check(Function<String, Optional<String>> roleOf) {
        Optional<Refusal> r = role(mediatedBy, "调解人", "supervisor", "须为主管(连长)", roleOf);
        if (r.isEmpty()) {
            r = role(checkedBy, "查档人", "clerk", "须为内业(行政)", roleOf);
        }
        if (r.isEmpty()) {
            r = role(decidedBy, "判定人", "manager", "须为项目负责人(经理)", roleOf);
        }
        return r;
    }

    private static Optional<Refusal> role(String who, String field, String role, String what,
            Function<String, Optional<String>> roleOf) {
        if (who == null || who.isBlank()) {
            return Optional.of(new Refusal(field, "请选择" + field + "(DSP-1 判客流程)"));
        }
        if (!roleOf.apply(who).filter(role::equals).isPresent()) {
            return Optional.of(new Refusal(field, "「" + who + "」" + what + "(DSP-1 判客流程)"));
        }
        return Optional.empty();
    }
}
