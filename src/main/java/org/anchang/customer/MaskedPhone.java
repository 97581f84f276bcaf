package org.anchang.customer;

import java.util.Optional;

/**
 * A phone as a channel report may carry it (REG-6, channel-report 2): the first three and the last
 * five digits of a mobile, the middle hidden ({@code 138***88888}), or a whole phone.
 */
public record MaskedPhone(String prefix, String suffix, Optional<Phone> whole) {

    /** Parses a report's phone, or throws {@link IllegalArgumentException} with a Chinese message. */
    public static MaskedPhone parse(String typed) {
        String s = Phone.strip(typed);
        int star = s.indexOf('*');
        if (star < 0) {
            Phone p = Phone.parse(s);
            return new MaskedPhone(p.digits(), "", Optional.of(p));
        }
        int last = s.lastIndexOf('*');
        String pre = s.substring(0, star);
        String mid = s.substring(star, last + 1);
        String suf = s.substring(last + 1);
        if (!mid.chars().allMatch(c -> c == '*')) {
            throw new IllegalArgumentException("报备电话「" + typed + "」的星号应连在一起,例如 138***88888");
        }
        if (pre.length() != 3 || suf.length() != 5 || !(pre + suf).chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("报备电话「" + typed + "」应为前三位和后五位,中间以*代替,例如 138***88888");
        }
        if (pre.charAt(0) != '1' || pre.charAt(1) < '3') {
            throw new IllegalArgumentException("报备电话「" + typed + "」前三位不是手机号段");
        }
        return new MaskedPhone(pre, suf, Optional.empty());
    }

    public boolean isMasked() {
        return whole.isEmpty();
    }

    /** Whether {@code p} is a phone this report may stand for. */
    public boolean matches(Phone p) {
        return whole.map(p::equals)
                .orElseGet(() -> p.isMobile() && p.digits().startsWith(prefix) && p.digits().endsWith(suffix));
    }

    @Override
    public String toString() {
        return whole.map(Phone::digits).orElse(prefix + "***" + suffix);
    }
}
