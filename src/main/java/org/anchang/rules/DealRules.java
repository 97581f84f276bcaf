package org.anchang.rules;

import org.anchang.register.Assist;
import org.anchang.register.Confirm;
import org.anchang.register.Deal;
import org.anchang.rules.GroupState.Claim;
import org.anchang.rules.GroupState.DayFact;
import org.anchang.rules.GroupState.Member;

/**
 * How a deal's credit is split (SPEC §5) and what deep contact by a non-owner costs (SPLIT-4, SPLIT-5).
 * Precedence among another consultant's deals: SPLIT-6, then the day's reception facts
 * (OWN-2/REF-1 receiver, REF-3/5/6/8/10 helper, SPLIT-3 stand-in), SPLIT-7, SPLIT-5, SPLIT-4, SPLIT-2.
 */
final class DealRules {

    private final Replay r;
    private final Policy p;

    DealRules(Replay replay) {
        this.r = replay;
        this.p = replay.policy();
    }

    void deal(Deal d, long m) {
        Member c = r.customerAt(d.customer(), m);
        GroupState g = c.group;
        String by = d.by();
        long day = Math.floorDiv(m, 1440);
        DealDraft draft = r.newDeal(new DealDraft(d.at(), by, c.phone, d.stage() == Deal.Stage.DEPOSIT ? "deposit" : "contract", d.amount()));
        String stage = d.stage() == Deal.Stage.DEPOSIT ? "交定金" : "签约";
        if (d.developerRelation()) {
            draft.all(Owner.HOUSE);
            draft.cite(RuleId.OWN_5);
            g.lastOwner = g.owner;
            g.owner = Owner.HOUSE;
            g.until = Span.FOREVER;
            g.dealt = true;
            r.note(m, RuleId.OWN_5, null, () -> "「" + c.label() + "」为开发商关系客户," + r.name(by) + " " + stage + ",佣金为公佣");
            return;
        }
        String o = buyersReceiver(g, c, draft, m);
        if (o == null) {
            if (g.lastOwner != null) {
                draft.cite(RuleId.PROT_4);
            }
            draft.all(by);
            draft.cite(RuleId.SPLIT_1);
            if (g.unregistered != null && p.id().equals("sales-office")) {
                draft.cite(RuleId.OWN_8);
            }
            r.claim(g, by, Claim.VISIT, Span.UNLIMITED, m);
            r.note(m, RuleId.SPLIT_1, null, () -> r.name(by) + " " + stage + ",客户无人保护,业绩全归 " + r.name(by));
        } else if (o.equals(Owner.POOL) || o.equals(Owner.HOUSE)) {
            draft.all(Owner.HOUSE);
            draft.cite(o.equals(Owner.POOL) ? RuleId.OWN_3 : RuleId.OWN_5);
            r.note(m, draft.rules.get(0), null, () -> r.name(by) + " " + stage + ",客户属" + r.name(g.owner)
                    + ",业绩暂记公司,待经理分配(OWN-6)");
            return;
        } else if (o.equals(by)) {
            ownerCloses(g, draft, by, stage, m);
        } else {
            another(g, c, draft, d, o, day, stage, m);
        }
        if (!g.dealt && g.hasConsultantOwner()) {
            g.dealt = true;
            g.until = Span.FOREVER;
            String w = g.owner;
            r.note(m, RuleId.PROT_6, null, () -> "成交客户,归属 " + r.name(w) + " 不再失效");
        }
    }

    /** first-reception 3D: relatives viewed for the buyer with another consultant; the buyer's own receiver gets the deal. */
    private String buyersReceiver(GroupState g, Member c, DealDraft draft, long m) {
        String o = g.owner;
        if (!p.dealToBuyersReceiver || !g.hasConsultantOwner() || c.firstReceiver == null || c.firstReceiver.equals(o)) {
            return o;
        }
        String buyers = c.firstReceiver;
        draft.cite(RuleId.REG_4);
        r.note(m, RuleId.REG_4, Param.DEAL_TO_BUYERS_RECEIVER, () -> "亲属曾代「" + c.label() + "」看房(" + r.name(o) + " 接待),购房人本人由 "
                + r.name(buyers) + " 接待,成交业绩计入 " + r.name(buyers));
        return buyers;
    }

    private void ownerCloses(GroupState g, DealDraft draft, String by, String stage, long m) {
        if (g.standInHelper != null && p.ownerClosesAfterStandInSplit != null && !g.standInHelper.equals(by)) {
            String h = g.standInHelper;
            draft.split(by, h, p.ownerClosesAfterStandInSplit);
            draft.cite(RuleId.SPLIT_3);
            r.note(m, RuleId.SPLIT_3, Param.OWNER_CLOSES_AFTER_STAND_IN_SPLIT, () -> r.name(h) + " 曾辅助接待," + r.name(by) + " 最后" + stage + ",业绩 "
                    + p.ownerClosesAfterStandInSplit.chinese());
        } else if (g.assistBy != null && p.assistSplit != null && !g.assistBy.equals(by)) {
            String h = g.assistBy;
            draft.split(by, h, p.assistSplit);
            draft.cite(RuleId.SPLIT_4);
            r.note(m, RuleId.SPLIT_4, Param.ASSIST_SPLIT, () -> r.name(h) + " 不知情深度接触并有重大促进," + r.name(by) + " " + stage + ",业绩 "
                    + r.name(by) + "/" + r.name(h) + " = " + p.assistSplit.chinese());
        } else {
            draft.all(by);
            draft.cite(RuleId.SPLIT_1);
            r.note(m, RuleId.SPLIT_1, null, () -> "归属顾问 " + r.name(by) + " " + stage + ",业绩全归 " + r.name(by));
        }
    }

    private void another(GroupState g, Member c, DealDraft draft, Deal d, String o, long day, String stage, long m) {
        String by = d.by();
        DayFact fact;
        if (g.purpose != null && g.purpose.matches(by, day)) {
            draft.all(o);
            draft.cite(RuleId.SPLIT_6);
            r.note(m, RuleId.SPLIT_6, null, () -> "客户只为" + stage + "而来," + r.name(by) + " 义务协助不计业绩,业绩全归 " + r.name(o));
        } else if ((fact = g.receiver) != null && fact.matches(by, day)) {
            draft.all(by);
            draft.cite(fact.rule());
            r.claim(g, by, Claim.VISIT, Span.UNLIMITED, m);
            r.note(m, fact.rule(), null, () -> "当日由当值接待的 " + r.name(by) + " " + stage + ",业绩归 " + r.name(by));
        } else if ((fact = g.helper) != null && fact.matches(by, day)) {
            draft.split(o, by, fact.split());
            draft.cite(fact.rule());
            Split s = fact.split();
            r.note(m, fact.rule(), Param.ABSENT_NAMED_SPLIT, () -> "当日由协助接待的 " + r.name(by) + " " + stage + ",业绩 " + r.name(o) + "/" + r.name(by)
                    + " = " + s.chinese());
        } else if ((fact = g.standIn) != null && fact.matches(by, day)) {
            draft.split(o, by, fact.split());
            draft.cite(RuleId.SPLIT_3);
            Split s = fact.split();
            r.note(m, RuleId.SPLIT_3, null, () -> "代接的 " + r.name(by) + " 当日" + stage + ",业绩 " + r.name(o) + "/" + r.name(by) + " = " + s.chinese());
        } else if (g.dealt && g.asNew != null && g.asNew.matches(by, day) && !d.knowing() && p.signingDayConfirm.gives()) {
            draft.all(by);
            draft.cite(RuleId.SPLIT_7);
            draft.pending = true;
            g.pendingConfirm = draft;
            g.confirmDeadline = p.signingDayConfirm.end(m);
            r.note(m, RuleId.SPLIT_7, Param.SIGNING_DAY_CONFIRM, () -> "老客户「" + c.label() + "」在 " + r.name(o) + " 不在时被当作新客户,由 " + r.name(by)
                    + " 签约;" + r.name(o) + " 最迟须在 " + Replay.day(g.confirmDeadline) + "(含当日)确认,否则业绩归 " + r.name(by));
        } else if (d.knowing()) {
            draft.all(o);
            draft.cite(RuleId.SPLIT_5);
            g.collide(by);
            r.note(m, RuleId.SPLIT_5, null, () -> r.name(by) + " 明知「" + c.label() + "」属 " + r.name(o) + " 仍" + stage + ",业绩全归 " + r.name(o));
            poach(g, by, o, draft, m);
        } else if (p.unknowingSplit != null && !relativeOfOwnersCustomer(g, c, o)
                && (!p.unknowingSameDayOnly || g.visitByOther != null && g.visitByOther.matches(by, day))) {
            draft.split(o, by, p.unknowingSplit);
            draft.cite(RuleId.SPLIT_4);
            r.note(m, RuleId.SPLIT_4, Param.UNKNOWING_SPLIT, () -> r.name(by) + " 不知「" + c.label() + "」属 " + r.name(o) + " 而" + stage + ",业绩 "
                    + r.name(o) + "/" + r.name(by) + " = " + p.unknowingSplit.chinese());
        } else {
            draft.all(o);
            draft.cite(RuleId.SPLIT_2);
            if (relativeOfOwnersCustomer(g, c, o)) {
                draft.cite(RuleId.REG_4);
            }
            r.note(m, RuleId.SPLIT_2, Param.VISIT_PROTECTION, () -> r.name(by) + " " + stage + ",客户在 " + r.name(o) + " 的保护期内,按第一登记原则业绩全归 "
                    + r.name(o));
        }
    }

    /**
     * The buyer is a relative in the owner's group whom the owner never received (sales-office 具体执行3:
     * family members registered with different consultants go by the first registration, not by SPLIT-4).
     */
    private static boolean relativeOfOwnersCustomer(GroupState g, Member c, String o) {
        return g.members.size() > 1 && !o.equals(c.firstReceiver);
    }

    private void poach(GroupState g, String by, String o, DealDraft draft, long m) {
        if (p.poachPenalty > 0 && g.penalise(by)) {
            if (draft != null) {
                draft.cite(p.poachRule);
            }
            String text = switch (p.poachRule) {
                case PEN_4 -> "有意隐瞒原客户登记:业绩没收,罚款" + p.poachPenalty + "元";
                case PEN_5 -> "抢单:取消接待权3–15天,罚款" + p.poachPenalty + "元以上";
                default -> "知情深度接触他人客户,不论成交与否罚款" + p.poachPenalty + "元";
            };
            r.penalty(by, p.poachPenalty, p.poachRule, text);
            r.note(m, p.poachRule, Param.POACH_PENALTY, () -> r.name(by) + " 知情接触 " + r.name(o) + " 的客户:" + text);
        }
    }

    void assist(Assist a, long m) {
        Member c = r.customerAt(a.customer(), m);
        GroupState g = c.group;
        String by = a.by();
        String o = g.owner;
        if (!g.hasConsultantOwner() || o.equals(by)) {
            r.note(m, RuleId.SPLIT_4, null, () -> r.name(by) + " 接触「" + c.label() + "」(客户" + (o == null ? "无人保护" : "属 " + r.name(o)) + "),不影响归属");
            return;
        }
        if (a.knowing()) {
            g.collide(by);
            r.note(m, RuleId.SPLIT_5, null, () -> r.name(by) + " 明知「" + c.label() + "」属 " + r.name(o) + " 仍深度接触");
            if (p.poachOnContact) {
                poach(g, by, o, null, m);
            }
        } else if (a.major()) {
            g.assistBy = by;
            r.note(m, RuleId.SPLIT_4, Param.ASSIST_SPLIT, () -> r.name(by) + " 不知情深度接触 " + r.name(o) + " 的客户并有重大促进"
                    + (p.assistSplit == null ? "(本制度不分成)" : ";若由 " + r.name(o) + " 成交,业绩 " + p.assistSplit.chinese()));
        } else {
            r.note(m, RuleId.SPLIT_4, null, () -> r.name(by) + " 不知情接触 " + r.name(o) + " 的客户,无重大促进,不影响归属");
        }
    }

    void confirm(Confirm cf, long m) {
        Member c = r.customerAt(cf.customer(), m);
        GroupState g = c.group;
        String by = cf.by();
        DealDraft d = g.pendingConfirm;
        if (d == null || !by.equals(g.owner)) {
            r.note(m, RuleId.SPLIT_7, null, () -> r.name(by) + " 确认「" + c.label() + "」为老客户,但没有待确认的签约");
            return;
        }
        g.pendingConfirm = null;
        d.all(by);
        d.pending = false;
        r.note(m, RuleId.SPLIT_7, Param.SIGNING_DAY_CONFIRM, () -> r.name(by) + " 在签约后期限内确认「" + c.label() + "」为自己的老客户,该单业绩归 " + r.name(by));
    }
}
