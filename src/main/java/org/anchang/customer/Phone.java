package org.anchang.customer;

import java.util.Optional;

/**
 * A customer's phone number, normalised (REG-2): the customer's identity (REG-3).
 * Mainland mobiles are {@code 1[3-9]} followed by nine digits; landlines are {@code 0}, an area code
 * and a 7–8 digit number (10–12 digits in all). {@code +86}, spaces and dashes are stripped.
 */
public record Phone(String digits) implements Comparable<Phone> {

    public Phone {
        if (problem(digits).isPresent()) {
            throw new IllegalArgumentException(problem(digits).get());
        }
    }

    /** Parses a typed phone, or throws {@link IllegalArgumentException} with a Chinese message saying what is wrong. */
    public static Phone parse(String typed) {
        return new Phone(strip(typed));
    }

    /** Why {@code typed} is not a phone, in Chinese; empty when it is one. */
    public static Optional<String> check(String typed) {
        return problem(strip(typed));
    }

    public boolean isMobile() {
        return digits.charAt(0) == '1';
    }

    /** The form shown to a consultant who does not own the customer: {@code 138****1111}. */
    public String hidden() {
        return isMobile() ? digits.substring(0, 3) + "****" + digits.substring(7) : digits.substring(0, digits.length() - 4) + "****";
    }

    @Override
    public int compareTo(Phone o) {
        return digits.compareTo(o.digits);
    }

    @Override
    public String toString() {
        return digits;
    }

    static String strip(String typed) {
        if (typed == null) {
            return "";
        }
        String s = typed.strip().replace(" ", "").replace("-", "").replace("\u3000", "");
        if (s.startsWith("+86")) {
            s = s.substring(3);
        } else if (s.startsWith("0086")) {
            s = s.substring(4);
        }
        return s;
    }

    private static Optional<String> problem(String d) {
        if (d == null || d.isEmpty()) {
            return Optional.of("电话为空");
        }
        for (int i = 0; i < d.length(); i++) {
            if (d.charAt(i) < '0' || d.charAt(i) > '9') {
                return Optional.of("电话「" + d + "」含有非数字字符");
            }
        }
        if (d.charAt(0) == '1') {
            if (d.length() != 11) {
                return Optional.of("手机号「" + d + "」应为11位,实为" + d.length() + "位");
            }
            if (d.charAt(1) < '3') {
                return Optional.of("手机号「" + d + "」第二位应为3–9");
            }
            return Optional.empty();
        }
        if (d.charAt(0) == '0') {
            if (d.length() < 10 || d.length() > 12) {
                return Optional.of("固定电话「" + d + "」应为区号加7–8位号码(共10–12位),实为" + d.length() + "位");
            }
            return Optional.empty();
        }
        return Optional.of("电话「" + d + "」既不是手机号(1开头11位)也不是固定电话(0开头带区号)");
    }
}
