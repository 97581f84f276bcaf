package org.anchang.office;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An ISO week, {@code 2026-W10}: Monday to Sunday, the span of the weekly register archive (marketing-dept 一.3). */
public record IsoWeek(int year, int week) {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})-?W(\\d{1,2})");

    public IsoWeek {
        LocalDate probe = LocalDate.of(year, 6, 1);
        long weeks = probe.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
        if (week < 1 || week > weeks) {
            throw new IllegalArgumentException(year + " 年只有第 1–" + weeks + " 周");
        }
    }

    /** Parses {@code 2026-W10}; throws {@link IllegalArgumentException} with a Chinese message. */
    public static IsoWeek parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("周「" + text + "」应写成 2026-W10(年-W周数)");
        }
        return new IsoWeek(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** The week {@code day} falls in. */
    public static IsoWeek of(LocalDate day) {
        return new IsoWeek(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    public LocalDate monday() {
        return LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
    }

    public LocalDate sunday() {
        return monday().plusDays(6);
    }

    public IsoWeek previous() {
        return of(monday().minusDays(7));
    }

    public IsoWeek next() {
        return of(monday().plusDays(7));
    }

    @Override
    public String toString() {
        return String.format("%d-W%02d", year, week);
    }
}
