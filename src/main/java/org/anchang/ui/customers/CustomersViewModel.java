package org.anchang.ui.customers;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.anchang.office.CustomerFile;
import org.anchang.office.SignIn;
import org.anchang.rules.Grading;
import org.anchang.ui.shell.TaskRunner;

/**
 * The customer search and file (客户查询 · 客户档案): type-ahead search, then the file of the group picked. All
 * state is properties and lists of display rows; the work runs through {@link CustomerFile} on the runner, and
 * only the answer to the latest search or open is shown. No scene imports.
 */
public final class CustomersViewModel {

    /** A search result as the table shows it. */
    public record HitRow(String ref, String customer, String phone, String owner, String status, String match) {
    }

    /** A register row; {@code struck} when a correction or withdrawal replaced it (REG-5). */
    public record TimelineRow(long id, String time, String kind, String consultant, String customer, String phone, String details,
            String change, boolean struck) {
    }

    /** A line of the judge's trail: when, the rule id, what happened. */
    public record HistoryRow(String time, String rule, String text) {
    }

    /** A PROT-7 follow-up or a coming lapse. */
    public record FollowUpRow(String due, String rule, String text, boolean overdue) {
    }

    public record DealRow(String time, String by, String stage, String amount, String shares, String rules) {
    }

    public record GradeRow(String time, String by, String level, String score, String factors, String note) {
    }

    private final CustomerFile files;
    private final SignIn.Person user;
    private final TaskRunner runner;
    private final CustomerText text;
    private final GradeFormModel gradeForm;
    private long searches;
    private long opens;

    private final StringProperty query = new SimpleStringProperty("");
    private final StringProperty searchInfo = new SimpleStringProperty("");
    private final ObservableList<HitRow> hits = FXCollections.observableArrayList();
    private final ObjectProperty<CustomerFile.File> file = new SimpleObjectProperty<>();
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty phones = new SimpleStringProperty("");
    private final StringProperty owner = new SimpleStringProperty("");
    private final StringProperty protection = new SimpleStringProperty("");
    private final StringProperty stage = new SimpleStringProperty("");
    private final StringProperty grade = new SimpleStringProperty("");
    private final StringProperty masked = new SimpleStringProperty("");
    private final StringProperty collisions = new SimpleStringProperty("");
    private final BooleanProperty canGrade = new SimpleBooleanProperty();
    private final ObservableList<TimelineRow> timeline = FXCollections.observableArrayList();
    private final ObservableList<HistoryRow> history = FXCollections.observableArrayList();
    private final ObservableList<FollowUpRow> followUps = FXCollections.observableArrayList();
    private final ObservableList<DealRow> deals = FXCollections.observableArrayList();
    private final ObservableList<GradeRow> grades = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty error = new SimpleBooleanProperty();

    public CustomersViewModel(CustomerFile files, GradeFormModel gradeForm, SignIn.Person user, TaskRunner runner, ResourceBundle m) {
        this.files = files;
        this.gradeForm = gradeForm;
        this.user = user;
        this.runner = runner;
        this.text = new CustomerText(m);
        query.addListener((o, was, now) -> search());
        gradeForm.onSaved(() -> Optional.ofNullable(file.get()).ifPresent(f -> open(f.ref())));
    }

    // ---- commands -------------------------------------------------------------------------------------

    /** Searches for the query as typed (type-ahead); an answer that comes after a newer search is dropped. */
    public void search() {
        String q = query.get() == null ? "" : query.get().strip();
        long mine = ++searches;
        if (q.isEmpty()) {
            hits.clear();
            searchInfo.set("");
            return;
        }
        String digits = q.replace(" ", "").replace("-", "");
        if (digits.chars().allMatch(Character::isDigit) && digits.length() < 3) {
            hits.clear();
            searchInfo.set(text.t("customers.search.short"));
            return;
        }
        runner.run(() -> files.search(q, user), found -> {
            if (mine != searches) {
                return;
            }
            hits.setAll(found.hits().stream().map(this::row).toList());
            searchInfo.set(found.hits().isEmpty() ? text.t("customers.search.none", q) : found.truncated()
                    ? text.t("customers.search.truncated", CustomerFile.LIMIT) : text.t("customers.search.found", found.hits().size()));
        }, this::failed);
    }

    /** Opens the file of the group {@code ref} (a search hit's or a row of 我的客户). */
    public void open(String ref) {
        long mine = ++opens;
        busy.set(true);
        runner.run(() -> files.file(ref, user), f -> {
            if (mine != opens) {
                return;
            }
            busy.set(false);
            f.ifPresentOrElse(this::show, this::clear);
        }, this::failed);
    }

    /** Opens the grading form for the open file's customer (the 评分 button, Ctrl+G). */
    public void grade() {
        CustomerFile.File f = file.get();
        if (f != null && canGrade.get() && !gradeForm.openProperty().get()) {
            runner.run(files::grading, g -> gradeForm.open(f.ref(), title.get(), g), this::failed);
        }
    }

    // ---- showing --------------------------------------------------------------------------------------

    private HitRow row(CustomerFile.Hit h) {
        String names = h.members().stream().map(CustomerFile.Member::name).filter(n -> !n.isEmpty()).distinct()
                .collect(Collectors.joining("、"));
        String ph = h.members().stream().map(CustomerFile.Member::phone).collect(Collectors.joining(" / "));
        org.anchang.rules.Standing s = h.standing();
        String status = s.dealt() ? text.t("customers.hit.dealt")
                : s.owner().filter(org.anchang.rules.Owner.POOL::equals).isPresent() ? text.t("customers.hit.pool")
                : s.owner().isEmpty() ? text.t("customers.hit.free")
                : s.until().isEmpty() ? text.t("customers.hit.unlimited")
                : text.t("customers.hit.until", text.until(s.until().get(), lastDay(s).orElseThrow()));
        return new HitRow(h.ref(), names, ph, h.ownerName().orElse("—"), status, text.t("customers.match." + h.match().name()));
    }

    private static Optional<java.time.LocalDate> lastDay(org.anchang.rules.Standing s) {
        return s.until().map(u -> u.minusMinutes(1).toLocalDate());
    }

    private void show(CustomerFile.File f) {
        file.set(f);
        title.set(f.members().stream().map(CustomerFile.Member::name).filter(n -> !n.isEmpty()).distinct()
                .collect(Collectors.joining("、")));
        phones.set(f.members().stream().map(CustomerFile.Member::phone).collect(Collectors.joining("  ·  ")));
        owner.set(text.owner(f.standing(), f.ownerName()));
        protection.set(text.protection(f.standing(), f.lastDay(), f.daysLeft(), f.lastOwnerName()));
        stage.set(text.t("customers.file.stage", text.stage(f.stage())));
        grade.set(f.latestGrade().map(g -> text.t("customers.file.grade", text.level(g.result().level()), text.score(g.result().score())))
                .orElse(text.t("customers.file.gradeNone")));
        masked.set(f.wholePhones() ? "" : text.t("customers.file.masked"));
        collisions.set(f.collisions().isEmpty() ? "" : text.t("customers.file.collisions", String.join("、", f.collisions())));
        canGrade.set(user.oversees() || user.role().equals("consultant") && f.standing().owner().filter(user.id()::equals).isPresent());
        timeline.setAll(f.timeline().stream().map(i -> new TimelineRow(i.id(), text.fullTime(i.at()), text.kind(i.kind()), i.consultant(),
                i.customer(), i.phone(), text.facts(i.facts()), text.change(i), i.status() != CustomerFile.Status.STANDS)).toList());
        history.setAll(f.history().stream().map(l -> new HistoryRow(text.fullTime(l.at()), l.rule().id(), l.text())).toList());
        followUps.setAll(f.reminders().stream().map(r -> new FollowUpRow(text.time(r.due()), r.rule().id(), r.text(), r.overdue())).toList());
        deals.setAll(f.deals().stream().map(d -> new DealRow(text.fullTime(d.at()), d.by(), text.t("customers.deals.stage." + d.stage())
                + (d.pending() ? " · " + text.t("customers.deals.pending") : ""), d.amount().stripTrailingZeros().toPlainString(),
                shares(d.shares()), d.rules().stream().map(r -> r.id()).collect(Collectors.joining(" ")))).toList());
        grades.setAll(f.grades().stream().map(g -> new GradeRow(text.fullTime(g.at()), g.by(), text.level(g.result().level()),
                text.score(g.result().score()), factors(g.scores()), g.declined() ? text.t("customers.fact.declined")
                        + g.note().map(n -> " · " + n).orElse("") : g.note().orElse(""))).toList());
    }

    private void clear() {
        file.set(null);
        List.of(title, phones, owner, protection, stage, grade, masked, collisions).forEach(p -> p.set(""));
        canGrade.set(false);
        List.of(timeline, history, followUps, deals, grades).forEach(List::clear);
    }

    private static String shares(Map<String, Double> shares) {
        return shares.entrySet().stream().map(e -> e.getKey() + " " + Math.round(e.getValue() * 100) + "%").collect(Collectors.joining("、"));
    }

    private String factors(Map<Grading.Factor, Integer> scores) {
        return scores.entrySet().stream().map(e -> text.factor(e.getKey()) + " " + e.getValue()).collect(Collectors.joining(" · "));
    }

    private void failed(Throwable t) {
        busy.set(false);
        error.set(true);
        message.set(text.failure(t));
    }

    // ---- state ----------------------------------------------------------------------------------------

    public StringProperty queryProperty() {
        return query;
    }

    public StringProperty searchInfoProperty() {
        return searchInfo;
    }

    public ObservableList<HitRow> hits() {
        return hits;
    }

    public ObjectProperty<CustomerFile.File> fileProperty() {
        return file;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty phonesProperty() {
        return phones;
    }

    public StringProperty ownerProperty() {
        return owner;
    }

    public StringProperty protectionProperty() {
        return protection;
    }

    public StringProperty stageProperty() {
        return stage;
    }

    public StringProperty gradeProperty() {
        return grade;
    }

    public StringProperty maskedProperty() {
        return masked;
    }

    public StringProperty collisionsProperty() {
        return collisions;
    }

    public BooleanProperty canGradeProperty() {
        return canGrade;
    }

    public ObservableList<TimelineRow> timeline() {
        return timeline;
    }

    public ObservableList<HistoryRow> history() {
        return history;
    }

    public ObservableList<FollowUpRow> followUps() {
        return followUps;
    }

    public ObservableList<DealRow> deals() {
        return deals;
    }

    public ObservableList<GradeRow> grades() {
        return grades;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty errorProperty() {
        return error;
    }

    public GradeFormModel gradeForm() {
        return gradeForm;
    }

    CustomerText text() {
        return text;
    }
}
