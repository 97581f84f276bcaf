package org.anchang.rules;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * One office regime (制度): a preset of SPEC §11 with the manager's overrides applied. Immutable;
 * the values are read once into fields because the judge consults them for every entry.
 */
public final class Policy {

    /** How referrals 老带新 are judged (SPEC §4 and the presets that differ there). */
    public enum ReferralMode { OWNER, NAMED_ONLY, ROTATION_RETURN, RECEIVER_WINDOW, CHAIN, NONE }

    private final String id;
    private final String title;
    private final Map<Param, String> raw;
    private final Map<Param, String> sources;

    final Span visitProtection;
    final Span callProtection;
    final boolean callYieldsToVisit;
    final Span followUpProtection;
    final boolean anyVisitRenews;
    final Span claimCap;
    final Span maxTracking;
    final Span prospectProtection;
    final Span reportValidity;
    final int reportFailLimit;
    final ReferralMode referralMode;
    final Span referralProtection;
    final Split absentNamedSplit;
    final Split standInDelegatedSplit;
    final Split standInUndelegatedSplit;
    final Split ownerClosesAfterStandInSplit;
    final Split unknowingSplit;
    final boolean unknowingSameDayOnly;
    final Split assistSplit;
    final int poachPenalty;
    final boolean poachOnContact;
    final RuleId poachRule;
    final Span signingDayConfirm;
    final boolean leaveMovesDealt;
    final boolean dealToBuyersReceiver;
    final int complaintPenalty;
    final int escalationPenalty;
    final int quarrelPenalty;

    Policy(String id, String title, Map<Param, String> values, Map<Param, String> sources) {
        for (Param p : Param.values()) {
            if (!values.containsKey(p)) {
                throw new IllegalArgumentException("制度 " + id + " 缺少参数 " + p.key());
            }
        }
        this.id = id;
        this.title = title;
        this.raw = Collections.unmodifiableMap(new EnumMap<>(values));
        this.sources = sources;
        visitProtection = span(Param.VISIT_PROTECTION);
        callProtection = span(Param.CALL_PROTECTION);
        callYieldsToVisit = bool(Param.CALL_YIELDS_TO_VISIT);
        followUpProtection = span(Param.FOLLOW_UP_PROTECTION);
        anyVisitRenews = bool(Param.ANY_VISIT_RENEWS);
        claimCap = span(Param.CLAIM_CAP);
        maxTracking = span(Param.MAX_TRACKING);
        prospectProtection = span(Param.PROSPECT_PROTECTION);
        reportValidity = span(Param.REPORT_VALIDITY);
        reportFailLimit = Integer.parseInt(raw.get(Param.REPORT_FAIL_LIMIT));
        referralMode = switch (raw.get(Param.REFERRAL_MODE)) {
            case "owner" -> ReferralMode.OWNER;
            case "namedOnly" -> ReferralMode.NAMED_ONLY;
            case "rotationReturn" -> ReferralMode.ROTATION_RETURN;
            case "receiverWindow" -> ReferralMode.RECEIVER_WINDOW;
            case "chain" -> ReferralMode.CHAIN;
            default -> ReferralMode.NONE;
        };
        referralProtection = span(Param.REFERRAL_PROTECTION);
        absentNamedSplit = split(Param.ABSENT_NAMED_SPLIT);
        standInDelegatedSplit = split(Param.STAND_IN_DELEGATED_SPLIT);
        standInUndelegatedSplit = split(Param.STAND_IN_UNDELEGATED_SPLIT);
        ownerClosesAfterStandInSplit = split(Param.OWNER_CLOSES_AFTER_STAND_IN_SPLIT);
        unknowingSplit = split(Param.UNKNOWING_SPLIT);
        unknowingSameDayOnly = bool(Param.UNKNOWING_SAME_DAY_ONLY);
        assistSplit = split(Param.ASSIST_SPLIT);
        poachPenalty = Integer.parseInt(raw.get(Param.POACH_PENALTY));
        poachOnContact = bool(Param.POACH_ON_CONTACT);
        poachRule = RuleId.of(raw.get(Param.POACH_RULE));
        signingDayConfirm = span(Param.SIGNING_DAY_CONFIRM);
        leaveMovesDealt = bool(Param.LEAVE_MOVES_DEALT);
        dealToBuyersReceiver = bool(Param.DEAL_TO_BUYERS_RECEIVER);
        complaintPenalty = Integer.parseInt(raw.get(Param.COMPLAINT_PENALTY));
        escalationPenalty = Integer.parseInt(raw.get(Param.ESCALATION_PENALTY));
        quarrelPenalty = Integer.parseInt(raw.get(Param.QUARREL_PENALTY));
    }

    /** The preset id, e.g. {@code sales-dept}. */
    public String id() {
        return id;
    }

    /** The seed's title of the regime, e.g. 销售部客户管理制度及佣金制度. */
    public String title() {
        return title;
    }

    /** A parameter's value as written in the preset or the override. */
    public String value(Param p) {
        return raw.get(p);
    }

    /** The seed clause a parameter's value comes from, as the preset file comments it. */
    public String source(Param p) {
        return sources.getOrDefault(p, "");
    }

    /** The clause reference alone (before the quotation), for a verdict's trail: 「四 客户时效」. */
    public String clause(Param p) {
        String s = source(p);
        int cut = s.length();
        for (String stop : new String[] {"「", ":", "(", ",", ";"}) {
            int i = s.indexOf(stop);
            if (i > 0 && i < cut) {
                cut = i;
            }
        }
        return s.substring(0, cut).strip();
    }

    public Map<Param, String> values() {
        return raw;
    }

    /** This policy with some parameters replaced; each value is checked. */
    public Policy with(Map<Param, String> overrides) {
        if (overrides.isEmpty()) {
            return this;
        }
        EnumMap<Param, String> v = new EnumMap<>(raw);
        EnumMap<Param, String> s = new EnumMap<>(sources);
        overrides.forEach((p, val) -> {
            v.put(p, p.check(val));
            s.put(p, "案例参数覆盖");
        });
        return new Policy(id, title, v, Collections.unmodifiableMap(s));
    }

    /**
     * DSP-4: by when a consultant who received another's customer at {@code received} must tell the owner —
     * 12 hours (protection-48h 接待时冲突1), 9:30 the next day (sales-dept 二.1.11); empty where the regime sets no time.
     */
    public java.util.Optional<java.time.LocalDateTime> noticeDue(java.time.LocalDateTime received) {
        return switch (raw.get(Param.NOTICE_DEADLINE)) {
            case "PT12H" -> java.util.Optional.of(received.plusHours(12));
            case "PT24H" -> java.util.Optional.of(received.plusHours(24));
            case "nextDay0930" -> java.util.Optional.of(received.toLocalDate().plusDays(1).atTime(9, 30));
            default -> java.util.Optional.empty();
        };
    }

    /** The board's treatment of a consultant away without leave: {@code makeUp} or {@code pass} (ROT-2). */
    public String awayWithoutLeave() {
        return raw.get(Param.AWAY_WITHOUT_LEAVE);
    }

    /** Who serves a self-declared non-buyer: {@code last} or {@code inTurn} (ROT-7). */
    public String nonbuyer() {
        return raw.get(Param.NONBUYER);
    }

    /** Whether a stand-in for an old customer, passed over, is made up before anyone else (ROT-15). */
    public boolean standInFirst() {
        return Boolean.parseBoolean(raw.get(Param.STAND_IN_FIRST));
    }

    private Span span(Param p) {
        return Span.parse(raw.get(p));
    }

    private Split split(Param p) {
        return Split.parseOrNull(raw.get(p));
    }

    private boolean bool(Param p) {
        return Boolean.parseBoolean(raw.get(p));
    }

    /** Two policies are equal when they are the same regime with the same values. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Policy other && id.equals(other.id) && raw.equals(other.raw);
    }

    @Override
    public int hashCode() {
        return id.hashCode() * 31 + raw.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
