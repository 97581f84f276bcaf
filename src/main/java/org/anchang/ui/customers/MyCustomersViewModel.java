package org.anchang.ui.customers;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.anchang.office.CustomerFile;
import org.anchang.office.CustomerFile.Flag;
import org.anchang.office.SignIn;
import org.anchang.ui.shell.Dialogs.Choice;
import org.anchang.ui.shell.TaskRunner;

/**
 * 我的客户: a consultant's own customers now, with the follow-up due (PROT-7), the days left, the stage and the
 * grade; filtered by what needs doing. A supervisor, the clerk or the manager picks the consultant. No scene imports.
 */
public final class MyCustomersViewModel {

    /** The filters, in the order of the buttons. */
    public enum Filter { ALL, DUE_TODAY, LAPSING, PROTECTED, DEALT }

    /**
     * One customer group. {@code left} sorts the days left (unlimited and dealt last); {@code dueSort} the next
     * follow-up (none last); {@code status} names the most urgent flag.
     */
    public record MineRow(String ref, String customer, String phone, String stage, String grade, String until, long left,
            String leftText, long dueSort, String due, boolean overdue, String status, Set<Flag> flags) {
    }

    private final CustomerFile files;
    private final SignIn.Person user;
    private final TaskRunner runner;
    private final CustomerText text;
    private List<MineRow> all = List.of();
    private long loads;
    /** Whether the consultants to pick from have been read (an office may have none). */
    private boolean picked;

    private final ObservableList<Choice> consultants = FXCollections.observableArrayList();
    private final StringProperty consultant = new SimpleStringProperty();
    private final BooleanProperty canPick = new SimpleBooleanProperty();
    private final ObjectProperty<Filter> filter = new SimpleObjectProperty<>(Filter.ALL);
    private final Map<Filter, StringProperty> labels = new EnumMap<>(Filter.class);
    private final ObservableList<MineRow> rows = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");

    public MyCustomersViewModel(CustomerFile files, SignIn.Person user, TaskRunner runner, ResourceBundle m) {
        this.files = files;
        this.user = user;
        this.runner = runner;
        this.text = new CustomerText(m);
        for (Filter f : Filter.values()) {
            labels.put(f, new SimpleStringProperty(text.t("customers.mine.filter." + f.name(), 0)));
        }
        canPick.set(!user.role().equals("consultant"));
        filter.addListener((o, a, b) -> show());
        consultant.addListener((o, a, b) -> load());
    }

    /** Reads the list (for a consultant, their own; otherwise the picked consultant's, the first one at start). */
    public void load() {
        if (!canPick.get()) {
            if (!user.id().equals(consultant.get())) {
                consultant.set(user.id());   // the listener loads
                return;
            }
        } else if (!picked) {
            runner.run(files::consultants, people -> {
                picked = true;
                consultants.setAll(people.stream().map(p -> new Choice(p.id(), p.name())).toList());
                if (!consultants.isEmpty() && consultant.get() == null) {
                    consultant.set(consultants.get(0).id());   // the listener loads
                } else {
                    load();
                }
            }, this::failed);
            return;
        }
        String who = consultant.get();
        if (who == null) {
            return;
        }
        long mine = ++loads;
        busy.set(true);
        runner.run(() -> files.mine(who, user), list -> {
            if (mine != loads) {
                return;
            }
            busy.set(false);
            message.set(text.t("customers.mine.count", list.size()));
            all = list.stream().map(this::row).sorted(URGENT_FIRST).toList();
            show();
        }, this::failed);
    }

    /** The list's own order: what is due or lapsing first, then by days left and the next follow-up. */
    static final java.util.Comparator<MineRow> URGENT_FIRST = java.util.Comparator
            .comparingInt((MineRow r) -> r.flags().contains(Flag.DUE_TODAY) ? 0 : r.flags().contains(Flag.LAPSING) ? 1
                    : r.flags().contains(Flag.DEALT) ? 3 : 2)
            .thenComparingLong(MineRow::left).thenComparingLong(MineRow::dueSort).thenComparing(MineRow::ref);

    private MineRow row(CustomerFile.Row r) {
        String until = r.standing().dealt() ? text.t("customers.mine.dealt")
                : r.standing().until().map(u -> text.until(u, r.lastDay().orElseThrow())).orElse(text.t("customers.mine.unlimited"));
        long left = r.daysLeft().orElse(Long.MAX_VALUE);
        String due = r.due().map(d -> d.overdue() ? text.t("customers.mine.overdue", text.time(d.due())) : text.time(d.due())).orElse("");
        long dueSort = r.due().map(d -> d.due().toLocalDate().toEpochDay() * 1440 + d.due().toLocalTime().toSecondOfDay() / 60)
                .orElse(Long.MAX_VALUE);
        String status = List.of(Flag.DUE_TODAY, Flag.LAPSING, Flag.DEALT, Flag.PROTECTED).stream().filter(r.flags()::contains)
                .map(f -> text.t("customers.mine.status." + f.name())).findFirst().orElse("");
        return new MineRow(r.ref(), r.name(), r.phone(), text.stage(r.stage()), r.grade().map(text::level).orElse("—"), until, left,
                r.daysLeft().map(String::valueOf).orElse("—"), dueSort, due, r.due().map(d -> d.overdue()).orElse(false), status, r.flags());
    }

    private void show() {
        Map<Filter, Integer> counts = new EnumMap<>(Filter.class);
        List<MineRow> shown = new ArrayList<>();
        for (Filter f : Filter.values()) {
            counts.put(f, 0);
        }
        for (MineRow r : all) {
            for (Filter f : Filter.values()) {
                if (passes(r, f)) {
                    counts.merge(f, 1, Integer::sum);
                }
            }
            if (passes(r, filter.get())) {
                shown.add(r);
            }
        }
        counts.forEach((f, n) -> labels.get(f).set(text.t("customers.mine.filter." + f.name(), n)));
        rows.setAll(shown);
    }

    private static boolean passes(MineRow r, Filter f) {
        return f == Filter.ALL || r.flags().contains(Flag.valueOf(f.name()));
    }

    private void failed(Throwable t) {
        busy.set(false);
        message.set(text.failure(t));
    }

    // ---- state ----------------------------------------------------------------------------------------

    public ObservableList<Choice> consultants() {
        return consultants;
    }

    public StringProperty consultantProperty() {
        return consultant;
    }

    public BooleanProperty canPickProperty() {
        return canPick;
    }

    public ObjectProperty<Filter> filterProperty() {
        return filter;
    }

    public StringProperty labelProperty(Filter f) {
        return labels.get(f);
    }

    public ObservableList<MineRow> rows() {
        return rows;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
