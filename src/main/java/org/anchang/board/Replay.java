package org.anchang.board;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Applies a day's actions one by one. State actions that do not fit the consultant's state (a
 * {@code done} of someone not receiving, a second {@code checkin}) change nothing and say so in the
 * log: a stored day must always replay, and the log shows the oddity to the manager.
 */
final class Replay {

    private final BoardDay day;
    private final Floor floor;
    private final Reception reception;
    private final List<Assignment> assignments = new ArrayList<>();
    private final List<LogEntry> log = new ArrayList<>();
    private boolean freeReception;

    Replay(BoardDay day) {
        this.day = day;
        this.floor = new Floor(day.order(), day.rules());
        this.reception = new Reception(floor, day.rules());
    }

    BoardState run() {
        List<BoardAction> actions = day.actions();
        for (int i = 0; i < actions.size(); i++) {
            BoardAction a = actions.get(i);
            String what = apply(i, a);
            List<String> notes = floor.drainNotes();
            String note = notes.isEmpty() ? what : what + ";" + String.join(";", notes);
            log.add(new LogEntry(i, a.at(), a, note));
        }
        List<Assignment> byIndex = new ArrayList<>(assignments);
        byIndex.sort(Comparator.comparingInt(Assignment::index));
        return new BoardState(day.date(), day.order(), day.rules(), floor.pointer(), floor.states(),
                floor.credits(), floor.earned(), reception.waiting(), byIndex, floor.tally(), freeReception,
                log, floor.peekNext());
    }

    private String apply(int index, BoardAction action) {
        if (action instanceof BoardAction.Checkin c) {
            if (!(floor.state(c.who()) instanceof ConsultantState.Off)) {
                return c.who() + " 已签到,忽略";
            }
            floor.set(c.who(), ConsultantState.FREE);
            freed(c.who(), c);
            return c.who() + " 签到";
        } else if (action instanceof BoardAction.Away a) {
            ConsultantState s = floor.state(a.who());
            if (s instanceof ConsultantState.Off) {
                return a.who() + " 未签到,离开忽略";
            }
            // Leaving ends a reception the desk forgot to close: one state per consultant.
            floor.set(a.who(), a.permitted() ? new ConsultantState.OnLeave(a.at())
                    : new ConsultantState.AwayWithoutLeave(a.at()));
            return a.who() + (a.permitted() ? " 请假离开" : " 擅自离岗");
        } else if (action instanceof BoardAction.Back b) {
            ConsultantState s = floor.state(b.who());
            if (!(s instanceof ConsultantState.OnLeave || s instanceof ConsultantState.AwayWithoutLeave)) {
                return b.who() + " 未离开,返回忽略";
            }
            floor.set(b.who(), ConsultantState.FREE);
            freed(b.who(), b);
            return b.who() + " 返回";
        } else if (action instanceof BoardAction.Done d) {
            if (!(floor.state(d.who()) instanceof ConsultantState.Receiving)) {
                return d.who() + " 未在接待,结束忽略";
            }
            floor.set(d.who(), ConsultantState.FREE);
            freed(d.who(), d);
            return d.who() + " 接待结束";
        } else if (action instanceof BoardAction.Free f) {
            freeReception = f.on();
            return f.on() ? "自由接待开始(ROT-10)" : "自由接待结束";
        } else if (action instanceof BoardAction.Walkin w) {
            reception.arrive(index, w).ifPresent(assignments::add);
            return "来客(" + w.type().code() + ")";
        } else if (action instanceof BoardAction.Reclaim r) {
            Optional<String> receiver = reception.receiverOf(r.of());
            Optional<Assignment> a = reception.reclaim(index, r);
            a.ifPresent(assignments::add);
            // The receiver is free again: a waiting group is theirs (ROT-16 frees them like a done).
            if (a.isPresent() && receiver.isPresent()) {
                freed(receiver.get(), r);
            }
            return r.owner() + " 认回第" + r.of() + "条";
        }
        throw new IllegalStateException("unknown action " + action);
    }

    private void freed(String who, BoardAction action) {
        reception.onFree(who, action.at()).ifPresent(assignments::add);
    }
}
