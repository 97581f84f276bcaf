package org.anchang.ui.customers;

import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.anchang.customer.Phone;
import org.anchang.office.OfficeException;
import org.anchang.office.RegisterDesk;
import org.anchang.register.Grade;
import org.anchang.rules.Grading;
import org.anchang.rules.Grading.Factor;
import org.anchang.ui.shell.TaskRunner;

/**
 * The grading form 客户评分 (GRD-1): six scores 1–5, "said no", a note; the class shown as the scores change,
 * by the judge's {@link Grading} with the office's weights. Saving records a new {@link Grade} entry through
 * {@link RegisterDesk} (never overwriting an earlier one); a refusal is shown on its field. No scene imports.
 */
public final class GradeFormModel {

    private final RegisterDesk desk;
    private final String actor;
    private final TaskRunner runner;
    private final CustomerText text;
    private final Supplier<LocalDateTime> clock;
    private final Map<Factor, IntegerProperty> scores = new EnumMap<>(Factor.class);
    private final Map<Factor, StringProperty> weights = new EnumMap<>(Factor.class);
    private final BooleanProperty declined = new SimpleBooleanProperty();
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty result = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final BooleanProperty open = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty errorField = new SimpleStringProperty("");
    private final StringProperty saved = new SimpleStringProperty("");
    private Grading grading = Grading.defaults();
    private String phone;
    private Runnable onSaved = () -> { };

    public GradeFormModel(RegisterDesk desk, String actor, TaskRunner runner, ResourceBundle m, Supplier<LocalDateTime> clock) {
        this.desk = desk;
        this.actor = actor;
        this.runner = runner;
        this.text = new CustomerText(m);
        this.clock = clock;
        for (Factor f : Factor.values()) {
            IntegerProperty p = new SimpleIntegerProperty(3);
            p.addListener((o, a, b) -> recompute());
            scores.put(f, p);
            weights.put(f, new SimpleStringProperty(""));
        }
        declined.addListener((o, a, b) -> recompute());
    }

    void onSaved(Runnable r) {
        onSaved = r;
    }

    /** Opens a fresh form for the customer {@code ref} ({@code name} for the title) under {@code grading}'s weights. */
    public void open(String ref, String name, Grading grading) {
        this.phone = ref;
        this.grading = grading;
        scores.values().forEach(p -> p.set(3));
        declined.set(false);
        note.set("");
        error.set("");
        errorField.set("");
        saved.set("");
        title.set(text.t("customers.grade.title", name));
        for (Factor f : Factor.values()) {
            double w = grading.weight(f);
            weights.get(f).set(text.t("customers.grade.weight", w == Math.rint(w) ? String.valueOf((long) w) : String.valueOf(w)));
        }
        recompute();
        open.set(true);
    }

    /** Records the grading; the form closes and the file is read again when it is stored. */
    public void save() {
        if (!open.get() || busy.get()) {
            return;
        }
        for (Factor f : Factor.values()) {
            int s = scores.get(f).get();
            if (s < Grading.MIN_SCORE || s > Grading.MAX_SCORE) {
                refuse(f.key(), text.factor(f) + ": " + text.t("customers.grade.scale"));
                return;
            }
        }
        String n = note.get() == null ? "" : note.get().strip();
        Grade g = new Grade(clock.get(), actor, new Phone(phone), score(Factor.FINANCE), score(Factor.MOTIVE), score(Factor.CREDIT),
                score(Factor.BACKGROUND), score(Factor.CONTACT), score(Factor.TIMING), declined.get(),
                n.isEmpty() ? Optional.empty() : Optional.of(n));
        busy.set(true);
        runner.run(() -> desk.record(g, actor), id -> {
            busy.set(false);
            open.set(false);
            saved.set(text.t("customers.grade.saved", result.get()));
            onSaved.run();
        }, t -> {
            busy.set(false);
            if (t instanceof OfficeException e) {
                refuse(fieldKey(e.field()), e.getMessage());
            } else {
                refuse("", text.failure(t));
            }
        });
    }

    public void cancel() {
        open.set(false);
    }

    private int score(Factor f) {
        return scores.get(f).get();
    }

    private void refuse(String field, String message) {
        errorField.set(field);
        error.set(message);
    }

    /** The form field an office refusal names: a factor's key, {@code note}, or empty for the form as a whole. */
    private static String fieldKey(String field) {
        for (Factor f : Factor.values()) {
            if (f.chinese().equals(field)) {
                return f.key();
            }
        }
        return field.equals("备注") ? "note" : "";
    }

    private void recompute() {
        Map<Factor, Integer> s = new EnumMap<>(Factor.class);
        for (Factor f : Factor.values()) {
            int v = scores.get(f).get();
            if (v < Grading.MIN_SCORE || v > Grading.MAX_SCORE) {
                result.set("");
                return;
            }
            s.put(f, v);
        }
        Grading.Result r = grading.grade(s, declined.get());
        result.set(text.t("customers.grade.result", text.score(r.score()), text.level(r.level())));
    }

    // ---- state ----------------------------------------------------------------------------------------

    public IntegerProperty scoreProperty(Factor f) {
        return scores.get(f);
    }

    public StringProperty weightProperty(Factor f) {
        return weights.get(f);
    }

    public BooleanProperty declinedProperty() {
        return declined;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public StringProperty resultProperty() {
        return result;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public BooleanProperty openProperty() {
        return open;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty errorFieldProperty() {
        return errorField;
    }

    public StringProperty savedProperty() {
        return saved;
    }
}
