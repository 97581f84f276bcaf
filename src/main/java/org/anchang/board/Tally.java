package org.anchang.board;

/**
 * One consultant's day (ROT-13): {@code turns} counted receptions (make-ups included), {@code makeups}
 * those that used a credit, {@code passes} times passed over with nothing (轮空), {@code creditsLeft}
 * make-up turns not yet used.
 */
public record Tally(int turns, int makeups, int passes, int creditsLeft) {
}
