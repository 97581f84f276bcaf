package org.anchang.ui.register;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/**
 * A date picker's text: shown as 2026-11-28; typed as 2026-11-28, 2026/11/28, 11-28, 11/28, 11月28日 or 1128 (the
 * year of the date shown, or this year). Text that is no date gives null: the form then says the field is required.
 */
final class Dates extends StringConverter<LocalDate> {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ISO_LOCAL_DATE;
    private final DatePicker picker;

    Dates(DatePicker picker) {
        this.picker = picker;
    }

    @Override
    public String toString(LocalDate d) {
        return d == null ? "" : SHOWN.format(d);
    }

    @Override
    public LocalDate fromString(String typed) {
        int year = picker == null || picker.getValue() == null ? LocalDate.now().getYear() : picker.getValue().getYear();
        return parse(typed, year);
    }

    static LocalDate parse(String typed, int year) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String t = typed.strip().replace('/', '-').replace('.', '-').replace("年", "-").replace("月", "-").replace("日", "");
        try {
            if (t.matches("\\d{4}-\\d{1,2}-\\d{1,2}")) {
                String[] p = t.split("-");
                return LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
            }
            if (t.matches("\\d{1,2}-\\d{1,2}")) {
                String[] p = t.split("-");
                return LocalDate.of(year, Integer.parseInt(p[0]), Integer.parseInt(p[1]));
            }
            if (t.matches("\\d{4}")) {
                return LocalDate.of(year, Integer.parseInt(t.substring(0, 2)), Integer.parseInt(t.substring(2)));
            }
            if (t.matches("\\d{8}")) {
                return LocalDate.of(Integer.parseInt(t.substring(0, 4)), Integer.parseInt(t.substring(4, 6)), Integer.parseInt(t.substring(6)));
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }
}
