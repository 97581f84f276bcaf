package org.anchang.rules;

import org.anchang.register.Visit;
import org.anchang.rules.GroupState.Claim;
import org.anchang.rules.GroupState.DayFact;
import org.anchang.rules.GroupState.Member;

/**
 * Referrals 老带新 (SPEC §4): who owns a new customer who came through an old one, by the regime's
 * {@code referralMode}: sales-dept and software-record (REF-1..3), the 48-hour and first-reception
 * regimes (REF-9), sales-office (REF-10), onsite-offsite (REF-7), first-contact (REF-8).
 */
final class ReferralRules {

    private final Replay r;
    private final Policy p;
    private final VisitRules plain;

    ReferralRules(Replay replay, VisitRules plain) {
        this.r = replay;
        this.p = replay.policy();
        this.plain = plain;
    }

    void referral(Member c, GroupState g, Visit v, long m) {
        String by = v.by();
        long day = Math.floorDiv(m, 1440);
        Member old = r.member(v.referredBy().get());
        r.refresh(old.group, m);
        String o = old.group.hasConsultantOwner() ? old.group.owner : null;
        if (p.referralMode == Policy.ReferralMode.NONE) {
            r.note(m, RuleId.REF_2, Param.REFERRAL_MODE, () -> "「" + c.label() + "」由老客户「" + old.label() + "」介绍;本制度老带新按正常登记确认");
            plain.claimByVisit(c, g, v, m);
            return;
        }
        if (g.owner != null && !g.owner.equals(by)) {
            String reg = g.owner;
            if (g.hasConsultantOwner()) {
                g.collide(by);
            }
            r.note(m, RuleId.REF_4, null, () -> "被介绍的「" + c.label() + "」此前已由 " + r.name(reg) + " 登记"
                    + (g.dealt || g.until == Span.FOREVER ? "" : "(保护至 " + Replay.day(g.until) + ")") + ",归登记者 " + r.name(reg));
            return;
        }
        if (g.owner != null) {
            plain.claimByVisit(c, g, v, m);
            return;
        }
        if (o == null) {
            r.note(m, RuleId.REF_2, null, () -> "介绍人「" + old.label() + "」无归属顾问,「" + c.label() + "」按正常轮序接待");
            plain.claimByVisit(c, g, v, m);
            return;
        }
        String intro = r.tracing() ? "「" + c.label() + "」由老客户「" + old.label() + "」" + (v.accompanied() ? "陪同" : "介绍") + "来访," : "";
        switch (p.referralMode) {
            case OWNER -> owner(c, g, v, m, o, intro);
            case NAMED_ONLY -> {
                if (v.named().isPresent()) {
                    String n = v.named().get();
                    r.claim(g, n, Claim.VISIT, p.visitProtection, m);
                    r.note(m, RuleId.REF_9, Param.REFERRAL_MODE, () -> intro + "新客户主动要求 " + r.name(n) + " 接待,业绩归 " + r.name(n));
                } else {
                    r.note(m, RuleId.REF_9, Param.REFERRAL_MODE, () -> intro + "新客户未指定顾问,视同新客户");
                    plain.claimByVisit(c, g, v, m);
                }
            }
            case ROTATION_RETURN -> {
                r.claim(g, o, Claim.VISIT, p.visitProtection, m);
                if (v.ownerAbsent() && !by.equals(o)) {
                    g.helper = new DayFact(by, day, orAll(p.absentNamedSplit), RuleId.REF_10);
                }
                r.note(m, RuleId.REF_10, Param.ABSENT_NAMED_SPLIT, () -> intro + "轮值 " + r.name(by) + " 接待后归还 " + r.name(o)
                        + (v.ownerAbsent() ? ";" + r.name(o) + " 不在案场,当场成交 " + orAll(p.absentNamedSplit).chinese() : ""));
            }
            case RECEIVER_WINDOW -> {
                r.claim(g, by, Claim.REFERRAL, p.referralProtection, m);
                r.note(m, RuleId.REF_7, Param.REFERRAL_PROTECTION, () -> intro + r.name(by) + " 为第一接待人;至 " + Replay.day(g.until)
                        + " 前成交归 " + r.name(by) + ",逾期无成交转给新接待人员");
            }
            case CHAIN -> {
                r.claim(g, o, Claim.VISIT, p.visitProtection, m);
                if (v.ownerAbsent() && !by.equals(o)) {
                    g.helper = new DayFact(by, day, orAll(p.absentNamedSplit), RuleId.REF_8);
                }
                r.note(m, RuleId.REF_8, Param.REFERRAL_MODE, () -> intro + "按裙带原则归 " + r.name(o)
                        + (by.equals(o) ? "" : ",由 " + r.name(by) + " 接待" + (v.ownerAbsent() ? ",业绩计入 " + r.name(o) : "")));
            }
            default -> plain.claimByVisit(c, g, v, m);
        }
    }

    /** sales-dept 二.2 and software-record (三): accompanied or mentioned, owner present, delegated or named. */
    private void owner(Member c, GroupState g, Visit v, long m, String o, String intro) {
        String by = v.by();
        long day = Math.floorDiv(m, 1440);
        boolean delegated = v.delegated() || v.standInFor().filter(o::equals).isPresent();
        boolean named = v.named().filter(o::equals).isPresent();
        RuleId rule = v.accompanied() ? RuleId.REF_1 : RuleId.REF_2;
        if (!v.ownerAbsent() || by.equals(o)) {
            r.claim(g, o, Claim.VISIT, p.visitProtection, m);
            r.note(m, rule, Param.REFERRAL_MODE, () -> intro + "原顾问 " + r.name(o) + " 在场,新客户归 " + r.name(o));
        } else if (delegated) {
            r.claim(g, o, Claim.VISIT, p.visitProtection, m);
            Split s = orAll(p.standInDelegatedSplit);
            g.standIn = new DayFact(by, day, s, RuleId.SPLIT_3);
            r.note(m, rule, Param.STAND_IN_DELEGATED_SPLIT, () -> intro + r.name(o) + " 不在但已委托,由 " + r.name(by) + " 代接,新客户归 "
                    + r.name(o) + ";当日成交 " + s.chinese());
        } else if (v.accompanied() && !named) {
            r.claim(g, by, Claim.VISIT, p.visitProtection, m);
            g.receiver = new DayFact(by, day, null, RuleId.REF_1);
            r.note(m, RuleId.REF_1, Param.REFERRAL_MODE, () -> intro + r.name(o) + " 不在、未委托、老客户也未指名:新客户及当日成交归当班 "
                    + r.name(by) + ";老客户仍归 " + r.name(o));
        } else {
            r.claim(g, o, Claim.VISIT, p.visitProtection, m);
            Split s = orAll(p.absentNamedSplit);
            g.helper = new DayFact(by, day, s, RuleId.REF_3);
            r.note(m, RuleId.REF_3, Param.ABSENT_NAMED_SPLIT, () -> intro + "指名的 " + r.name(o) + " 不在且未委托," + r.name(by)
                    + " 义务接待;当日成交 " + r.name(o) + "/" + r.name(by) + " = " + s.chinese() + ",未成交归 " + r.name(o) + " 跟进");
        }
    }

    private static Split orAll(Split s) {
        return s == null ? Split.ALL_TO_OWNER : s;
    }
}
