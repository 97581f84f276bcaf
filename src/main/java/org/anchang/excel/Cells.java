package org.anchang.excel;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Cell text as registers write it: dates as 2026-03-05, 2026/3/5, 2026.3.5 or 2026年3月5日, times as 14:30 or
 * 14:30:00 (or 下午2:30), and both together. Excel's date cells reach the importer as ISO text (see {@link #formatter}).
 */
final class Cells {

    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern TIME = Pattern.compile("(上午|下午|晚上)?\\s*(\\d{1,2})\\s*[::时点]\\s*(\\d{1,2})\\s*(?:[::分]\\s*(\\d{1,2})(?:\\.\\d+)?\\s*秒?)?\\s*分?");
    static final DateTimeFormatter ISO_MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Cells() {
    }

    static Optional<LocalDate> date(String text) {
        Matcher m = DATE.matcher(text.strip());
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    static Optional<LocalTime> time(String text) {
        Matcher m = TIME.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int h = Integer.parseInt(m.group(2));
        if (m.group(1) != null && !m.group(1).equals("上午") && h < 12) {
            h += 12;
        }
        try {
            return Optional.of(LocalTime.of(h, Integer.parseInt(m.group(3)), m.group(4) == null ? 0 : Integer.parseInt(m.group(4))));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /** A date and a time in one cell ({@code 2026-03-05 14:30}, {@code 2026-03-05T14:30}); empty when either is missing. */
    static Optional<LocalDateTime> dateTime(String text) {
        String t = text.strip();
        Matcher m = DATE.matcher(t);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        String rest = t.substring(m.end()).replaceFirst("^[T\\s]+", "");
        if (rest.isEmpty()) {
            return Optional.empty();
        }
        return date(t).flatMap(d -> time(rest).map(d::atTime));
    }

    /**
     * A formatter that writes a date cell as ISO text whatever its display format (a 2-digit-year US format would
     * otherwise reach us as 3/5/26): a date as 2026-03-05, a time as 14:30, both as 2026-03-05 14:30.
     */
    static DataFormatter formatter() {
        return new DataFormatter(java.util.Locale.ROOT) {
            @Override
            public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
                if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                    LocalDateTime t = DateUtil.getLocalDateTime(value, use1904, true);
                    if (value < 1) {
                        return t.toLocalTime().withSecond(0).toString();
                    }
                    return t.toLocalTime().equals(LocalTime.MIDNIGHT) ? t.toLocalDate().toString() : t.format(ISO_MINUTE);
                }
                return super.formatRawCellContents(value, formatIndex, formatString, use1904);
            }
        };
    }
}
