package org.anchang.rules;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.anchang.register.Deal;
import org.anchang.register.Entry;
import org.anchang.register.Grade;
import org.anchang.register.Leave;
import org.anchang.register.Payment;
import org.anchang.register.Visit;

/**
 * A customer group's stage (GRD-2), folded from its register entries in time order:
 * 潜在 → 意向 → 认购(定金) → 签约 → 成交, or 无效. Any registration makes a customer 潜在; a visit makes them
 * 意向; before a deal the latest grading decides (A/B 意向, C 潜在, D 无效), and a later visit revives an
 * 无效 customer. A deposit is 认购 and a contract 签约; deals are never undone by a grading. 成交 is money received
 * after the contract (a {@link Payment} of the down payment, a mortgage release, an instalment or the hand-over).
 */
public final class Lifecycle {

    /** The stages, in the order a customer goes through them; 无效 stands aside. */
    public enum Stage {
        POTENTIAL("潜在"), INTENT("意向"), SUBSCRIBED("认购"), SIGNED("签约"), DONE("成交"), INVALID("无效");

        private final String chinese;

        Stage(String chinese) {
            this.chinese = chinese;
        }

        public String chinese() {
            return chinese;
        }

        /** Whether a deal has been made: 认购, 签约 or 成交. */
        public boolean dealt() {
            return this == SUBSCRIBED || this == SIGNED || this == DONE;
        }
    }

    private final Grading grading;
    private Stage stage;
    private LocalDateTime since;

    public Lifecycle(Grading grading) {
        this.grading = grading;
    }

    /** The stage after {@code entries} (the group's, in time order); empty when there are none. */
    public static Optional<Stage> of(List<? extends Entry> entries, Grading grading) {
        Lifecycle l = new Lifecycle(grading);
        entries.forEach(l::apply);
        return l.stage();
    }

    /** Takes the next entry about the group. */
    public void apply(Entry e) {
        if (e instanceof Leave) {
            return;
        }
        if (e instanceof Deal d) {
            move(d.stage() == Deal.Stage.CONTRACT ? Stage.SIGNED : Stage.SUBSCRIBED, e.at());
        } else if (e instanceof Payment p) {
            if (p.type() != Payment.Type.DEPOSIT) {
                paid(p.at());
            }
        } else if (stage != null && stage.dealt()) {
            return;
        } else if (e instanceof Grade g) {
            set(switch (grading.grade(g).level()) {
                case A, B -> Stage.INTENT;
                case C -> Stage.POTENTIAL;
                case D -> Stage.INVALID;
            }, e.at());
        } else if (e instanceof Visit) {
            set(Stage.INTENT, e.at());
        } else if (stage == null) {
            set(Stage.POTENTIAL, e.at());
        }
    }

    /** Money (回款) received at {@code at} after the contract: a signed customer is 成交. */
    public void paid(LocalDateTime at) {
        if (stage == Stage.SIGNED) {
            set(Stage.DONE, at);
        }
    }

    public Optional<Stage> stage() {
        return Optional.ofNullable(stage);
    }

    /** When the group reached its present stage. */
    public Optional<LocalDateTime> since() {
        return Optional.ofNullable(since);
    }

    /** A deal moves forward only: a deposit after the contract leaves it 签约. */
    private void move(Stage to, LocalDateTime at) {
        if (stage == null || !stage.dealt() || to.ordinal() > stage.ordinal()) {
            set(to, at);
        }
    }

    private void set(Stage to, LocalDateTime at) {
        if (to != stage) {
            stage = to;
            since = at;
        }
    }
}
