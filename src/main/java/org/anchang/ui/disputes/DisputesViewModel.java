package org.anchang.ui.disputes;

import java.text.MessageFormat;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.anchang.office.DisputeCase;
import org.anchang.office.DisputeCase.Party;
import org.anchang.office.Disputes;
import org.anchang.office.OfficeException;
import org.anchang.rules.SignOff;
import org.anchang.rules.TrailLine;
import org.anchang.ui.shell.TaskRunner;

/**
 * The dispute wizard's state and commands (判客向导), five steps: 选择争议, 记录, 事实, 裁定 (with what the other presets
 * would decide), 签字. Every command goes through {@link Disputes} off the JavaFX thread; each step the manager takes
 * is audited there. No scene imports.
 */
public final class DisputesViewModel {

    /** The five steps, by message key. */
    public static final List<String> STEPS = List.of("disputes.step.select", "disputes.step.records", "disputes.step.facts",
            "disputes.step.verdict", "disputes.step.sign");

    /** When to judge the group: now, or as of one of its deals. */
    public record Moment(Optional<LocalDateTime> at, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    private final Disputes disputes;
    private final String actor;
    private final String actorName;
    private final TaskRunner runner;
    private final DisputeFiles files;
    private final ResourceBundle m;

    private final IntegerProperty step = new SimpleIntegerProperty(0);
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<Disputes.GroupHit> hits = FXCollections.observableArrayList();
    private final ObjectProperty<Disputes.GroupHit> selected = new SimpleObjectProperty<>();
    private final ObservableList<Moment> moments = FXCollections.observableArrayList();
    private final ObjectProperty<Moment> moment = new SimpleObjectProperty<>();
    private final ObjectProperty<DisputeCase> current = new SimpleObjectProperty<>();
    private final ObservableList<DisputeCase.Row> rows = FXCollections.observableArrayList();
    private final ObservableList<DisputeCase.Question> questions = FXCollections.observableArrayList();
    private final ObservableList<DisputeCase.Notice> notices = FXCollections.observableArrayList();
    private final ObservableList<DisputeCase.WhatIf> whatIfs = FXCollections.observableArrayList();
    private final ObservableList<TrailLine> trail = FXCollections.observableArrayList();
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty owner = new SimpleStringProperty("");
    private final StringProperty deals = new SimpleStringProperty("");
    private final StringProperty penalties = new SimpleStringProperty("");
    private final ObservableList<Party> mediators = FXCollections.observableArrayList();
    private final ObservableList<Party> clerks = FXCollections.observableArrayList();
    private final ObjectProperty<Party> mediator = new SimpleObjectProperty<>();
    private final ObjectProperty<Party> clerk = new SimpleObjectProperty<>();
    private final ObjectProperty<Long> ruling = new SimpleObjectProperty<>();
    private final BooleanProperty locked = new SimpleBooleanProperty();
    private final ObservableList<String> notes = FXCollections.observableArrayList();
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty error = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanBinding canNext;
    private final BooleanBinding canRecord;

    public DisputesViewModel(Disputes disputes, String actor, String actorName, TaskRunner runner, DisputeFiles files,
            ResourceBundle messages) {
        this.disputes = disputes;
        this.actor = actor;
        this.actorName = actorName;
        this.runner = runner;
        this.files = files;
        this.m = messages;
        selected.addListener((o, a, h) -> moments(h));
        canNext = Bindings.createBooleanBinding(() -> !busy.get() && (step.get() == 0 ? selected.get() != null : step.get() < STEPS.size() - 1),
                busy, step, selected);
        canRecord = Bindings.createBooleanBinding(() -> !busy.get() && !locked.get() && current.get() != null && current.get().recordable()
                && mediator.get() != null && clerk.get() != null, busy, locked, current, mediator, clerk);
    }

    // ---- 1 选择争议 ----

    /** Searches by phone (whole or part), name or consultant; empty: the likely disputes. */
    public void search() {
        run(() -> disputes.find(query.get(), actor), found -> {
            hits.setAll(found);
            selected.set(found.isEmpty() ? null : found.get(0));
            say(found.isEmpty() ? m.getString("disputes.search.none") : MessageFormat.format(m.getString("disputes.search.found"), found.size()), false);
        });
    }

    private void moments(Disputes.GroupHit h) {
        List<Moment> list = new ArrayList<>();
        list.add(new Moment(Optional.empty(), m.getString("disputes.moment.now")));
        if (h != null) {
            h.deals().forEach(d -> list.add(new Moment(Optional.of(d.at()), MessageFormat.format(m.getString("disputes.moment.deal"), d.label()))));
        }
        moments.setAll(list);
        moment.set(list.get(0));
    }

    // ---- navigation ----

    /** 下一步 (Alt+N, Enter): opens the chosen dispute from step 1, otherwise moves on. */
    public void next() {
        if (!canNext.get()) {
            return;
        }
        if (step.get() == 0) {
            Disputes.GroupHit h = selected.get();
            Optional<LocalDateTime> at = moment.get() == null ? Optional.empty() : moment.get().at();
            run(() -> disputes.open(h.phone(), at, actor), c -> {
                show(c);
                ruling.set(c.lastRuling().orElse(null));
                locked.set(!c.recordable());
                loadNotes();
                step.set(1);
                say(MessageFormat.format(m.getString("disputes.opened"), c.rows().size()), false);
            });
        } else if (step.get() == 2) {
            DisputeCase c = current.get();
            run(() -> disputes.whatIf(c), w -> {
                whatIfs.setAll(w);
                step.set(3);
            });
        } else if (step.get() == 3) {
            run(() -> List.of(disputes.people("supervisor"), disputes.people("clerk")), people -> {
                mediators.setAll(people.get(0));
                clerks.setAll(people.get(1));
                if (mediator.get() == null && !mediators.isEmpty()) {
                    mediator.set(mediators.get(0));
                }
                if (clerk.get() == null && !clerks.isEmpty()) {
                    clerk.set(clerks.get(0));
                }
                step.set(4);
                if (locked.get()) {
                    say(current.get().whyNotRecordable().isEmpty() ? m.getString("disputes.locked") : current.get().whyNotRecordable(), false);
                }
            });
        } else {
            step.set(step.get() + 1);
        }
    }

    /** 上一步 (Alt+B). */
    public void back() {
        if (step.get() > 0 && !busy.get()) {
            step.set(step.get() - 1);
        }
    }

    // ---- 3 事实 ----

    /** The manager answers question {@code id}; the verdict and the questions that still matter come back. Not after recording. */
    public void answer(String id, String value) {
        DisputeCase c = current.get();
        if (c == null) {
            return;
        }
        if (locked.get()) {
            say(m.getString("disputes.locked"), true);
            return;
        }
        Optional<DisputeCase.Question> q = c.questions().stream().filter(x -> x.id().equals(id)).findFirst();
        if (q.isEmpty() || q.get().current().equals(value)) {
            return;
        }
        run(() -> disputes.answer(c, id, value, actor), next -> {
            show(next);
            say(MessageFormat.format(m.getString("disputes.answered"), ownerText(next)), false);
        });
    }

    // ---- 5 签字 ----

    /** 保存档案 (Alt+S): the case file; the command line's judge prints the same verdict from it. */
    public void save() {
        DisputeCase c = current.get();
        if (c == null) {
            return;
        }
        files.saveAs(m.getString("disputes.save.title"), "判客档案-" + c.phone() + "-" + c.question().format(DAY) + ".json")
                .ifPresent(f -> run(() -> {
                    disputes.save(c, f, actor);
                    return f;
                }, p -> say(MessageFormat.format(m.getString("disputes.saved"), p), false)));
    }

    /** 打印裁定书 (Alt+P): the one-page A4 verdict sheet (xlsx) with the sign-off names. */
    public void print() {
        DisputeCase c = current.get();
        if (c == null) {
            return;
        }
        SignOff s = signOff();
        files.saveAs(m.getString("disputes.print.title"), "裁定书-" + c.phone() + "-" + c.question().format(DAY) + ".xlsx")
                .ifPresent(f -> run(() -> {
                    disputes.print(c, s, f, actor, org.anchang.excel.VerdictSheet::write);
                    return f;
                }, p -> say(MessageFormat.format(m.getString("disputes.printed"), p), false)));
    }

    /** 记录裁定 (Alt+R): signed by the team lead, the clerk and this manager; final from then on (一判终身). */
    public void record() {
        if (!canRecord.get()) {
            say(locked.get() ? m.getString("disputes.locked") : m.getString("disputes.sign.missing"), true);
            return;
        }
        DisputeCase c = current.get();
        SignOff s = signOff();
        run(() -> disputes.record(c, s, actor), id -> {
            ruling.set(id);
            locked.set(true);
            loadNotes();
            say(MessageFormat.format(m.getString("disputes.recorded"), String.valueOf(id)), false);
        });
    }

    /** 加批注 (Alt+A): the only thing a recorded ruling takes. */
    public void annotate() {
        Long id = ruling.get();
        if (id == null) {
            say(m.getString("disputes.annotate.none"), true);
            return;
        }
        String text = note.get();
        run(() -> disputes.annotate(id, text, actor), n -> {
            note.set("");
            loadNotes();
            say(m.getString("disputes.annotated"), false);
        });
    }

    private void loadNotes() {
        Long id = ruling.get();
        if (id == null) {
            notes.clear();
            return;
        }
        run(() -> disputes.notes(id), list -> notes.setAll(list.stream().map(n -> n.at().toLocalDate() + " " + n.by() + ":" + n.text()).toList()));
    }

    private SignOff signOff() {
        return new SignOff(mediator.get() == null ? "" : mediator.get().id(), clerk.get() == null ? "" : clerk.get().id(), actor);
    }

    // ---- state ----

    private void show(DisputeCase c) {
        current.set(c);
        rows.setAll(c.rows());
        questions.setAll(c.questions());
        notices.setAll(c.notices());
        trail.setAll(c.verdict().trail());
        title.set(MessageFormat.format(m.getString("disputes.case.title"), c.rows().isEmpty() ? c.phone() : customerOf(c),
                c.parties().stream().map(Party::name).reduce((a, b) -> a + "、" + b).orElse(""), c.question().toLocalDate() + " "
                        + c.question().toLocalTime()));
        owner.set(ownerText(c));
        deals.set(dealsText(c));
        penalties.set(penaltiesText(c));
    }

    private static String customerOf(DisputeCase c) {
        return c.rows().stream().filter(r -> r.customer().endsWith(c.phone().substring(7))).map(DisputeCase.Row::customer).findFirst()
                .orElse(c.phone());
    }

    private String ownerText(DisputeCase c) {
        var o = c.verdict().owner();
        String who = o.who().map(w -> w.equals("POOL") ? m.getString("disputes.owner.pool") : c.verdict().nameOf(w)).orElse(m.getString("disputes.owner.nobody"));
        return who + (o.unlimited() ? m.getString("disputes.owner.unlimited")
                : o.until().map(u -> MessageFormat.format(m.getString("disputes.owner.until"), u.toLocalDate() + " " + u.toLocalTime())).orElse(""));
    }

    private String dealsText(DisputeCase c) {
        var v = c.verdict();
        if (v.deals().isEmpty()) {
            return m.getString("disputes.deals.none");
        }
        List<String> lines = new ArrayList<>();
        for (var d : v.deals()) {
            String shares = String.join("、", d.shares().entrySet().stream()
                    .map(e -> v.nameOf(e.getKey()) + " " + Math.round(e.getValue() * 1000) / 10.0 + "%").toList());
            lines.add(d.at().toLocalDate() + " " + d.at().toLocalTime() + " " + v.nameOf(d.by()) + " "
                    + m.getString(d.stage().equals("deposit") ? "disputes.deal.deposit" : "disputes.deal.contract") + ":" + shares
 + (d.pending() ? m.getString("disputes.deal.pending") : "")
                    + (c.phones().contains(d.phone()) ? "" : MessageFormat.format(m.getString("disputes.deal.referrer"), hide(d.phone()))) + "  [" + String.join(", ", d.rules().stream().map(r -> r.id()).toList()) + "]");
        }
        return String.join("\n", lines);
    }

    private static String hide(String phone) {
        return phone.length() == 11 ? phone.substring(0, 3) + "****" + phone.substring(7) : phone;
    }

    private String penaltiesText(DisputeCase c) {
        var v = c.verdict();
        if (v.penalties().isEmpty()) {
            return m.getString("disputes.penalties.none");
        }
        return String.join("\n", v.penalties().stream().map(p -> v.nameOf(p.consultant()) + ":" + p.text() + " [" + p.rule().id() + "]").toList());
    }

    private <T> void run(Callable<T> work, Consumer<T> done) {
        busy.set(true);
        runner.run(work, t -> {
            busy.set(false);
            done.accept(t);
        }, t -> {
            busy.set(false);
            // A refusal names the field in Chinese; anything else is said without a stack trace.
            say(MessageFormat.format(m.getString("disputes.failed"), t instanceof OfficeException ? t.getMessage()
                    : t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage())), true);
        });
    }

    private void say(String text, boolean bad) {
        message.set(text);
        error.set(bad);
    }

    // ---- properties ----

    public IntegerProperty stepProperty() {
        return step;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<Disputes.GroupHit> hits() {
        return hits;
    }

    public ObjectProperty<Disputes.GroupHit> selectedProperty() {
        return selected;
    }

    public ObservableList<Moment> moments() {
        return moments;
    }

    public ObjectProperty<Moment> momentProperty() {
        return moment;
    }

    public ObjectProperty<DisputeCase> currentProperty() {
        return current;
    }

    public ObservableList<DisputeCase.Row> rows() {
        return rows;
    }

    public ObservableList<DisputeCase.Question> questions() {
        return questions;
    }

    public ObservableList<DisputeCase.Notice> notices() {
        return notices;
    }

    public ObservableList<DisputeCase.WhatIf> whatIfs() {
        return whatIfs;
    }

    public ObservableList<TrailLine> trail() {
        return trail;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty ownerProperty() {
        return owner;
    }

    public StringProperty dealsProperty() {
        return deals;
    }

    public StringProperty penaltiesProperty() {
        return penalties;
    }

    public ObservableList<Party> mediators() {
        return mediators;
    }

    public ObservableList<Party> clerks() {
        return clerks;
    }

    public ObjectProperty<Party> mediatorProperty() {
        return mediator;
    }

    public ObjectProperty<Party> clerkProperty() {
        return clerk;
    }

    public String deciderName() {
        return actorName;
    }

    public ObjectProperty<Long> rulingProperty() {
        return ruling;
    }

    /** True once the case can no longer be changed: recorded now, or already ruled with nothing new. */
    public BooleanProperty lockedProperty() {
        return locked;
    }

    public ObservableList<String> notes() {
        return notes;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanBinding canNextProperty() {
        return canNext;
    }

    public BooleanBinding canRecordProperty() {
        return canRecord;
    }
}
