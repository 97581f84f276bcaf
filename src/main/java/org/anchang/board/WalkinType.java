package org.anchang.board;

import java.util.Arrays;
import java.util.Optional;

/** What kind of customer group walks in; the code is the word used in board files. */
public enum WalkinType {
    NEW("new"),
    OLD("old"),
    APPOINTMENT("appointment"),
    NONBUYER("nonbuyer"),
    BROCHURE("brochure"),
    REPEAT("repeat"),
    /** 开发商关系客户 (ROT-14, an extension of BOARD-FORMAT.md): the last in rotation, not counted. */
    RELATION("relation");

    private final String code;

    WalkinType(String code) {
        this.code = code;
    }

    /** The word of BOARD-FORMAT.md, e.g. {@code appointment}. */
    public String code() {
        return code;
    }

    public static Optional<WalkinType> byCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }

    /** Old and appointment customers belong to a consultant and so name an owner. */
    public boolean hasOwner() {
        return this == OLD || this == APPOINTMENT;
    }
}
