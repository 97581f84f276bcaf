package org.anchang.board;

import java.time.LocalTime;
import java.util.Objects;

/** Where a consultant stands on the board; only {@link Free} can take a customer by rotation. */
public sealed interface ConsultantState {

    Off OFF = new Off();
    Free FREE = new Free();

    /** The board's Chinese label for the state. */
    String label();

    /** Not checked in (yet): not on today's floor, skipped without a mark. */
    record Off() implements ConsultantState {
        @Override
        public String label() {
            return "未签到";
        }
    }

    /** Checked in, on the floor, not receiving. */
    record Free() implements ConsultantState {
        @Override
        public String label() {
            return "空闲";
        }
    }

    /** With a customer since {@code since}; passed over with a make-up (ROT-4, ROT-9). */
    record Receiving(LocalTime since) implements ConsultantState {
        public Receiving {
            Objects.requireNonNull(since, "since");
        }

        @Override
        public String label() {
            return "接待中";
        }
    }

    /** Away with the supervisor's leave; keeps the place and earns a make-up (ROT-3). */
    record OnLeave(LocalTime since) implements ConsultantState {
        public OnLeave {
            Objects.requireNonNull(since, "since");
        }

        @Override
        public String label() {
            return "请假离开";
        }
    }

    /** Away without leave: 轮空, or a make-up where the preset says so (ROT-2). */
    record AwayWithoutLeave(LocalTime since) implements ConsultantState {
        public AwayWithoutLeave {
            Objects.requireNonNull(since, "since");
        }

        @Override
        public String label() {
            return "擅自离岗";
        }
    }
}
