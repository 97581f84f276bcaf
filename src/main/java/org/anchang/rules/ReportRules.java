package org.anchang.rules;

import java.util.List;
import org.anchang.register.Report;
import org.anchang.rules.GroupState.Claim;
import org.anchang.rules.GroupState.Member;

/** Channel reports 报备 (SPEC §7, RPT-1..5, REG-6). */
final class ReportRules {

    private final Replay r;
    private final Policy p;
    private final ReportBook book;

    ReportRules(Replay replay, ReportBook book) {
        this.r = replay;
        this.p = replay.policy();
        this.book = book;
    }

    void report(Report rep, long m) {
        String agent = rep.by();
        String shown = r.tracing() ? rep.name() + " " + rep.masked() : "";
        if (!p.reportValidity.gives()) {
            // Judged as nothing, but kept for the register forms' collision check (REG-6): the clerk still sees it.
            book.remember(ReportBook.key(rep.masked()), new ReportBook.Pending(agent, rep.name(), rep.masked(), m, m, false));
            r.note(m, RuleId.REG_1, Param.REPORT_VALIDITY, () -> r.name(agent) + " 报备「" + shown + "」:本制度以来访登记为唯一依据,报备不产生归属");
            return;
        }
        String key = ReportBook.key(rep.masked());
        if (book.isPublic(key)) {
            r.note(m, RuleId.RPT_5, Param.REPORT_FAIL_LIMIT, () -> "「" + shown + "」已作为公号,不再接受报备");
            return;
        }
        int failed = book.failures(key, m);
        if (failed > p.reportFailLimit) {
            book.makePublic(key);
            r.note(m, RuleId.RPT_5, Param.REPORT_FAIL_LIMIT, () -> "「" + shown + "」连续" + failed + "次报备未能到访,超过" + p.reportFailLimit
                    + "次,作为公号,不再接受报备");
            return;
        }
        long until = p.reportValidity.end(m);
        if (!ReportWindow.within(until, Span.minute(rep.expected()))) {
            r.note(m, RuleId.RPT_2, Param.REPORT_VALIDITY, () -> r.name(agent) + " 报备「" + shown + "」的预约到访时间超出有效期(至 " + Replay.day(until)
                    + "),报备不成功");
            return;
        }
        var rival = book.valid(key, m);
        if (rival.isPresent() && !rival.get().agent.equals(agent)) {
            String first = rival.get().agent;
            r.note(m, RuleId.RPT_3, Param.REPORT_VALIDITY, () -> "「" + shown + "」已有 " + r.name(first) + " 的有效报备," + r.name(agent) + " 的报备重复无效");
            return;
        }
        ReportBook.Pending pending = new ReportBook.Pending(agent, rep.name(), rep.masked(), m, until, true);
        List<Member> matches = book.matches(rep.masked(), r.byPhone());
        if (matches.size() > 1) {
            pending.ambiguous = true;
            book.add(key, pending);
            r.note(m, RuleId.REG_6, null, () -> r.name(agent) + " 报备「" + shown + "」匹配到" + matches.size() + "位客户("
                    + String.join("、", matches.stream().map(x -> x.label() + " " + Replay.hide(x.phone)).toList()) + "),须人工确认,暂不归属");
            return;
        }
        if (matches.size() == 1) {
            Member c = matches.get(0);
            GroupState g = c.group;
            r.refresh(g, m);
            if (g.owner != null && !g.owner.equals(agent)) {
                String o = g.owner;
                r.note(m, RuleId.RPT_4, null, () -> "「" + c.label() + "」已于报备前由 " + r.name(o) + " 接待登记,为自然来访;" + r.name(agent)
                        + " 的报备不改变归属");
                return;
            }
            book.add(key, pending);
            if (g.owner == null) {
                r.claim(g, agent, Claim.REPORT, p.reportValidity, m);
            }
            r.note(m, RuleId.RPT_2, Param.REPORT_VALIDITY, () -> r.name(agent) + " 报备「" + shown + "」,有效至 " + Replay.day(until));
            return;
        }
        book.add(key, pending);
        r.note(m, RuleId.RPT_1, Param.REPORT_VALIDITY, () -> r.name(agent) + " 报备「" + shown + "」,预约 " + Replay.date(Span.minute(rep.expected()))
                + ",有效至 " + Replay.day(until));
    }
}
