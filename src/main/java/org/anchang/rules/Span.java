package org.anchang.rules;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * How long a claim holds (SPEC §2): {@code P7D} calendar days counted inclusively in local dates,
 * {@code PT48H} exact hours, {@code none} (the contact gives no claim) or {@code unlimited}.
 * Times are local minutes since the epoch (Asia/Shanghai wall clock), so ends are plain arithmetic.
 */
public record Span(Kind kind, int amount) {

    /** The kinds of span. */
    public enum Kind { NONE, UNLIMITED, DAYS, HOURS }

    public static final Span NONE = new Span(Kind.NONE, 0);
    public static final Span UNLIMITED = new Span(Kind.UNLIMITED, 0);
    static final long FOREVER = Long.MAX_VALUE;

    public static Span parse(String text) {
        String t = text.strip();
        if (t.equalsIgnoreCase("none")) {
            return NONE;
        }
        if (t.equalsIgnoreCase("unlimited")) {
            return UNLIMITED;
        }
        try {
            if (t.matches("P\\d{1,4}D")) {
                return new Span(Kind.DAYS, Integer.parseInt(t.substring(1, t.length() - 1)));
            }
            if (t.matches("PT\\d{1,5}H")) {
                return new Span(Kind.HOURS, Integer.parseInt(t.substring(2, t.length() - 1)));
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new IllegalArgumentException("期限「" + text + "」应为 P7D(天)、PT48H(小时)、none 或 unlimited");
    }

    public boolean gives() {
        return kind != Kind.NONE;
    }

    /** The first minute at which a claim made at {@code minute} no longer holds; {@link #FOREVER} when unlimited. */
    public long end(long minute) {
        return switch (kind) {
            case NONE -> minute;
            case UNLIMITED -> FOREVER;
            case DAYS -> (Math.floorDiv(minute, 1440) + amount + 1) * 1440;
            case HOURS -> minute + amount * 60L;
        };
    }

    /** Chinese, as a manager says it: 7天, 48小时, 不保护, 永久. */
    public String chinese() {
        return switch (kind) {
            case NONE -> "不保护";
            case UNLIMITED -> "永久";
            case DAYS -> amount + "天";
            case HOURS -> amount + "小时";
        };
    }

    @Override
    public String toString() {
        return switch (kind) {
            case NONE -> "none";
            case UNLIMITED -> "unlimited";
            case DAYS -> "P" + amount + "D";
            case HOURS -> "PT" + amount + "H";
        };
    }

    /** Local minutes since the epoch of a wall-clock time. */
    public static long minute(LocalDateTime t) {
        return t.toLocalDate().toEpochDay() * 1440 + t.getHour() * 60L + t.getMinute();
    }

    public static LocalDateTime time(long minute) {
        return LocalDate.ofEpochDay(Math.floorDiv(minute, 1440)).atStartOfDay().plusMinutes(Math.floorMod(minute, 1440));
    }
}
