package org.anchang.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;
import java.util.Random;
import org.anchang.board.io.BoardDayJson;
import org.anchang.testkit.Properties;
import org.junit.jupiter.api.Test;

/** Properties of the replay over generated days. */
class BoardPropertiesTest {

    private static final LocalDate DATE = LocalDate.of(2026, 3, 7);

    private static List<String> names(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add("C" + i);
        }
        return out;
    }

    private static LocalTime minute(int i) {
        return LocalTime.of(8, 0).plusMinutes(i);
    }

    @Test
    void turnsDifferByAtMostOneWhenEveryoneIsAlwaysFree() {
        Properties.forAll(300, seed -> {
            Random r = new Random(seed);
            evenTurns(1 + r.nextInt(6), r.nextInt(41), r.nextBoolean());
        });
    }

    private static void evenTurns(int n, int walkins, boolean rotation15d) {
        List<String> order = names(n);
        BoardRules rules = rotation15d ? new BoardRules(BoardRules.AwayWithoutLeave.PASS, BoardRules.Nonbuyer.LAST)
                : BoardRules.SALES_DEPT;
        List<BoardAction> actions = new ArrayList<>();
        order.forEach(c -> actions.add(new BoardAction.Checkin(minute(actions.size()), c)));
        BoardState s = new BoardDay(DATE, order, rules, actions).replay();
        for (int w = 0; w < walkins; w++) {
            int index = actions.size();
            actions.add(BoardAction.Walkin.newGroup(minute(index)));
            s = new BoardDay(DATE, order, rules, actions).replay();
            String receiver = s.assignment(index).flatMap(Assignment::to).orElseThrow();
            actions.add(new BoardAction.Done(minute(actions.size()), receiver));
        }
        s = new BoardDay(DATE, order, rules, actions).replay();

        List<Integer> turns = s.tally().values().stream().map(Tally::turns).toList();
        int max = turns.stream().mapToInt(Integer::intValue).max().orElse(0);
        int min = turns.stream().mapToInt(Integer::intValue).min().orElse(0);
        assertThat(max - min).as("turns " + s.tally()).isLessThanOrEqualTo(1);
        assertThat(turns.stream().mapToInt(Integer::intValue).sum()).isEqualTo(walkins);
    }

    @Test
    void aMakeUpCreditIsNeverLostOrUsedTwice() {
        forAllDays(BoardPropertiesTest::creditsConserved);
    }

    private static void creditsConserved(BoardDay day, BoardState s) {
        for (String c : day.order()) {
            Tally t = s.tally().get(c);
            long earned = s.creditsEarned().stream().filter(k -> k.consultant().equals(c)).count();
            long held = s.credits().stream().filter(k -> k.consultant().equals(c)).count();
            assertThat(earned).as(c + " earned = used + left, " + t).isEqualTo(t.makeups() + t.creditsLeft());
            assertThat(held).isEqualTo(t.creditsLeft());
            assertThat(t.makeups()).isLessThanOrEqualTo(t.turns());
        }
        assertThat(s.creditsEarned()).containsAll(s.credits());
    }

    @Test
    void replayingTheSameActionsTwiceGivesTheSameBoard() {
        forAllDays(BoardPropertiesTest::deterministic);
    }

    private static void deterministic(BoardDay day, BoardState first) {
        BoardState second = new BoardDay(day.date(), List.copyOf(day.order()), day.rules(),
                List.copyOf(day.actions())).replay();

        assertThat(second).isEqualTo(first);
        assertThat(BoardDayJson.write(second)).isEqualTo(BoardDayJson.write(first));
    }

    @Test
    void renamingTheConsultantsChangesNothing() {
        forAllDays(BoardPropertiesTest::renameInvariant);
    }

    private static void renameInvariant(BoardDay day, BoardState s) {
        UnaryOperator<String> rename = c -> "顾问" + (char) ('甲' + Integer.parseInt(c.substring(1)));
        BoardState r = new BoardDay(day.date(), day.order().stream().map(rename).toList(), day.rules(),
                day.actions().stream().map(a -> renamed(a, rename)).toList()).replay();

        assertThat(r.assignments()).isEqualTo(s.assignments().stream()
                .map(a -> new Assignment(a.index(), a.at(), a.to().map(rename), a.counted(), a.rule())).toList());
        day.order().forEach(c -> assertThat(r.tally().get(rename.apply(c))).isEqualTo(s.tally().get(c)));
        assertThat(r.next()).isEqualTo(s.next().map(rename));
    }

    /**
     * Checks {@code property} on 500 random days. A day whose replay refuses a repeat of a group still
     * waiting is not a day the desk can produce; such days are skipped, and at least 200 must remain.
     */
    private static void forAllDays(java.util.function.BiConsumer<BoardDay, BoardState> property) {
        int[] replayed = {0};
        Properties.forAll(500, seed -> {
            BoardDay day = day(new Random(seed));
            BoardState s;
            try {
                s = day.replay();
            } catch (BoardActionException e) {
                return;
            }
            replayed[0]++;
            property.accept(day, s);
        });
        assertThat(replayed[0]).isGreaterThan(200);
    }

    private static BoardAction renamed(BoardAction a, UnaryOperator<String> f) {
        if (a instanceof BoardAction.Checkin c) {
            return new BoardAction.Checkin(c.at(), f.apply(c.who()));
        } else if (a instanceof BoardAction.Away w) {
            return new BoardAction.Away(w.at(), f.apply(w.who()), w.permitted());
        } else if (a instanceof BoardAction.Back b) {
            return new BoardAction.Back(b.at(), f.apply(b.who()));
        } else if (a instanceof BoardAction.Done d) {
            return new BoardAction.Done(d.at(), f.apply(d.who()));
        } else if (a instanceof BoardAction.Walkin w) {
            return new BoardAction.Walkin(w.at(), w.type(), w.owner().map(f), w.of(), w.who().map(f));
        }
        return a;
    }

    /** Any day: every kind of action on random consultants, under random board rules. */
    private static BoardDay day(Random r) {
        int n = 1 + r.nextInt(5);
        BoardRules rules = new BoardRules(BoardRules.AwayWithoutLeave.values()[r.nextInt(BoardRules.AwayWithoutLeave.values().length)],
                BoardRules.Nonbuyer.values()[r.nextInt(BoardRules.Nonbuyer.values().length)]);
        List<Integer> seeds = new ArrayList<>();
        for (int i = r.nextInt(81); i > 0; i--) {
            seeds.add(r.nextInt(Integer.MAX_VALUE));
        }
        return day(n, rules, seeds);
    }

    private static BoardDay day(int n, BoardRules rules, List<Integer> seeds) {
        List<String> order = names(n);
        List<BoardAction> actions = new ArrayList<>();
        List<Integer> walkins = new ArrayList<>();
        boolean free = false;
        for (int r : seeds) {
            LocalTime at = minute(actions.size());
            String c = order.get((r / 11) % n);
            boolean flag = (r / 97) % 2 == 0;
            int kind = r % 11;
            if (kind <= 1) {
                actions.add(new BoardAction.Checkin(at, c));
            } else if (kind == 2) {
                actions.add(new BoardAction.Away(at, c, flag));
            } else if (kind == 3) {
                actions.add(new BoardAction.Back(at, c));
            } else if (kind <= 5) {
                actions.add(new BoardAction.Done(at, c));
            } else if (kind == 6 && (r / 13) % 4 == 0) {
                free = !free;
                actions.add(new BoardAction.Free(at, free));
            } else {
                WalkinType type = WalkinType.values()[(r / 211) % WalkinType.values().length];
                Optional<String> owner = type.hasOwner() ? Optional.of(order.get((r / 7) % n)) : Optional.empty();
                OptionalInt of = OptionalInt.empty();
                if (type == WalkinType.REPEAT) {
                    if (walkins.isEmpty()) {
                        type = WalkinType.NEW;
                    } else {
                        of = OptionalInt.of(walkins.get((r / 5) % walkins.size()));
                    }
                }
                Optional<String> who = free && flag && type != WalkinType.BROCHURE ? Optional.of(c) : Optional.empty();
                walkins.add(actions.size());
                actions.add(new BoardAction.Walkin(at, type, owner, of, who));
            }
        }
        return new BoardDay(DATE, order, rules, actions);
    }
}
