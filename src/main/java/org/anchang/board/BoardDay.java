package org.anchang.board;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One day's board as stored: the date, the day's order (排好的顺序), the preset's board rules and the
 * actions in the order they were clicked. {@link #replay()} derives the board from them; the same day
 * always replays to the same board.
 *
 * <p>The constructor checks what can be checked without replaying (names in the order, a repeat
 * naming an earlier walk-in, times not going backwards) and throws {@link BoardActionException}.
 */
public record BoardDay(LocalDate date, List<String> order, BoardRules rules, List<BoardAction> actions) {

    public BoardDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(rules, "rules");
        order = List.copyOf(order);
        actions = List.copyOf(actions);
        checkOrder(order);
        checkActions(order, actions);
    }

    /** Replays the actions into the board. */
    public BoardState replay() {
        return new Replay(this).run();
    }

    private static void checkOrder(List<String> order) {
        if (order.isEmpty()) {
            throw BoardActionException.field("order", "当日顺序不能为空");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < order.size(); i++) {
            String c = order.get(i);
            if (c.isBlank()) {
                throw BoardActionException.field("order[" + i + "]", "置业顾问名字不能为空");
            }
            if (!seen.add(c)) {
                throw BoardActionException.field("order[" + i + "]", "「" + c + "」在顺序中出现了两次");
            }
        }
    }

    private static void checkActions(List<String> order, List<BoardAction> actions) {
        boolean freeDay = false;
        for (int i = 0; i < actions.size(); i++) {
            BoardAction a = actions.get(i);
            if (i > 0 && a.at().isBefore(actions.get(i - 1).at())) {
                throw BoardActionException.at(i, "at", "「" + a.at() + "」早于上一条操作的「"
                        + actions.get(i - 1).at() + "」");
            }
            if (a instanceof BoardAction.Checkin c) {
                inOrder(order, i, "who", c.who());
            } else if (a instanceof BoardAction.Away w) {
                inOrder(order, i, "who", w.who());
            } else if (a instanceof BoardAction.Back b) {
                inOrder(order, i, "who", b.who());
            } else if (a instanceof BoardAction.Done d) {
                inOrder(order, i, "who", d.who());
            } else if (a instanceof BoardAction.Free f) {
                freeDay = f.on();
            } else if (a instanceof BoardAction.Walkin w) {
                checkWalkin(order, actions, i, w, freeDay);
            } else if (a instanceof BoardAction.Reclaim r) {
                inOrder(order, i, "owner", r.owner());
                if (r.of() < 0 || r.of() >= i || !(actions.get(r.of()) instanceof BoardAction.Walkin)) {
                    throw BoardActionException.at(i, "of", "「" + r.of() + "」不是之前一条来客的序号");
                }
            }
        }
    }

    private static void checkWalkin(List<String> order, List<BoardAction> actions, int i, BoardAction.Walkin w,
            boolean freeDay) {
        WalkinType t = w.type();
        if (t.hasOwner() && w.owner().isEmpty()) {
            throw BoardActionException.at(i, "owner", "老客户或预约客户必须写明归属顾问");
        }
        if (!t.hasOwner() && w.owner().isPresent()) {
            throw BoardActionException.at(i, "owner", "只有老客户或预约客户才有归属顾问");
        }
        w.owner().ifPresent(o -> inOrder(order, i, "owner", o));
        if (t == WalkinType.REPEAT) {
            if (w.of().isEmpty()) {
                throw BoardActionException.at(i, "of", "再次到访必须写明是第几条的来客");
            }
            int of = w.of().getAsInt();
            if (of < 0 || of >= i || !(actions.get(of) instanceof BoardAction.Walkin)) {
                throw BoardActionException.at(i, "of", "「" + of + "」不是之前一条来客的序号");
            }
        } else if (w.of().isPresent()) {
            throw BoardActionException.at(i, "of", "只有再次到访(repeat)才写 of");
        }
        Optional<String> who = w.who();
        if (who.isPresent()) {
            inOrder(order, i, "who", who.get());
            if (!freeDay) {
                throw BoardActionException.at(i, "who", "不是自由接待时段,来客按轮序分配,不能指定接待人");
            }
            if (t == WalkinType.BROCHURE) {
                throw BoardActionException.at(i, "who", "只取资料的客户无人接待,不能指定接待人");
            }
        }
    }

    private static void inOrder(List<String> order, int i, String field, String name) {
        if (!order.contains(name)) {
            throw BoardActionException.at(i, field, "「" + name + "」不在当日顺序中");
        }
    }
}
