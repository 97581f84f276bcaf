package org.anchang.ui.board;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.anchang.board.Assignment;
import org.anchang.board.BoardAction;
import org.anchang.board.BoardState;
import org.anchang.board.ConsultantState;
import org.anchang.board.Tally;
import org.anchang.board.WalkinType;
import org.anchang.office.BoardDesk;
import org.anchang.office.OfficeException;
import org.anchang.ui.shell.Dialogs;
import org.anchang.ui.shell.Dialogs.Choice;
import org.anchang.ui.shell.TaskRunner;

/**
 * The board screen's state and commands (轮序看板). Every command is stored through {@link BoardDesk}
 * off the JavaFX thread; the screen changes only when the stored board comes back. No scene imports.
 */
public final class BoardViewModel {

    /** One consultant's card. {@code state} is the style key: free, receiving, leave, away, off. */
    public record Card(String id, String name, String state, String stateText, int credits, int turns,
            boolean phoneDuty, boolean next, boolean selected) {
    }

    /** One consultant's bar in the day panel. */
    public record DayBar(String name, int turns, int makeups, int passes) {
    }

    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HH:mm");

    private final BoardDesk desk;
    private final LocalDate day;
    private final String actor;
    private final TaskRunner runner;
    private final Dialogs dialogs;
    private final ResourceBundle m;
    private Map<String, String> names = Map.of();

    private final ObjectProperty<BoardState> state = new SimpleObjectProperty<>();
    private final ObservableList<Card> cards = FXCollections.observableArrayList();
    private final ObservableList<DayBar> bars = FXCollections.observableArrayList();
    private final StringProperty banner = new SimpleStringProperty("");
    private final StringProperty waiting = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty selected = new SimpleStringProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty freeReception = new SimpleBooleanProperty();
    private final BooleanProperty error = new SimpleBooleanProperty();
    private final BooleanProperty week = new SimpleBooleanProperty();
    /** The tallies of the week's earlier days (Monday up to the day before), summed per consultant. */
    private Map<String, Tally> earlierThisWeek = Map.of();
    private java.util.function.Consumer<Assignment> onWalkin = x -> { };

    public BoardViewModel(BoardDesk desk, LocalDate day, String actor, TaskRunner runner, Dialogs dialogs,
            ResourceBundle messages) {
        this.desk = desk;
        this.day = day;
        this.actor = actor;
        this.runner = runner;
        this.dialogs = dialogs;
        this.m = messages;
        selected.addListener((o, a, b) -> show(state.get()));
        week.addListener((o, a, b) -> show(state.get()));
    }

    /** Reads the stored day (the board after a restart is the replay of what was stored). */
    public void load() {
        busy.set(true);
        runner.run(() -> {
            Map<String, String> n = desk.names();
            return new Loaded(n, earlierThisWeek(), desk.day(day));
        }, r -> {
            names = r.names();
            earlierThisWeek = r.earlier();
            busy.set(false);
            show(r.today());
        }, this::failed);
    }

    private record Loaded(Map<String, String> names, Map<String, Tally> earlier, BoardState today) {
    }

    /** Replays the week's earlier days (ISO week, Monday first) that had a roster and sums their tallies. */
    private Map<String, Tally> earlierThisWeek() {
        Map<String, Tally> sum = new java.util.LinkedHashMap<>();
        for (LocalDate d = day.with(java.time.DayOfWeek.MONDAY); d.isBefore(day); d = d.plusDays(1)) {
            if (desk.hasRoster(d)) {
                desk.day(d).tally().forEach((c, t) -> sum.merge(c, t, BoardViewModel::plus));
            }
        }
        return sum;
    }

    private static Tally plus(Tally a, Tally b) {
        return new Tally(a.turns() + b.turns(), a.makeups() + b.makeups(), a.passes() + b.passes(), b.creditsLeft());
    }

    /** The day panel shows today (false) or this week up to today (true). */
    public BooleanProperty weekProperty() {
        return week;
    }

    // ---- commands -------------------------------------------------------------------------------------

    /** 来客 (F1): rotation assigns; on a free-reception day the desk picks who takes the group. */
    public void walkin() {
        if (freeReception.get()) {
            pick(m.getString("board.pick.taker"), this::isFree)
                    .ifPresent(who -> act(at -> BoardAction.Walkin.takenBy(at, who), "board.done.walkin"));
        } else {
            act(BoardAction.Walkin::newGroup, "board.done.walkin");
        }
    }

    /** 老客户 (F2): the owner receives, or the last in rotation helps. */
    public void walkinOld() {
        pick(m.getString("board.pick.owner"), c -> true)
                .ifPresent(o -> act(at -> BoardAction.Walkin.owned(at, WalkinType.OLD, o), "board.done.walkin"));
    }

    /** 预约 (Shift+F2). */
    public void walkinAppointment() {
        pick(m.getString("board.pick.owner"), c -> true)
                .ifPresent(o -> act(at -> BoardAction.Walkin.owned(at, WalkinType.APPOINTMENT, o), "board.done.walkin"));
    }

    /** 非客户 (F3). */
    public void nonbuyer() {
        act(at -> BoardAction.Walkin.of(at, WalkinType.NONBUYER), "board.done.walkin");
    }

    /** 关系户 (Shift+F3): a developer-relation group, the last in rotation, not counted (ROT-14). */
    public void relation() {
        act(at -> BoardAction.Walkin.of(at, WalkinType.RELATION), "board.done.walkin");
    }

    /** 认回 (Shift+F5): the owner takes over a group received by another; the receiver is made up (ROT-16). */
    public void reclaim() {
        BoardState s = state.get();
        if (s == null) {
            return;
        }
        List<Choice> groups = new ArrayList<>();
        for (Assignment a : s.assignments()) {
            if (a.to().isPresent() && s.log().get(a.index()).action() instanceof BoardAction.Walkin) {
                groups.add(new Choice(String.valueOf(a.index()), MessageFormat.format(m.getString("board.pick.group"),
                        a.index(), HHMM.format(a.at()), name(a.to().get()))));
            }
        }
        Optional<String> of = dialogs.choose(m.getString("board.pick.reclaim"), groups);
        if (of.isEmpty()) {
            return;
        }
        pick(m.getString("board.pick.owner"), this::isFree).ifPresent(owner -> act(
                at -> new BoardAction.Reclaim(at, Integer.parseInt(of.get()), owner), "board.done.reclaim"));
    }

    /** 只取资料 (F4). */
    public void brochure() {
        act(at -> BoardAction.Walkin.of(at, WalkinType.BROCHURE), "board.done.walkin");
    }

    /** 同日复访 (F5): pick the earlier group. */
    public void repeat() {
        BoardState s = state.get();
        if (s == null) {
            return;
        }
        List<Choice> choices = new ArrayList<>();
        for (Assignment a : s.assignments()) {
            choices.add(new Choice(String.valueOf(a.index()), MessageFormat.format(m.getString("board.pick.group"),
                    a.index(), HHMM.format(a.at()), a.to().map(this::name).orElse(m.getString("board.nobody")))));
        }
        dialogs.choose(m.getString("board.pick.repeat"), choices)
                .ifPresent(i -> act(at -> BoardAction.Walkin.repeat(at, Integer.parseInt(i)), "board.done.walkin"));
    }

    /** 接待结束 (F6). */
    public void done() {
        pick(m.getString("board.pick.done"), c -> c instanceof ConsultantState.Receiving)
                .ifPresent(w -> act(at -> new BoardAction.Done(at, w), "board.done.done"));
    }

    /** 暂离 with the supervisor's leave (F7). */
    public void awayWithLeave() {
        pick(m.getString("board.pick.away"), this::onFloor)
                .ifPresent(w -> act(at -> new BoardAction.Away(at, w, true), "board.done.away"));
    }

    /** 离岗 without leave (Shift+F7). */
    public void awayWithoutLeave() {
        pick(m.getString("board.pick.away"), this::onFloor)
                .ifPresent(w -> act(at -> new BoardAction.Away(at, w, false), "board.done.away"));
    }

    /** 返回 (F8). */
    public void back() {
        pick(m.getString("board.pick.back"),
                c -> c instanceof ConsultantState.OnLeave || c instanceof ConsultantState.AwayWithoutLeave)
                .ifPresent(w -> act(at -> new BoardAction.Back(at, w), "board.done.back"));
    }

    /** 签到 (F9). */
    public void checkin() {
        pick(m.getString("board.pick.checkin"), c -> c instanceof ConsultantState.Off)
                .ifPresent(w -> act(at -> new BoardAction.Checkin(at, w), "board.done.checkin"));
    }

    /** 自由接待 on/off (F10). */
    public void toggleFree() {
        boolean on = !freeReception.get();
        act(at -> new BoardAction.Free(at, on), on ? "board.done.freeOn" : "board.done.freeOff");
    }

    /** 撤销 (Ctrl+Z): the last action, within two minutes. */
    public void undo() {
        busy.set(true);
        runner.run(() -> desk.undo(day, actor), s -> {
            busy.set(false);
            show(s);
            say(m.getString("board.done.undo"), false);
        }, this::failed);
    }

    /** Selects a card (a click); the next command that needs a consultant takes the selected one if it fits. */
    public void select(String id) {
        selected.set(id == null || id.equals(selected.get()) ? null : id);
    }

    // ---- plumbing -------------------------------------------------------------------------------------

    private void act(Function<LocalTime, BoardAction> action, String doneKey) {
        busy.set(true);
        BoardAction a = action.apply(at());
        runner.run(() -> desk.act(day, a, actor), s -> {
            busy.set(false);
            selected.set(null);
            show(s);
            say(m.getString(doneKey), false);
            if (a instanceof BoardAction.Walkin && !s.assignments().isEmpty()) {
                onWalkin.accept(s.assignments().get(s.assignments().size() - 1));
            }
        }, this::failed);
    }

    /**
     * What to do once a walk-in is stored and assigned (the desk opens the quick visit form for the taker);
     * nothing by default.
     */
    public void setOnWalkin(java.util.function.Consumer<Assignment> then) {
        this.onWalkin = then == null ? x -> { } : then;
    }

    /** The wall clock to the minute, never before the day's last action (a replay needs times in order). */
    private LocalTime at() {
        LocalTime now = desk.now().toLocalTime().truncatedTo(ChronoUnit.MINUTES);
        BoardState s = state.get();
        if (s != null && !s.log().isEmpty()) {
            LocalTime last = s.log().get(s.log().size() - 1).at();
            return now.isBefore(last) ? last : now;
        }
        return now;
    }

    private Optional<String> pick(String title, Predicate<ConsultantState> fits) {
        BoardState s = state.get();
        if (s == null) {
            return Optional.empty();
        }
        String sel = selected.get();
        if (sel != null && fits.test(s.states().get(sel))) {
            return Optional.of(sel);
        }
        List<Choice> choices = s.order().stream().filter(c -> fits.test(s.states().get(c)))
                .map(c -> new Choice(c, name(c) + " · " + stateText(s.states().get(c)))).toList();
        if (choices.isEmpty()) {
            say(MessageFormat.format(m.getString("board.pick.none"), title), true);
            return Optional.empty();
        }
        return dialogs.choose(title, choices);
    }

    private boolean isFree(ConsultantState c) {
        return c instanceof ConsultantState.Free;
    }

    private boolean onFloor(ConsultantState c) {
        return c instanceof ConsultantState.Free || c instanceof ConsultantState.Receiving;
    }

    private void failed(Throwable t) {
        busy.set(false);
        String why = t instanceof OfficeException ? t.getMessage() : t.getClass().getSimpleName() + ": " + t.getMessage();
        say(MessageFormat.format(m.getString("board.failed"), why), true);
    }

    private void say(String text, boolean isError) {
        message.set(text);
        error.set(isError);
    }

    private String name(String id) {
        return names.getOrDefault(id, id);
    }

    private String stateText(ConsultantState c) {
        if (c instanceof ConsultantState.Receiving r) {
            return MessageFormat.format(m.getString("board.state.receiving"), HHMM.format(r.since()));
        }
        if (c instanceof ConsultantState.OnLeave l) {
            return MessageFormat.format(m.getString("board.state.leave"), HHMM.format(l.since()));
        }
        if (c instanceof ConsultantState.AwayWithoutLeave a) {
            return MessageFormat.format(m.getString("board.state.away"), HHMM.format(a.since()));
        }
        return m.getString(c instanceof ConsultantState.Free ? "board.state.free" : "board.state.off");
    }

    private static String styleKey(ConsultantState c) {
        if (c instanceof ConsultantState.Receiving) {
            return "receiving";
        }
        if (c instanceof ConsultantState.OnLeave) {
            return "leave";
        }
        if (c instanceof ConsultantState.AwayWithoutLeave) {
            return "away";
        }
        return c instanceof ConsultantState.Free ? "free" : "off";
    }

    private void show(BoardState s) {
        if (s == null) {
            return;
        }
        state.set(s);
        freeReception.set(s.freeReception());
        String phone = s.phoneDuty().orElse(null);
        String next = s.next().orElse(null);
        List<Card> list = new ArrayList<>();
        List<DayBar> barList = new ArrayList<>();
        for (String c : s.order()) {
            ConsultantState cs = s.states().get(c);
            Tally t = s.tally().getOrDefault(c, new Tally(0, 0, 0, 0));
            list.add(new Card(c, name(c), styleKey(cs), stateText(cs), t.creditsLeft(), t.turns(), c.equals(phone),
                    c.equals(next) && !s.freeReception(), c.equals(selected.get())));
            Tally shown = week.get() ? plus(earlierThisWeek.getOrDefault(c, new Tally(0, 0, 0, 0)), t) : t;
            barList.add(new DayBar(name(c), shown.turns(), shown.makeups(), shown.passes()));
        }
        if (week.get()) {
            // Who worked earlier this week but is not on today's roster still has their bar.
            earlierThisWeek.forEach((c, t) -> {
                if (!s.order().contains(c)) {
                    barList.add(new DayBar(name(c), t.turns(), t.makeups(), t.passes()));
                }
            });
        }
        cards.setAll(list);
        bars.setAll(barList);
        if (s.freeReception()) {
            banner.set(m.getString("board.banner.free"));
        } else {
            banner.set(next != null ? MessageFormat.format(m.getString("board.banner.next"), name(next))
                    : m.getString("board.banner.nobody"));
        }
        waiting.set(s.waiting().isEmpty() ? "" : MessageFormat.format(m.getString("board.waiting"), s.waiting().size()));
    }

    public ObjectProperty<BoardState> stateProperty() {
        return state;
    }

    public ObservableList<Card> cards() {
        return cards;
    }

    public ObservableList<DayBar> bars() {
        return bars;
    }

    public StringProperty bannerProperty() {
        return banner;
    }

    public StringProperty waitingProperty() {
        return waiting;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty errorProperty() {
        return error;
    }

    public StringProperty selectedProperty() {
        return selected;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanProperty freeReceptionProperty() {
        return freeReception;
    }

    public LocalDate day() {
        return day;
    }

    public String actor() {
        return actor;
    }
}
