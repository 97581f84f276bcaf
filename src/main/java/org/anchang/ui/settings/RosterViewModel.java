package org.anchang.ui.settings;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.anchang.office.Office;
import org.anchang.office.Staff;
import org.anchang.ui.shell.TaskRunner;

/**
 * 轮序: a day's rotation order (排班). The order is edited here — moved by drag or Alt+↑/↓, consultants added from
 * those not on duty or taken off — and saved as one new roster row ({@link Staff#setRoster}); the board replays the
 * day in the newest order. The office refuses an order that would give an earlier walk-in of that day to someone else.
 */
public final class RosterViewModel extends Section {

    private static final Set<String> ON_DUTY_ROLES = Set.of("consultant", "supervisor");

    private final Office office;
    private final String actor;
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
    private final ObservableList<Staff.Member> order = FXCollections.observableArrayList();
    private final ObservableList<Staff.Member> available = FXCollections.observableArrayList();
    private List<Staff.Member> people = List.of();
    private List<String> stored = List.of();

    public RosterViewModel(Office office, String actor, LocalDate day, ResourceBundle m, TaskRunner runner) {
        super(m, runner);
        this.office = office;
        this.actor = actor;
        this.day.set(day);
        this.day.addListener((o, was, now) -> load());
    }

    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    /** The day's order as edited. */
    public ObservableList<Staff.Member> order() {
        return order;
    }

    /** Consultants (and supervisors) not in the order, who can be added. */
    public ObservableList<Staff.Member> available() {
        return available;
    }

    /** Whether the order on screen differs from the stored one. */
    public boolean changed() {
        return !ids().equals(stored);
    }

    private record Stored(List<Staff.Member> all, Optional<List<String>> roster) {
    }

    @Override
    public void load() {
        LocalDate d = day.get();
        Staff staff = new Staff(office);
        work(() -> new Stored(staff.people(), staff.roster(d)), r -> {
            people = r.all().stream().filter(p -> ON_DUTY_ROLES.contains(p.role())).toList();
            stored = r.roster().orElse(List.of());
            order.setAll(stored.stream().map(id -> people.stream().filter(p -> p.id().equals(id)).findFirst()
                    .orElse(new Staff.Member(id, id, "consultant"))).toList());
            refreshAvailable();
            say(false, r.roster().isPresent() ? "" : java.text.MessageFormat.format(m.getString("settings.roster.none"), d));
        });
    }

    /** Moves the consultant at {@code from} to {@code to} (drag and drop); returns where it is now. */
    public int move(int from, int to) {
        if (from < 0 || from >= order.size()) {
            return from;
        }
        int target = Math.max(0, Math.min(order.size() - 1, to));
        if (target != from) {
            Staff.Member m = order.remove(from);
            order.add(target, m);
        }
        return target;
    }

    /** Alt+↑: one place earlier. */
    public int moveUp(int index) {
        return move(index, index - 1);
    }

    /** Alt+↓: one place later. */
    public int moveDown(int index) {
        return move(index, index + 1);
    }

    /** Puts a consultant on duty, at the end of the order. */
    public void add(Staff.Member member) {
        if (member != null && order.stream().noneMatch(p -> p.id().equals(member.id()))) {
            order.add(member);
            refreshAvailable();
        }
    }

    /** Takes the consultant at {@code index} off the day. */
    public void remove(int index) {
        if (index >= 0 && index < order.size()) {
            order.remove(index);
            refreshAvailable();
        }
    }

    private void refreshAvailable() {
        available.setAll(people.stream().filter(p -> order.stream().noneMatch(o -> o.id().equals(p.id()))).toList());
    }

    private List<String> ids() {
        return order.stream().map(Staff.Member::id).toList();
    }

    @Override
    public void save() {
        LocalDate d = day.get();
        List<String> ids = ids();
        if (ids.equals(stored)) {
            say(false, m.getString("settings.unchanged"));
            return;
        }
        work(() -> {
            new Staff(office).setRoster(d, ids, actor);
            return new Staff(office).roster(d).orElse(List.of());
        }, now -> {
            stored = now;
            saved("settings.roster.saved", d, String.join("、", order.stream().map(Staff.Member::name).toList()));
        });
    }
}
