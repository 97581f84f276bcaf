package org.anchang.ui.customers;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.anchang.office.CustomerFile;
import org.anchang.office.OfficeException;
import org.anchang.rules.Grading;
import org.anchang.rules.Lifecycle;
import org.anchang.rules.Owner;
import org.anchang.rules.Standing;

/** The customer screens' words and dates, from the messages bundle; no rule is decided here. */
final class CustomerText {

    private final ResourceBundle m;
    private final DateTimeFormatter date;
    private final DateTimeFormatter time;
    private final DateTimeFormatter fullTime;

    CustomerText(ResourceBundle m) {
        this.m = m;
        Locale l = m.getLocale() == null || m.getLocale().getLanguage().isEmpty() ? Locale.SIMPLIFIED_CHINESE : m.getLocale();
        this.date = DateTimeFormatter.ofPattern(m.getString("customers.format.date"), l);
        this.time = DateTimeFormatter.ofPattern(m.getString("customers.format.time"), l);
        this.fullTime = DateTimeFormatter.ofPattern(m.getString("customers.format.fullTime"), l);
    }

    String t(String key, Object... args) {
        return MessageFormat.format(m.getString(key), args);
    }

    String date(LocalDate d) {
        return date.format(d);
    }

    String time(LocalDateTime t) {
        return time.format(t);
    }

    String fullTime(LocalDateTime t) {
        return fullTime.format(t);
    }

    /** The end of a claim as people say it: 3月26日 for a midnight end (the last protected day), else 3月22日 10:00. */
    String until(LocalDateTime until, LocalDate lastDay) {
        return until.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? date(lastDay) : time(until);
    }

    /** The one line that says how the group stands now: protected until, dealt, pool, free. */
    String protection(Standing s, Optional<LocalDate> lastDay, Optional<Long> daysLeft, Optional<String> lastOwnerName) {
        if (s.dealt()) {
            return t("customers.file.dealt");
        }
        if (s.owner().filter(Owner.POOL::equals).isPresent()) {
            return t("customers.file.pool");
        }
        if (s.owner().isEmpty()) {
            return lastOwnerName.map(n -> t("customers.file.lastOwner", n) + " · ").orElse("") + t("customers.file.free");
        }
        if (s.until().isEmpty() || lastDay.isEmpty()) {
            return t("customers.file.unlimited");
        }
        String end = until(s.until().get(), lastDay.get());
        long left = daysLeft.orElse(0L);
        return left <= 0 ? t("customers.file.protectedToday", end) : t("customers.file.protected", end, left);
    }

    String owner(Standing s, Optional<String> ownerName) {
        return s.owner().isEmpty() ? t("customers.file.nobody") : t("customers.file.owner", ownerName.orElse(""));
    }

    String stage(Optional<Lifecycle.Stage> stage) {
        return stage.map(x -> m.getString("customers.stage." + x.name())).orElse("—");
    }

    String level(Grading.Level level) {
        return m.getString("customers.level." + level.name());
    }

    String score(double score) {
        return String.valueOf(Math.round(score));
    }

    String kind(String kind) {
        String key = "customers.kind." + kind;
        return m.containsKey(key) ? m.getString(key) : kind;
    }

    String facts(List<CustomerFile.Fact> facts) {
        return facts.stream().map(f -> {
            String key = "customers.fact." + f.key();
            return m.containsKey(key) ? t(key, f.value()) : f.value();
        }).collect(Collectors.joining(" · "));
    }

    String change(CustomerFile.Item i) {
        if (i.replaced().isPresent()) {
            CustomerFile.Change c = i.replaced().get();
            return t(i.status() == CustomerFile.Status.WITHDRAWN ? "customers.change.withdrawn" : "customers.change.corrected",
                    String.valueOf(c.id()), c.by(), time(c.at()), c.reason());
        }
        return i.corrects().map(c -> t("customers.change.corrects", String.valueOf(c.id()), c.by(), time(c.at()), c.reason())).orElse("");
    }

    String factor(Grading.Factor f) {
        return m.getString("customers.factor." + f.key());
    }

    /** A failure as the user reads it: the office's message naming the field, never a stack trace. */
    String failure(Throwable t) {
        String why = t instanceof OfficeException ? t.getMessage() : t.getClass().getSimpleName()
                + (t.getMessage() == null ? "" : ": " + t.getMessage());
        return t("customers.failed", why);
    }
}
