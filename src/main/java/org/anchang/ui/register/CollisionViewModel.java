package org.anchang.ui.register;

import java.text.MessageFormat;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.anchang.customer.MaskedPhone;
import org.anchang.customer.Phone;
import org.anchang.office.CollisionCheck;
import org.anchang.office.CollisionCheck.Finding;
import org.anchang.office.CollisionCheck.Kind;
import org.anchang.ui.shell.TaskRunner;

/**
 * The live collision check of a form (撞单预警): as soon as the typed phone is a whole phone (or, where a report
 * allows it, a masked one), asks {@link CollisionCheck} off the JavaFX thread and shows its findings as lines.
 * The newest question wins: an answer to an older one is dropped, so typing is never held up. No scene imports.
 */
public final class CollisionViewModel {

    /** One line of the check: its text, whether it warns, and what it is about. */
    public record Line(String text, boolean warns, Kind kind) {
        /** The line's style: warn (someone else's claim), ok (free or the viewer's own), info (the rest). */
        public String style() {
            if (warns) {
                return "warn";
            }
            return switch (kind) {
                case NEW, MINE, LAPSED, MASK_MATCH -> "ok";
                default -> "info";
            };
        }
    }

    private final CollisionCheck check;
    private final String viewer;
    private final TaskRunner runner;
    private final ResourceBundle m;
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final BooleanProperty warns = new SimpleBooleanProperty();
    private final BooleanProperty known = new SimpleBooleanProperty();
    private final BooleanProperty checking = new SimpleBooleanProperty();
    private long asked;
    private Optional<Finding> primary = Optional.empty();
    /** Called on the JavaFX thread when an answer is shown (timing, tests). */
    private Runnable onShown = () -> { };

    public CollisionViewModel(CollisionCheck check, String viewer, TaskRunner runner, ResourceBundle messages) {
        this.check = check;
        this.viewer = viewer;
        this.runner = runner;
        this.m = messages;
    }

    /**
     * Asks about {@code phoneText} typed with {@code name}; a text that is not yet a whole phone (nor, with
     * {@code maskedAllowed}, a masked one) clears the lines.
     */
    public void ask(String phoneText, String name, boolean maskedAllowed) {
        String typedName = name == null ? "" : name.strip();
        Optional<Supplier<CollisionCheck.Result>> question = Optional.empty();
        if (phoneText != null && Phone.check(phoneText).isEmpty()) {
            Phone p = Phone.parse(phoneText);
            question = Optional.of(() -> check.check(viewer, p, typedName));
        } else if (maskedAllowed && phoneText != null && phoneText.contains("*")) {
            try {
                MaskedPhone mp = MaskedPhone.parse(phoneText);
                question = Optional.of(() -> check.check(viewer, mp, typedName));
            } catch (IllegalArgumentException notYet) {
                question = Optional.empty();
            }
        }
        if (question.isEmpty()) {
            clear();
            return;
        }
        long mine = ++asked;
        checking.set(true);
        Supplier<CollisionCheck.Result> q = question.get();
        runner.run(q::get, r -> {
            if (mine == asked) {
                checking.set(false);
                show(r);
            }
        }, t -> {
            if (mine == asked) {
                checking.set(false);
                lines.setAll(new Line(MessageFormat.format(m.getString("register.check.failed"), t.getMessage()), true, Kind.NEW));
                summary.set("");
            }
        });
    }

    /** Forgets the answer (a new form, a phone being retyped); an answer still on its way is dropped. */
    public void clear() {
        asked++;
        checking.set(false);
        primary = Optional.empty();
        summary.set("");
        warns.set(false);
        known.set(false);
        lines.clear();
    }

    private void show(CollisionCheck.Result r) {
        primary = r.findings().isEmpty() ? Optional.empty() : Optional.of(r.findings().get(0));
        List<Line> out = r.findings().stream().map(f -> new Line(text(f, r.at()), f.warns(), f.kind())).toList();
        // Everything else first: whoever listens to the lines reads the rest.
        warns.set(r.warns());
        known.set(r.findings().stream().anyMatch(f -> f.kind() != Kind.NEW && f.kind() != Kind.MASK_NONE && f.kind() != Kind.REPORT
                && f.kind() != Kind.SAME_NAME));
        summary.set(out.isEmpty() ? "" : out.get(0).text());
        lines.setAll(out);
        onShown.run();
    }

    /** A finding in a sentence, the rule id at the end. */
    String text(Finding f, LocalDateTime now) {
        String who = f.whoName().orElseGet(() -> f.who().map(w -> w.equals(org.anchang.rules.Owner.POOL) ? m.getString("register.check.poolWho")
                : w.equals(org.anchang.rules.Owner.HOUSE) ? m.getString("register.check.houseWho") : w).orElse(m.getString("register.check.nobody")));
        String name = f.name().orElse("—");
        String until = until(f, now);
        String pattern = m.getString("register.check." + f.kind().name().toLowerCase(java.util.Locale.ROOT)
                + (f.kind() == Kind.REPORT ? report(f) : ""));
        return MessageFormat.format(pattern, who, name, f.phone(), until, f.at().map(CollisionViewModel::md).orElse(""))
                + " (" + f.rule().id() + ")";
    }

    private static String report(Finding f) {
        if (f.valid()) {
            return ".valid";
        }
        return f.until().isEmpty() && f.at().isPresent() ? ".unjudged" : ".lapsed";
    }

    /** 保护至 3月8日(还剩 5 天), 至 3月3日 10:00(还剩 20 小时), or 长期有效. */
    private String until(Finding f, LocalDateTime now) {
        if (f.until().isEmpty()) {
            return m.getString(f.kind() == Kind.DEALT ? "register.check.forever" : "register.check.unlimited");
        }
        LocalDateTime u = f.until().get();
        if (u.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            java.time.LocalDate last = u.toLocalDate().minusDays(1);
            long days = ChronoUnit.DAYS.between(now.toLocalDate(), last);
            return MessageFormat.format(m.getString(days <= 0 ? "register.check.untilToday" : "register.check.untilDays"), md(last), days);
        }
        long hours = Math.max(0, Duration.between(now, u).toHours());
        return MessageFormat.format(m.getString("register.check.untilHours"), md(u) + " " + String.format("%02d:%02d", u.getHour(),
                u.getMinute()), hours);
    }

    static String md(LocalDateTime t) {
        return md(t.toLocalDate());
    }

    static String md(java.time.LocalDate d) {
        return d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    /** The phone's own state (the first finding) of the answer shown. */
    public Optional<Finding> primary() {
        return primary;
    }

    public ObservableList<Line> lines() {
        return lines;
    }

    /** The first line (the phone's own state), for a sheet's mark column. */
    public StringProperty summaryProperty() {
        return summary;
    }

    public BooleanProperty warnsProperty() {
        return warns;
    }

    /** Whether the phone belongs to a customer the office knows (a visit form then suggests 复访). */
    public BooleanProperty knownProperty() {
        return known;
    }

    public BooleanProperty checkingProperty() {
        return checking;
    }

    public void setOnShown(Runnable r) {
        onShown = r == null ? () -> { } : r;
    }
}
