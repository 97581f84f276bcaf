package org.anchang.board;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The mutable board during a replay: the consultants' states, the pointer, the make-up credits and
 * the counters. It knows the walk of the pointer; which walk a walk-in gets is {@link Reception}'s.
 */
final class Floor {

    /** Counters of one consultant; mutable only inside a replay. */
    private static final class Counter {
        int turns;
        int makeups;
        int passes;
    }

    private final List<String> order;
    private final BoardRules rules;
    private final Map<String, ConsultantState> states = new LinkedHashMap<>();
    private final Map<String, Counter> counters = new LinkedHashMap<>();
    private final List<MakeUpCredit> credits = new ArrayList<>();
    private final List<MakeUpCredit> earned = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    /** Consultants receiving an old customer for its busy owner (义务接待, ROT-15). */
    private final java.util.Set<String> standingIn = new java.util.HashSet<>();
    private int pointer;

    Floor(List<String> order, BoardRules rules) {
        this.order = order;
        this.rules = rules;
        for (String c : order) {
            states.put(c, ConsultantState.OFF);
            counters.put(c, new Counter());
        }
    }

    ConsultantState state(String c) {
        return states.get(c);
    }

    void set(String c, ConsultantState s) {
        states.put(c, s);
        if (!(s instanceof ConsultantState.Receiving)) {
            standingIn.remove(c);
        }
    }

    /** {@code c} receives an old customer for its owner (ROT-5); see {@link BoardRules#standInFirst()}. */
    void standIn(String c) {
        standingIn.add(c);
    }

    boolean isFree(String c) {
        return states.get(c) instanceof ConsultantState.Free;
    }

    boolean anyFree() {
        return order.stream().anyMatch(this::isFree);
    }

    /** The oldest credit whose holder is free now: "the one who earned it first takes it". */
    Optional<MakeUpCredit> firstFreeCredit() {
        return credits.stream().filter(k -> isFree(k.consultant())).findFirst();
    }

    void useCredit(MakeUpCredit credit) {
        credits.remove(credit);
        counters.get(credit.consultant()).makeups++;
        note(credit.consultant() + " 使用补接");
    }

    void earnCredit(String c, int index, LocalTime at, String rule) {
        MakeUpCredit k = new MakeUpCredit(c, index, at, rule);
        credits.add(k);
        earned.add(k);
        note(c + " 补接一次(" + rule + ")");
    }

    /**
     * Walks the order from the pointer to the first free consultant, passing over the others as
     * BOARD-FORMAT.md says, and leaves the pointer just past the one found. Call only when
     * {@link #anyFree()}: when nobody is free nobody is passed over.
     */
    String walk(int index, LocalTime at) {
        for (int i = 0; i < order.size(); i++) {
            String c = order.get((pointer + i) % order.size());
            ConsultantState s = states.get(c);
            if (s instanceof ConsultantState.Free) {
                movePast(c);
                return c;
            } else if (s instanceof ConsultantState.Receiving && rules.standInFirst() && standingIn.contains(c)) {
                // eight-articles 第四条: the volunteer passed over is made up before anyone else.
                MakeUpCredit k = new MakeUpCredit(c, index, at, "ROT-15");
                credits.add(0, k);
                earned.add(k);
                note(c + " 优先补接一次(ROT-15)");
            } else if (s instanceof ConsultantState.Receiving) {
                earnCredit(c, index, at, "ROT-4");
            } else if (s instanceof ConsultantState.OnLeave) {
                earnCredit(c, index, at, "ROT-3");
            } else if (s instanceof ConsultantState.AwayWithoutLeave) {
                if (rules.awayWithoutLeave() == BoardRules.AwayWithoutLeave.MAKE_UP) {
                    earnCredit(c, index, at, "ROT-2");
                } else {
                    counters.get(c).passes++;
                    note(c + " 轮空(ROT-2)");
                }
            }
            // Off: a later shift, not on today's floor yet; skipped without a mark under every preset.
        }
        throw new IllegalStateException("walk called with nobody free");
    }

    /** The free consultant the pointer would reach last (轮序最后一位); no marks. */
    Optional<String> lastInRotation() {
        Optional<String> last = Optional.empty();
        for (int i = 0; i < order.size(); i++) {
            String c = order.get((pointer + i) % order.size());
            if (isFree(c)) {
                last = Optional.of(c);
            }
        }
        return last;
    }

    /** Who the next new walk-in would go to, without touching anything (the 下一位 banner). */
    Optional<String> peekNext() {
        Optional<MakeUpCredit> credit = firstFreeCredit();
        if (credit.isPresent()) {
            return Optional.of(credit.get().consultant());
        }
        for (int i = 0; i < order.size(); i++) {
            String c = order.get((pointer + i) % order.size());
            if (isFree(c)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    void movePast(String c) {
        pointer = (order.indexOf(c) + 1) % order.size();
    }

    /** {@code c} starts a reception; a second group to one already receiving keeps the first's time. */
    void receive(String c, LocalTime at, boolean counted) {
        if (!(states.get(c) instanceof ConsultantState.Receiving)) {
            states.put(c, new ConsultantState.Receiving(at));
        }
        if (counted) {
            counters.get(c).turns++;
        }
    }

    void note(String text) {
        notes.add(text);
    }

    /** The notes since the last call, for the log line of the current action. */
    List<String> drainNotes() {
        List<String> out = List.copyOf(notes);
        notes.clear();
        return out;
    }

    int pointer() {
        return pointer;
    }

    /** The states in the day's order. */
    Map<String, ConsultantState> states() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(states));
    }

    List<MakeUpCredit> credits() {
        return List.copyOf(credits);
    }

    List<MakeUpCredit> earned() {
        return List.copyOf(earned);
    }

    Map<String, Tally> tally() {
        Map<String, Tally> out = new LinkedHashMap<>();
        for (String c : order) {
            Counter n = counters.get(c);
            long left = credits.stream().filter(k -> k.consultant().equals(c)).count();
            out.put(c, new Tally(n.turns, n.makeups, n.passes, (int) left));
        }
        return Collections.unmodifiableMap(out);
    }
}
