package org.anchang.rules;

import java.util.Arrays;
import java.util.Optional;

/**
 * The parameters a regime sets and a case's {@code overrides} may replace. Every preset file names
 * every parameter, with the seed clause it comes from (see {@code docs/rules.md}).
 */
public enum Param {
    VISIT_PROTECTION("visitProtection", Type.SPAN, "来访保护期", "PROT-1"),
    CALL_PROTECTION("callProtection", Type.SPAN, "来电保护期", "PROT-2"),
    CALL_YIELDS_TO_VISIT("callYieldsToVisit", Type.BOOL, "来电让位于来访登记", "PROT-2"),
    FOLLOW_UP_PROTECTION("followUpProtection", Type.SPAN, "跟进续期", "PROT-3"),
    ANY_VISIT_RENEWS("anyVisitRenews", Type.BOOL, "任何来访都重新计保护期", "PROT-1"),
    CLAIM_CAP("claimCap", Type.SPAN, "自首次登记起的最长保护", "PROT-4"),
    MAX_TRACKING("maxTracking", Type.SPAN, "无成交进展移交经理", "PROT-5"),
    PROSPECT_PROTECTION("prospectProtection", Type.SPAN, "拓客登记保护期", "PROT-1"),
    REPORT_VALIDITY("reportValidity", Type.SPAN, "报备有效期", "RPT-2"),
    REPORT_FAIL_LIMIT("reportFailLimit", Type.INT, "连续报备失败次数上限", "RPT-5"),
    REFERRAL_MODE("referralMode", Type.ENUM, "老带新规则", "REF-1"),
    REFERRAL_PROTECTION("referralProtection", Type.SPAN, "老带新保护期", "REF-7"),
    ABSENT_NAMED_SPLIT("absentNamedSplit", Type.SPLIT, "指名顾问不在时当日成交分成", "REF-3"),
    STAND_IN_DELEGATED_SPLIT("standInDelegatedSplit", Type.SPLIT, "委托代接当日成交分成", "SPLIT-3"),
    STAND_IN_UNDELEGATED_SPLIT("standInUndelegatedSplit", Type.SPLIT, "未委托代接当日成交分成", "SPLIT-3"),
    OWNER_CLOSES_AFTER_STAND_IN_SPLIT("ownerClosesAfterStandInSplit", Type.SPLIT, "代接后原顾问成交分成", "SPLIT-3"),
    UNKNOWING_SPLIT("unknowingSplit", Type.SPLIT, "不知情成交分成", "SPLIT-4"),
    UNKNOWING_SAME_DAY_ONLY("unknowingSameDayOnly", Type.BOOL, "不知情分成仅限当日成交", "SPLIT-4"),
    ASSIST_SPLIT("assistSplit", Type.SPLIT, "重大促进未成交分成", "SPLIT-4"),
    POACH_PENALTY("poachPenalty", Type.MONEY, "知情抢客罚款(元)", "SPLIT-5"),
    POACH_ON_CONTACT("poachOnContact", Type.BOOL, "知情接触不论成交与否都罚", "SPLIT-5"),
    POACH_RULE("poachRule", Type.ENUM, "抢客罚则的条款", "SPLIT-5"),
    SIGNING_DAY_CONFIRM("signingDayConfirm", Type.SPAN, "签约日原顾问确认期限", "SPLIT-7"),
    LEAVE_MOVES_DEALT("leaveMovesDealt", Type.BOOL, "离职时已成交客户也归销售部", "OWN-3"),
    DEAL_TO_BUYERS_RECEIVER("dealToBuyersReceiver", Type.BOOL, "亲属代看时业绩归购房人接待者", "REG-4"),
    COMPLAINT_PENALTY("complaintPenalty", Type.MONEY, "投诉罚款(元)", "PEN-3"),
    ESCALATION_PENALTY("escalationPenalty", Type.MONEY, "上报判客败方罚款(元)", "PEN-8"),
    QUARREL_PENALTY("quarrelPenalty", Type.MONEY, "当客户面争吵罚款(元)", "PEN-7"),
    AWAY_WITHOUT_LEAVE("awayWithoutLeave", Type.ENUM, "擅离岗位轮到时", "ROT-2"),
    NONBUYER("nonbuyer", Type.ENUM, "非客户接待", "ROT-7"),
    STAND_IN_FIRST("standInFirst", Type.BOOL, "代接老客户被轮过者优先补接", "ROT-15"),
    NOTICE_DEADLINE("noticeDeadline", Type.ENUM, "代接后告知原顾问的期限", "DSP-4");

    /** The kinds of value. */
    public enum Type { SPAN, SPLIT, BOOL, INT, MONEY, ENUM }

    private final String key;
    private final Type type;
    private final String label;
    private final String rule;

    Param(String key, Type type, String label, String rule) {
        this.key = key;
        this.type = type;
        this.label = label;
        this.rule = rule;
    }

    public String key() {
        return key;
    }

    public Type type() {
        return type;
    }

    /** The Chinese label a settings screen shows. */
    public String label() {
        return label;
    }

    /** The rule id the parameter belongs to. */
    public String rule() {
        return rule;
    }

    public static Optional<Param> byKey(String key) {
        return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
    }

    /** The values an ENUM parameter accepts. */
    public java.util.List<String> choices() {
        return switch (this) {
            case REFERRAL_MODE -> java.util.List.of("owner", "namedOnly", "rotationReturn", "receiverWindow", "chain", "none");
            case POACH_RULE -> java.util.List.of("SPLIT-5", "PEN-4", "PEN-5");
            case AWAY_WITHOUT_LEAVE -> java.util.List.of("makeUp", "pass");
            case NONBUYER -> java.util.List.of("last", "inTurn");
            case NOTICE_DEADLINE -> java.util.List.of("PT12H", "PT24H", "nextDay0930", "none");
            default -> java.util.List.of();
        };
    }

    /** Checks a value written as text; returns it normalised or throws with a Chinese message. */
    public String check(String value) {
        String v = value.strip();
        switch (type) {
            case SPAN -> Span.parse(v);
            case SPLIT -> Split.parseOrNull(v);
            case BOOL -> {
                if (!v.equals("true") && !v.equals("false")) {
                    throw new IllegalArgumentException(key + " 应为 true 或 false");
                }
            }
            case INT, MONEY -> {
                try {
                    if (Integer.parseInt(v) < 0) {
                        throw new IllegalArgumentException(key + " 不能为负数");
                    }
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(key + " 应为整数,实为「" + v + "」");
                }
            }
            case ENUM -> {
                if (!choices().contains(v)) {
                    throw new IllegalArgumentException(key + " 应为 " + String.join("、", choices()) + " 之一");
                }
            }
        }
        return v;
    }
}
