package org.anchang.rules;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * The days a channel report holds (RPT-2): from the day of the report to {@code until}, the first moment it no
 * longer holds (7 days inclusive: a report on 3月1日 holds to the end of 3月8日). The expected visit must fall
 * within them. The judge and the report form both ask this class, so the rule is written once. Where the regime
 * judges no reports ({@code reportValidity=none}) the form still holds a report to RPT-2's seven days.
 */
public record ReportWindow(LocalDate first, Optional<LocalDateTime> until) {

    /** RPT-2's own span (拓客报备 2), for regimes whose reports decide nothing. */
    static final Span RPT_2 = new Span(Span.Kind.DAYS, 7);

    /** The window of a report made at {@code at} under {@code policy}. */
    public static ReportWindow of(Policy policy, LocalDateTime at) {
        Span span = policy.reportValidity.gives() ? policy.reportValidity : RPT_2;
        long end = span.end(Span.minute(at));
        return new ReportWindow(at.toLocalDate(), end == Span.FOREVER ? Optional.empty() : Optional.of(Span.time(end)));
    }

    /** Whether a visit expected at {@code expected} falls within the window. */
    public boolean holds(LocalDateTime expected) {
        return !expected.toLocalDate().isBefore(first) && until.map(u -> within(Span.minute(u), Span.minute(expected))).orElse(true);
    }

    /** The last day the report holds, for messages (3月8日); empty when it never lapses. */
    public Optional<LocalDate> lastDay() {
        return until.map(u -> u.minusMinutes(1).toLocalDate());
    }

    /** RPT-2's test, in minutes: an expected visit before the end of the window. */
    static boolean within(long until, long expected) {
        return expected < until;
    }
}
