package org.anchang.board;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "How a walk-in is assigned" of BOARD-FORMAT.md: decides who receives each group, queues the
 * groups that find nobody free and hands them to the first consultant to become free.
 */
final class Reception {

    private final Floor floor;
    private final BoardRules rules;
    private final List<WaitingCustomer> waiting = new ArrayList<>();
    /** Walk-in index to its receiver (empty for a brochure), for repeats (ROT-6). */
    private final Map<Integer, Optional<String>> receivedBy = new HashMap<>();

    Reception(Floor floor, BoardRules rules) {
        this.floor = floor;
        this.rules = rules;
    }

    /** Assigns walk-in {@code index} now, or queues it (empty result) when nobody is free. */
    Optional<Assignment> arrive(int index, BoardAction.Walkin w) {
        LocalTime at = w.at();
        if (w.who().isPresent()) {
            // ROT-10: on a free-reception day whoever clicks takes the group; no order, pointer unchanged.
            // Only a new group is a turn: old, appointment, nonbuyer and repeat groups never are (ROT-5..7, 12).
            String who = w.who().get();
            floor.receive(who, at, w.type() == WalkinType.NEW);
            return record(new Assignment(index, at, Optional.of(who), w.type() == WalkinType.NEW, "ROT-10"));
        }
        return switch (w.type()) {
            case NEW -> serveOrQueue(new WaitingCustomer(index, at, WalkinType.NEW, true, "ROT-1"));
            case OLD, APPOINTMENT -> owned(index, w);
            case NONBUYER -> serveOrQueue(new WaitingCustomer(index, at, WalkinType.NONBUYER, false, "ROT-7"));
            case BROCHURE -> record(new Assignment(index, at, Optional.empty(), false, "ROT-8"));
            case REPEAT -> repeat(index, w);
            case RELATION -> serveOrQueue(new WaitingCustomer(index, at, WalkinType.RELATION, false, "ROT-14"));
        };
    }

    /** Consultant {@code c} has just become free: the first waiting group is theirs. */
    Optional<Assignment> onFree(String c, LocalTime at) {
        if (waiting.isEmpty() || !floor.isFree(c)) {
            return Optional.empty();
        }
        WaitingCustomer g = waiting.remove(0);
        // A waiting group is a rotation turn of whoever frees up first; the pointer moves past them.
        // No make-up is used here: the contract says a counted turn, and the pointer moves.
        boolean inTurn = g.counted() || isNonbuyerInTurn(g);
        floor.receive(c, at, g.counted());
        if (g.type().hasOwner() && !g.counted()) {
            floor.standIn(c);
        }
        if (inTurn) {
            floor.movePast(c);
        }
        if (isNonbuyerInTurn(g)) {
            floor.earnCredit(c, g.index(), at, "ROT-7");
        }
        return record(new Assignment(g.index(), at, Optional.of(c), g.counted(), g.rule()));
    }

    /**
     * ROT-16: the owner takes over the group of walk-in {@code of} (认回, the customer is theirs and in
     * protection); whoever received it is free again and earns a make-up turn (补轮排一次). The owner must
     * be free; a group nobody received yet, or already with its owner, changes nothing.
     */
    Optional<Assignment> reclaim(int index, BoardAction.Reclaim r) {
        Optional<String> by = receivedBy.get(r.of());
        if (by == null || by.isEmpty()) {
            floor.note("第" + r.of() + "条的客户无人接待,认回忽略");
            return Optional.empty();
        }
        String receiver = by.get();
        if (receiver.equals(r.owner())) {
            floor.note("第" + r.of() + "条的客户已由" + r.owner() + "接待,认回忽略");
            return Optional.empty();
        }
        if (!floor.isFree(r.owner())) {
            throw BoardActionException.at(index, "owner", r.owner() + " 此刻不空闲,不能认回;请先结束其接待或返回");
        }
        floor.receive(r.owner(), r.at(), false);
        if (floor.state(receiver) instanceof ConsultantState.Receiving) {
            floor.set(receiver, ConsultantState.FREE);
        }
        floor.earnCredit(receiver, index, r.at(), "ROT-16");
        receivedBy.put(r.of(), Optional.of(r.owner()));
        Assignment a = new Assignment(index, r.at(), Optional.of(r.owner()), false, "ROT-16");
        floor.note(r.owner() + " 认回第" + r.of() + "条的客户(ROT-16)");
        return Optional.of(a);
    }

    /** Who received walk-in {@code of}, if anyone did yet. */
    Optional<String> receiverOf(int of) {
        return receivedBy.getOrDefault(of, Optional.empty());
    }

    List<WaitingCustomer> waiting() {
        return List.copyOf(waiting);
    }

    private Optional<Assignment> owned(int index, BoardAction.Walkin w) {
        String owner = w.owner().orElseThrow();
        String rule = w.type() == WalkinType.OLD ? "ROT-5" : "ROT-12";
        LocalTime at = w.at();
        if (floor.isFree(owner)) {
            floor.receive(owner, at, false);
            return record(new Assignment(index, at, Optional.of(owner), false, rule));
        }
        ConsultantState s = floor.state(owner);
        boolean ownerGone = s instanceof ConsultantState.AwayWithoutLeave || s instanceof ConsultantState.Off;
        if (w.type() == WalkinType.APPOINTMENT && ownerGone) {
            // ROT-12: the appointment is then the rotation consultant's customer, a counted turn.
            return serveOrQueue(new WaitingCustomer(index, at, WalkinType.APPOINTMENT, true, "ROT-12"));
        }
        // Owner receiving or on leave (or an old customer's owner gone): the last in rotation helps,
        // not counted; the customer stays the owner's.
        return serveOrQueue(new WaitingCustomer(index, at, w.type(), false, rule));
    }

    private Optional<Assignment> repeat(int index, BoardAction.Walkin w) {
        int of = w.of().orElseThrow();
        Optional<String> first = receivedBy.get(of);
        if (first == null) {
            throw BoardActionException.at(index, "of", "第" + of + "条的客户仍在等待接待,不能再次到访");
        }
        if (first.isEmpty()) {
            // ROT-8: the group only took a brochure before; coming in now is a turn, once (ROT-6).
            return serveOrQueue(new WaitingCustomer(index, w.at(), WalkinType.REPEAT, true, "ROT-8"));
        }
        floor.receive(first.get(), w.at(), false);
        return record(new Assignment(index, w.at(), first, false, "ROT-6"));
    }

    /** Serves the group now if anyone is free; otherwise nobody is passed over and it waits. */
    private Optional<Assignment> serveOrQueue(WaitingCustomer g) {
        if (!floor.anyFree()) {
            waiting.add(g);
            floor.note("无人空闲,第" + g.index() + "条的客户等待");
            return Optional.empty();
        }
        LocalTime at = g.since();
        if (g.counted()) {
            Optional<MakeUpCredit> credit = floor.firstFreeCredit();
            if (credit.isPresent()) {
                floor.useCredit(credit.get());
                floor.receive(credit.get().consultant(), at, true);
                String rule = g.rule().equals("ROT-1") ? "ROT-4" : g.rule();
                return record(new Assignment(g.index(), at, Optional.of(credit.get().consultant()), true, rule));
            }
            String c = floor.walk(g.index(), at);
            floor.receive(c, at, true);
            return record(new Assignment(g.index(), at, Optional.of(c), true, g.rule()));
        }
        if (isNonbuyerInTurn(g)) {
            // first-reception 1, 5: the one whose turn it is serves and may take another group after.
            String c = floor.walk(g.index(), at);
            floor.receive(c, at, false);
            floor.earnCredit(c, g.index(), at, "ROT-7");
            return record(new Assignment(g.index(), at, Optional.of(c), false, g.rule()));
        }
        String last = floor.lastInRotation().orElseThrow();
        floor.receive(last, at, false);
        if (g.type().hasOwner()) {
            floor.standIn(last);
        }
        return record(new Assignment(g.index(), at, Optional.of(last), false, g.rule()));
    }

    private boolean isNonbuyerInTurn(WaitingCustomer g) {
        return g.type() == WalkinType.NONBUYER && rules.nonbuyer() == BoardRules.Nonbuyer.IN_TURN;
    }

    private Optional<Assignment> record(Assignment a) {
        receivedBy.put(a.index(), a.to());
        floor.note("第" + a.index() + "条的客户 → " + a.to().orElse("无人接待")
                + (a.counted() ? "(计轮次," : "(不计轮次,") + a.rule() + ")");
        return Optional.of(a);
    }
}
