package org.anchang.board;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Writes a board day for tests, one action a minute from 09:00, so tests read like the desk. */
final class DayScript {

    private final List<String> order;
    private BoardRules rules = BoardRules.SALES_DEPT;
    private final List<BoardAction> actions = new ArrayList<>();

    private DayScript(List<String> order) {
        this.order = order;
    }

    static DayScript of(String... order) {
        return new DayScript(Arrays.asList(order));
    }

    static BoardRules rules(BoardRules.AwayWithoutLeave away, BoardRules.Nonbuyer nonbuyer) {
        return new BoardRules(away, nonbuyer);
    }

    DayScript with(BoardRules r) {
        this.rules = r;
        return this;
    }

    private LocalTime now() {
        return LocalTime.of(9, 0).plusMinutes(actions.size());
    }

    private DayScript add(BoardAction a) {
        actions.add(a);
        return this;
    }

    DayScript checkin(String... who) {
        for (String w : who) {
            add(new BoardAction.Checkin(now(), w));
        }
        return this;
    }

    DayScript away(String who, boolean permitted) {
        return add(new BoardAction.Away(now(), who, permitted));
    }

    DayScript back(String who) {
        return add(new BoardAction.Back(now(), who));
    }

    DayScript done(String... who) {
        for (String w : who) {
            add(new BoardAction.Done(now(), w));
        }
        return this;
    }

    DayScript walkin() {
        return add(BoardAction.Walkin.newGroup(now()));
    }

    DayScript walkins(int n) {
        for (int i = 0; i < n; i++) {
            walkin();
        }
        return this;
    }

    DayScript walkin(WalkinType type) {
        return add(BoardAction.Walkin.of(now(), type));
    }

    DayScript old(String owner) {
        return add(BoardAction.Walkin.owned(now(), WalkinType.OLD, owner));
    }

    DayScript appointment(String owner) {
        return add(BoardAction.Walkin.owned(now(), WalkinType.APPOINTMENT, owner));
    }

    DayScript repeat(int of) {
        return add(BoardAction.Walkin.repeat(now(), of));
    }

    DayScript takenBy(String who, WalkinType type) {
        return add(new BoardAction.Walkin(now(), type, Optional.empty(), OptionalInt.empty(), Optional.of(who)));
    }

    DayScript reclaim(int of, String owner) {
        return add(new BoardAction.Reclaim(now(), of, owner));
    }

    DayScript free(boolean on) {
        return add(new BoardAction.Free(now(), on));
    }

    /** Index of the last action written, e.g. to name it in a repeat. */
    int last() {
        return actions.size() - 1;
    }

    BoardDay day() {
        return new BoardDay(LocalDate.of(2026, 3, 7), order, rules, actions);
    }

    BoardState replay() {
        return day().replay();
    }

    /** The receiver of every walk-in in action order; null for a brochure or a group still waiting. */
    static List<String> to(BoardState s) {
        List<String> out = new ArrayList<>();
        for (LogEntry e : s.log()) {
            if (e.action() instanceof BoardAction.Walkin) {
                out.add(s.assignment(e.index()).flatMap(Assignment::to).orElse(null));
            }
        }
        return out;
    }
}
