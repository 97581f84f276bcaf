package org.anchang.office;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.anchang.board.BoardAction;
import org.anchang.board.BoardActionException;
import org.anchang.board.BoardDay;
import org.anchang.board.BoardState;
import org.anchang.board.WalkinType;
import org.anchang.board.io.BoardDayJson;
import org.anchang.store.AuditLog;
import org.jdbi.v3.core.Handle;

/**
 * The reception board's use cases (轮序看板): every click is one stored {@code board_action} row with its
 * audit row, written in one office transaction; the board is always the replay of the day's stored
 * rows. An undo is a row of its own that names the row it undoes; nothing is erased.
 */
public final class BoardDesk {

    /** How long after a click its desk may still take it back. */
    public static final Duration UNDO_WINDOW = Duration.ofMinutes(2);

    private static final Set<String> OVERSEERS = Set.of("supervisor", "manager");

    private final Office office;

    public BoardDesk(Office office) {
        this.office = office;
    }

    /** The board of {@code day}: the stored actions, undone ones skipped, replayed in the day's order. */
    public BoardState day(LocalDate day) {
        return office.read(h -> boardDay(h, day, live(rows(h, day))).replay());
    }

    /** Records {@code action} on {@code day} for {@code actor} and returns the board after it. */
    public BoardState act(LocalDate day, BoardAction action, String actor) {
        return office.write(h -> {
            String role = Staff.person(h, actor, "操作人");
            if (action instanceof BoardAction.Away w && !w.permitted() && !OVERSEERS.contains(role)) {
                // Marking someone away without leave costs them their turn (轮空): the floor's supervisor decides.
                throw new OfficeException("操作人", "「" + actor + "」无权登记擅自离岗(需要主管或经理)");
            }
            List<BoardAction> actions = new ArrayList<>(live(rows(h, day)));
            actions.add(action);
            BoardState after = replay(h, day, actions);
            LocalDateTime now = office.now();
            long id = insert(h, day, action, now, actor);
            AuditLog.append(h, now, actor, "board_action", id);
            return after;
        });
    }

    /**
     * Takes back the last action of {@code day} that is not undone yet: only within {@link #UNDO_WINDOW} of
     * its recording, and only by the desk user who recorded it unless {@code actor} is a supervisor or manager.
     */
    public BoardState undo(LocalDate day, String actor) {
        return office.write(h -> {
            String role = Staff.person(h, actor, "操作人");
            List<Row> rows = rows(h, day);
            Set<Long> undone = undone(rows);
            Row last = null;
            for (Row r : rows) {
                if (!r.kind().equals("undo") && !undone.contains(r.id())) {
                    last = r;
                }
            }
            if (last == null) {
                throw new OfficeException("撤销", "当天没有可撤销的操作");
            }
            LocalDateTime now = office.now();
            if (Duration.between(last.recordedAt(), now).compareTo(UNDO_WINDOW) > 0) {
                throw new OfficeException("撤销", "上一步操作(" + last.at() + ")已超过" + UNDO_WINDOW.toMinutes() + "分钟,不能撤销");
            }
            if (!last.recordedBy().equals(actor) && !OVERSEERS.contains(role)) {
                throw new OfficeException("撤销", "上一步操作由「" + last.recordedBy() + "」记录,只有本人或主管、经理可以撤销");
            }
            long id = h.createUpdate("INSERT INTO board_action(on_day, at, kind, undoes, recorded_at, recorded_by) "
                            + "VALUES (:d, :at, 'undo', :u, :ra, :rb)")
                    .bind("d", day).bind("at", now.toLocalTime()).bind("u", last.id()).bind("ra", now).bind("rb", actor)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            AuditLog.append(h, now, actor, "board_action", id);
            List<Row> after = new ArrayList<>(rows);
            after.add(new Row(id, now.toLocalTime(), "undo", null, null, null, null, null, null, last.id(), now, actor));
            return boardDay(h, day, live(after)).replay();
        });
    }

    /** Whether {@code day} has a rotation order (排班) to run a board on. */
    public boolean hasRoster(LocalDate day) {
        return office.read(h -> roster(h, day).isPresent());
    }

    /** Consultant id to name, for showing the board. */
    public Map<String, String> names() {
        return office.read(Office::names);
    }

    /** The project's name, or empty before the manager named it. */
    public Optional<String> project() {
        return office.read(h -> Settings.latest(h, Settings.PROJECT));
    }

    /** The person's role, or empty when {@code id} is not one of the office's people. */
    public Optional<String> role(String id) {
        return office.read(h -> h.createQuery("SELECT role FROM consultant WHERE id = :id").bind("id", id)
                .mapTo(String.class).findFirst());
    }

    /** The first person with one of {@code roles}, by id; the desk's user until sign-in lands. */
    public Optional<String> firstWithRole(String... roles) {
        return office.read(h -> h.createQuery("SELECT id, role FROM consultant ORDER BY id")
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2))).list()).stream()
                .filter(e -> Arrays.asList(roles).contains(e.getValue())).map(Map.Entry::getKey).findFirst();
    }

    /** Now on the office clock. */
    public LocalDateTime now() {
        return office.now();
    }

    /**
     * Refuses a new order for {@code day} (轮序) under which the day's stored clicks would no longer replay, or
     * would give an earlier walk-in to someone else: the board is the replay of the day in its latest order, so a
     * change of order must not rewrite who already received whom. A day without clicks takes any order.
     */
    static void checkNewOrder(Handle h, LocalDate day, List<String> order) {
        List<BoardAction> actions = live(rows(h, day));
        if (actions.isEmpty()) {
            return;
        }
        var rules = BoardDayJson.rulesOf(Office.policy(h));
        BoardState after;
        try {
            after = new BoardDay(day, order, rules, actions).replay();
        } catch (BoardActionException e) {
            throw new OfficeException("轮序", "今日看板已有操作,新顺序与之不符(" + refusal(e).getMessage() + ")");
        }
        Optional<List<String>> old = roster(h, day);
        if (old.isPresent() && !new BoardDay(day, old.get(), rules, actions).replay().assignments().equals(after.assignments())) {
            throw new OfficeException("轮序", "今日已按原顺序分配了来客,新顺序会改变已分配的接待;"
                    + "请只调整尚未轮到的顾问,或在看板上用暂离/返回");
        }
    }

    private BoardState replay(Handle h, LocalDate day, List<BoardAction> actions) {
        try {
            return boardDay(h, day, actions).replay();
        } catch (BoardActionException e) {
            throw refusal(e);
        }
    }

    private static OfficeException refusal(BoardActionException e) {
        String f = e.field();
        String leaf = f.substring(f.lastIndexOf('.') + 1);
        String field = switch (leaf) {
            case "who" -> "顾问";
            case "owner" -> "归属顾问";
            case "of" -> "复访的来客";
            case "at" -> "时间";
            default -> leaf.startsWith("order") ? "轮序" : leaf;
        };
        String reason = e.getMessage().substring(e.getMessage().indexOf(": ") + 2);
        return new OfficeException(field, reason);
    }

    private static BoardDay boardDay(Handle h, LocalDate day, List<BoardAction> actions) {
        List<String> order = roster(h, day)
                .orElseThrow(() -> new OfficeException("轮序", day + " 没有排轮序,请主管先排当日顺序"));
        try {
            return new BoardDay(day, order, BoardDayJson.rulesOf(Office.policy(h)), actions);
        } catch (BoardActionException e) {
            throw refusal(e);
        }
    }

    private static Optional<List<String>> roster(Handle h, LocalDate day) {
        return h.createQuery("SELECT day_order FROM roster WHERE on_day = :d ORDER BY id DESC LIMIT 1").bind("d", day)
                .mapTo(String.class).findFirst().map(s -> List.of(s.split(",")));
    }

    /** One stored row of {@code board_action}. */
    private record Row(long id, LocalTime at, String kind, String who, Boolean permitted, String walkinType,
            String owner, Integer of, Boolean freeOn, Long undoes, LocalDateTime recordedAt, String recordedBy) {

        BoardAction action() {
            return switch (kind) {
                case "checkin" -> new BoardAction.Checkin(at, who);
                case "away" -> new BoardAction.Away(at, who, Boolean.TRUE.equals(permitted));
                case "back" -> new BoardAction.Back(at, who);
                case "done" -> new BoardAction.Done(at, who);
                case "free" -> new BoardAction.Free(at, Boolean.TRUE.equals(freeOn));
                case "walkin" -> new BoardAction.Walkin(at, WalkinType.byCode(walkinType).orElseThrow(),
                        Optional.ofNullable(owner), of == null ? OptionalInt.empty() : OptionalInt.of(of),
                        Optional.ofNullable(who));
                case "reclaim" -> new BoardAction.Reclaim(at, of, owner);
                default -> throw new IllegalStateException("board_action #" + id + ": kind " + kind);
            };
        }
    }

    private static List<Row> rows(Handle h, LocalDate day) {
        return h.createQuery("SELECT * FROM board_action WHERE on_day = :d ORDER BY id").bind("d", day)
                .map((rs, ctx) -> new Row(rs.getLong("id"), rs.getObject("at", LocalTime.class), rs.getString("kind"),
                        rs.getString("who"), (Boolean) rs.getObject("permitted"), rs.getString("walkin_type"),
                        rs.getString("owner"), (Integer) rs.getObject("of_index"), (Boolean) rs.getObject("free_on"),
                        (Long) rs.getObject("undoes"), rs.getObject("recorded_at", LocalDateTime.class),
                        rs.getString("recorded_by")))
                .list();
    }

    private static Set<Long> undone(List<Row> rows) {
        Set<Long> undone = new HashSet<>();
        rows.stream().filter(r -> r.undoes() != null).forEach(r -> undone.add(r.undoes()));
        return undone;
    }

    /** The actions that count: undo rows and the rows they undo left out. */
    private static List<BoardAction> live(List<Row> rows) {
        Set<Long> undone = undone(rows);
        return rows.stream().filter(r -> !r.kind().equals("undo") && !undone.contains(r.id())).map(Row::action).toList();
    }

    private static long insert(Handle h, LocalDate day, BoardAction a, LocalDateTime now, String actor) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("kind", null);
        v.put("who", null);
        v.put("permitted", null);
        v.put("walkin_type", null);
        v.put("owner", null);
        v.put("of_index", null);
        v.put("free_on", null);
        if (a instanceof BoardAction.Checkin c) {
            v.put("kind", "checkin");
            v.put("who", c.who());
        } else if (a instanceof BoardAction.Away w) {
            v.put("kind", "away");
            v.put("who", w.who());
            v.put("permitted", w.permitted());
        } else if (a instanceof BoardAction.Back b) {
            v.put("kind", "back");
            v.put("who", b.who());
        } else if (a instanceof BoardAction.Done d) {
            v.put("kind", "done");
            v.put("who", d.who());
        } else if (a instanceof BoardAction.Free f) {
            v.put("kind", "free");
            v.put("free_on", f.on());
        } else if (a instanceof BoardAction.Walkin w) {
            v.put("kind", "walkin");
            v.put("who", w.who().orElse(null));
            v.put("walkin_type", w.type().code());
            v.put("owner", w.owner().orElse(null));
            v.put("of_index", w.of().isPresent() ? w.of().getAsInt() : null);
        } else if (a instanceof BoardAction.Reclaim r) {
            v.put("kind", "reclaim");
            v.put("owner", r.owner());
            v.put("of_index", r.of());
        }
        var update = h.createUpdate("INSERT INTO board_action(on_day, at, kind, who, permitted, walkin_type, owner, of_index, "
                        + "free_on, recorded_at, recorded_by) VALUES (:d, :at, :kind, :who, :permitted, :walkin_type, :owner, "
                        + ":of_index, :free_on, :ra, :rb)")
                .bind("d", day).bind("at", a.at()).bind("ra", now).bind("rb", actor);
        v.forEach((k, val) -> {
            if (val instanceof Boolean b) {
                update.bind(k, b);
            } else if (val instanceof Integer i) {
                update.bind(k, i);
            } else {
                update.bind(k, (String) val);
            }
        });
        return update.executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }
}
