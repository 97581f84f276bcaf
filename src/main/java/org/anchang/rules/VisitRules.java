package org.anchang.rules;

import org.anchang.register.Visit;
import org.anchang.rules.GroupState.Claim;
import org.anchang.rules.GroupState.DayFact;
import org.anchang.rules.GroupState.Member;

/**
 * What a reception 来访 does to ownership: registration (REG-1), stand-ins (SPLIT-3), referrals
 * (REF-1..10), named consultants (OWN-2, OWN-7), channel customers (RPT-3), calls yielding (PROT-2)
 * and collisions (OWN-1).
 */
final class VisitRules {

    private final Replay r;
    private final Policy p;
    private final ReferralRules referrals;

    VisitRules(Replay replay) {
        this.r = replay;
        this.p = replay.policy();
        this.referrals = new ReferralRules(replay, this);
    }

    void visit(Visit v, long m) {
        Member c = r.member(v.customer(), m);
        GroupState g = v.relation().isPresent() ? r.relate(c, v.relation().get(), m) : c.group;
        r.refresh(g, m);
        String by = v.by();
        if (!v.registered()) {
            g.unregisteredBy(by);
            r.note(m, RuleId.REG_1, null, () -> r.name(by) + " 接待「" + c.label() + "」未登记,不产生归属");
            return;
        }
        if (c.firstReceiver == null) {
            c.firstReceiver = by;
        }
        if (v.quarrelBy().isPresent() && p.quarrelPenalty > 0) {
            quarrel(c, g, v, m);
            return;
        }
        if (v.standInFor().isPresent() && standIn(c, g, v, m)) {
            return;
        }
        if (v.referredBy().isPresent()) {
            referrals.referral(c, g, v, m);
            return;
        }
        if (v.friendOf().isPresent() || v.groupBuyer() && v.named().isPresent()) {
            named(c, g, v, m);
            return;
        }
        if (v.purpose() != Visit.Purpose.VIEW && g.hasConsultantOwner() && !by.equals(g.owner)) {
            g.purpose = new DayFact(by, Math.floorDiv(m, 1440), Split.ALL_TO_OWNER, RuleId.SPLIT_6);
            String o = g.owner;
            r.note(m, RuleId.SPLIT_6, null, () -> "「" + c.label() + "」只为" + (v.purpose() == Visit.Purpose.SIGN ? "签约" : "交定金") + "而来,"
                    + r.name(by) + " 为义务协助,客户仍归 " + r.name(o));
            return;
        }
        claimByVisit(c, g, v, m);
    }

    /** A plain registered visit: first claim, renewal, or a collision. */
    void claimByVisit(Member c, GroupState g, Visit v, long m) {
        String by = v.by();
        String o = g.owner;
        long day = Math.floorDiv(m, 1440);
        if (o == null) {
            var report = r.reportsTakeFor(c.phone, m);
            if (report.isPresent()) {
                String agent = report.get().agent;
                r.claim(g, agent, Claim.VISIT, p.visitProtection, m);
                r.note(m, RuleId.RPT_3, Param.REPORT_VALIDITY, () -> r.name(agent) + " 已于 " + Replay.date(report.get().at) + " 报备「" + c.label()
                        + "」," + r.name(by) + " 接待登记,客户归报备的 " + r.name(agent));
                return;
            }
            if (v.named().isPresent() && !v.named().get().equals(by)) {
                String n = v.named().get();
                boolean recalled = g.hadUnregistered(n);
                r.claim(g, n, Claim.VISIT, p.visitProtection, m);
                if (v.ownerAbsent()) {
                    g.receiver = new DayFact(by, day, null, RuleId.OWN_2);
                }
                r.note(m, recalled ? RuleId.OWN_7 : RuleId.OWN_2, null, () -> recalled
                        ? "「" + c.label() + "」在接待中记起原接待的 " + r.name(n) + "(原未登记),客户归 " + r.name(n)
                        : "「" + c.label() + "」首次来访指名 " + r.name(n) + ",客户归 " + r.name(n)
                                + (v.ownerAbsent() ? ";" + r.name(n) + " 不在,由 " + r.name(by) + " 接待,当日成交归 " + r.name(by) : ""));
                return;
            }
            boolean again = g.lastOwner != null;
            r.claim(g, by, Claim.VISIT, p.visitProtection, m);
            r.note(m, again ? RuleId.PROT_4 : RuleId.OWN_1, Param.VISIT_PROTECTION, () -> r.name(by) + " " + Replay.date(m)
                    + (again ? " 重新登记来访「" : " 首次登记来访「") + c.label() + "」," + Replay.protection(g.until));
            if (g.unregistered != null && g.unregistered.stream().anyMatch(u -> !u.equals(by)) && p.id().equals("sales-office")) {
                r.note(m, RuleId.OWN_8, null, () -> "此前有未登记的接待(" + String.join("、", g.unregistered.stream().map(r::name).toList())
                        + "),如起争议,业绩归属由经理酌情分配");
            }
            return;
        }
        if (o.equals(by)) {
            r.renew(g, p.visitProtection, m);
            if (g.claim != Claim.REFERRAL) {
                g.claim = Claim.VISIT;
            }
            r.note(m, RuleId.PROT_1, Param.VISIT_PROTECTION, () -> r.name(by) + " 再次接待「" + c.label() + "」," + Replay.protection(g.until));
            return;
        }
        if (o.equals(Owner.POOL)) {
            r.note(m, RuleId.OWN_3, null, () -> "「" + c.label() + "」是销售部公共客户,须经理分配;" + r.name(by) + " 接待不得据为己有");
            return;
        }
        if (o.equals(Owner.HOUSE)) {
            r.note(m, RuleId.OWN_5, null, () -> "「" + c.label() + "」为公司客户(公佣)," + r.name(by) + " 接待不改变归属");
            return;
        }
        if (g.claim == Claim.REPORT) {
            r.claim(g, o, Claim.VISIT, p.visitProtection, m);
            r.reportsTakeFor(c.phone, m);
            r.note(m, RuleId.RPT_3, Param.REPORT_VALIDITY, () -> r.name(by) + " 接待报备客户「" + c.label() + "」,客户归报备的 " + r.name(o));
            return;
        }
        if (g.claim == Claim.CALL && p.callYieldsToVisit) {
            if (v.named().filter(o::equals).isPresent()) {
                g.claim = Claim.VISIT;
                r.renew(g, p.visitProtection, m);
                r.note(m, RuleId.PROT_2, Param.CALL_YIELDS_TO_VISIT, () -> "「" + c.label() + "」到访指名找接听来电的 " + r.name(o)
                        + ",以客户到访所找的顾问为准,客户归 " + r.name(o));
            } else {
                r.claim(g, by, Claim.VISIT, p.visitProtection, m);
                r.note(m, RuleId.PROT_2, Param.CALL_YIELDS_TO_VISIT, () -> r.name(o) + " 的来电登记让位于 " + r.name(by)
                        + " 的来访登记(客户未指名 " + r.name(o) + "),客户归 " + r.name(by) + "," + Replay.protection(g.until));
            }
            return;
        }
        if (v.named().filter(o::equals).isPresent()) {
            r.note(m, RuleId.OWN_1, null, () -> "「" + c.label() + "」指名原顾问 " + r.name(o) + "," + r.name(by) + " 代为接待,客户仍归 " + r.name(o));
            return;
        }
        if (p.anyVisitRenews) {
            r.renew(g, p.visitProtection, m);
        }
        if (g.dealt && v.ownerAbsent()) {
            g.asNew = new DayFact(by, day, null, RuleId.SPLIT_7);
        }
        g.visitByOther = new DayFact(by, day, null, RuleId.SPLIT_4);
        g.collide(by);
        r.note(m, RuleId.OWN_1, Param.VISIT_PROTECTION, () -> "撞单:" + r.name(by) + " 登记来访「" + c.label() + "」,客户已属 " + r.name(o)
                + (g.dealt ? "(已成交)" : "(" + Replay.protection(g.until) + ")") + ",记录而不给予归属");
    }

    /** SPLIT-3: a reception taken for the owner; returns false when the named owner is not the owner. */
    private boolean standIn(Member c, GroupState g, Visit v, long m) {
        String o = v.standInFor().get();
        String by = v.by();
        if (!o.equals(g.owner) || o.equals(by)) {
            r.note(m, RuleId.SPLIT_3, null, () -> r.name(by) + " 代 " + r.name(o) + " 接待,但「" + c.label() + "」此时不属 " + r.name(o)
                    + ",按普通来访处理");
            return false;
        }
        Split s = !v.ownerAbsent() ? Split.ALL_TO_OWNER
                : v.delegated() ? p.standInDelegatedSplit : p.standInUndelegatedSplit;
        Split split = s == null ? Split.ALL_TO_OWNER : s;
        g.standIn = new DayFact(by, Math.floorDiv(m, 1440), split, RuleId.SPLIT_3);
        if (v.ownerAbsent()) {
            g.standInHelper = by;
        }
        Param param = !v.ownerAbsent() ? null : v.delegated() ? Param.STAND_IN_DELEGATED_SPLIT : Param.STAND_IN_UNDELEGATED_SPLIT;
        r.note(m, RuleId.SPLIT_3, param, () -> r.name(by) + " 代 " + r.name(o) + " 接待「" + c.label() + "」"
                + (v.ownerAbsent() ? (v.delegated() ? "(原顾问不在,已委托)" : "(原顾问不在,未委托)") : "(原顾问在场)")
                + ",客户仍归 " + r.name(o) + ";当日由 " + r.name(by) + " 成交,业绩 " + r.name(o) + "/" + r.name(by) + " = " + split.chinese());
        if (v.notifiedLate()) {
            int times = r.sanctionCount(by, RuleId.PEN_1);
            String what = times == 1 ? "停盘一周" : "辞退";
            r.penalty(by, 0, RuleId.PEN_1, "代接后未在次日9:30前告知原顾问:" + what);
            r.note(m, RuleId.DSP_4, null, () -> r.name(by) + " 代接后未及时告知 " + r.name(o) + "(第" + times + "次):" + what + "(PEN-1)");
        }
        return true;
    }

    /** REF-5 and REF-6: a consultant's friend, or a group buyer, naming a consultant. */
    private void named(Member c, GroupState g, Visit v, long m) {
        String n = v.friendOf().orElseGet(() -> v.named().orElseThrow());
        RuleId rule = v.friendOf().isPresent() ? RuleId.REF_5 : RuleId.REF_6;
        String by = v.by();
        if (g.hasConsultantOwner() && !g.owner.equals(n)) {
            claimByVisit(c, g, v, m);
            return;
        }
        r.claim(g, n, Claim.VISIT, p.visitProtection, m);
        Split s = p.absentNamedSplit == null ? Split.ALL_TO_OWNER : p.absentNamedSplit;
        if (v.ownerAbsent() && !by.equals(n)) {
            g.helper = new DayFact(by, Math.floorDiv(m, 1440), s, rule);
        }
        r.note(m, rule, Param.ABSENT_NAMED_SPLIT, () -> "「" + c.label() + "」" + (rule == RuleId.REF_5 ? "为 " + r.name(n) + " 的亲友" : "为团体客户,指名 " + r.name(n))
                + ",客户归 " + r.name(n) + (v.ownerAbsent() ? ";" + r.name(n) + " 不在,由 " + r.name(by) + " 协助,当日成交 " + s.chinese() : ""));
    }

    /** PEN-7: quarrelling over a customer in front of them; the customer goes to the office. */
    private void quarrel(Member c, GroupState g, Visit v, long m) {
        String who = v.quarrelBy().get();
        int times = r.sanctionCount(who, RuleId.PEN_7);
        g.lastOwner = g.owner;
        g.owner = Owner.HOUSE;
        g.until = Span.FOREVER;
        r.penalty(who, p.quarrelPenalty, RuleId.PEN_7, "当客户面争吵抢客:客户充公,罚款" + p.quarrelPenalty + "元" + (times > 1 ? ",第二次辞退" : ""));
        r.note(m, RuleId.PEN_7, Param.QUARREL_PENALTY, () -> r.name(who) + " 当客户面争吵抢客,「" + c.label() + "」充公,罚款" + p.quarrelPenalty + "元"
                + (times > 1 ? "(第二次,辞退)" : ""));
    }
}
