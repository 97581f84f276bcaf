package org.anchang.rules;

/**
 * A split of one deal's performance credit between the owner and another consultant (SPEC §5),
 * written {@code [owner, other]}; the two add up to 1.
 */
public record Split(double owner, double other) {

    public Split {
        if (owner < 0 || other < 0 || Math.abs(owner + other - 1.0) > 1e-9) {
            throw new IllegalArgumentException("分成「[" + owner + ", " + other + "]」两份应为0–1且相加为1");
        }
    }

    public static final Split ALL_TO_OWNER = new Split(1.0, 0.0);

    /** Parses {@code 0.5,0.5} or {@code [0.5, 0.5]}; {@code none} gives null (the split does not apply). */
    public static Split parseOrNull(String text) {
        String t = text.strip();
        if (t.equalsIgnoreCase("none")) {
            return null;
        }
        t = t.replace("[", "").replace("]", "");
        String[] parts = t.split(",");
        if (parts.length != 2) {
            throw new IllegalArgumentException("分成「" + text + "」应为 [归属顾问, 另一顾问],例如 [0.5, 0.5]");
        }
        try {
            return new Split(Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("分成「" + text + "」含有非数字");
        }
    }

    /** 50/50, 20/80: owner's percent first. */
    public String chinese() {
        return Math.round(owner * 100) + "/" + Math.round(other * 100);
    }

    @Override
    public String toString() {
        return "[" + owner + ", " + other + "]";
    }
}
