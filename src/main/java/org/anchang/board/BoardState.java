package org.anchang.board;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The board after a replay: everything the 轮序看板 shows and the weekly export needs. Immutable.
 *
 * @param pointer      index in {@code order} where the next rotation walk starts
 * @param states       each consultant's state, in the day's order
 * @param credits      make-up credits not yet used, in the order earned
 * @param creditsEarned every credit earned today, used or not, in the order earned
 * @param waiting      groups waiting for someone to become free, first come first
 * @param assignments  every assignment, by walk-in index
 * @param tally        per consultant, in the day's order (ROT-13)
 * @param freeReception whether a free-reception day is on (ROT-10)
 * @param log          one entry per action (ROT-13)
 * @param next         who the next new walk-in would go to; empty when it would wait (下一位)
 */
public record BoardState(LocalDate date, List<String> order, BoardRules rules, int pointer,
        Map<String, ConsultantState> states, List<MakeUpCredit> credits, List<MakeUpCredit> creditsEarned,
        List<WaitingCustomer> waiting, List<Assignment> assignments, Map<String, Tally> tally,
        boolean freeReception, List<LogEntry> log, Optional<String> next) {

    public BoardState {
        order = List.copyOf(order);
        credits = List.copyOf(credits);
        creditsEarned = List.copyOf(creditsEarned);
        waiting = List.copyOf(waiting);
        assignments = List.copyOf(assignments);
        log = List.copyOf(log);
    }

    /** ROT-11: the first consultant of the day's order answers the phone. */
    public Optional<String> phoneDuty() {
        return order.stream().findFirst();
    }

    /** The consultant the pointer stands at. */
    public String pointerAt() {
        return order.get(pointer);
    }

    /** The assignment of walk-in {@code index}, if it has one yet. */
    public Optional<Assignment> assignment(int index) {
        return assignments.stream().filter(a -> a.index() == index).findFirst();
    }
}
