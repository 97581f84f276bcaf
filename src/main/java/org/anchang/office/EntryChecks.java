package org.anchang.office;

import java.util.Optional;
import org.anchang.register.Call;
import org.anchang.register.Entry;
import org.anchang.register.FollowUp;
import org.anchang.register.Prospect;
import org.anchang.register.Report;
import org.anchang.register.Visit;

/**
 * What every register entry must carry before it is written, checked by {@link RegisterDesk}: a customer's name
 * (REG-2: a claim needs name and phone), texts that fit their columns, a party size that is a party, a next
 * follow-up not before this one. Refusals name the form's field, in Chinese.
 */
final class EntryChecks {

    private EntryChecks() {
    }

    static void check(Entry e) {
        if (e instanceof Visit v) {
            name(v.customer().name());
            v.details().partySize().ifPresent(n -> {
                if (n < 1 || n > RegisterDesk.PARTY_MAX) {
                    throw new OfficeException("人数", "应为1–" + RegisterDesk.PARTY_MAX + "人");
                }
            });
            length("来源", v.details().source(), RegisterDesk.SOURCE_MAX);
            length("意向", v.details().intent(), RegisterDesk.INTENT_MAX);
            length("备注", v.details().notes(), RegisterDesk.TEXT_MAX);
        } else if (e instanceof Call c) {
            name(c.customer().name());
            length("来源", c.details().source(), RegisterDesk.SOURCE_MAX);
            length("意向", c.details().intent(), RegisterDesk.INTENT_MAX);
            length("备注", c.details().notes(), RegisterDesk.TEXT_MAX);
        } else if (e instanceof FollowUp f) {
            length("方式", f.details().method(), RegisterDesk.METHOD_MAX);
            length("内容", f.details().content(), RegisterDesk.TEXT_MAX);
            f.details().next().ifPresent(d -> {
                if (d.isBefore(f.at().toLocalDate())) {
                    throw new OfficeException("下次跟进", "不能早于本次跟进(" + RegisterDesk.md(f.at().toLocalDate()) + ")");
                }
            });
        } else if (e instanceof Prospect p) {
            name(p.customer().name());
            length("业态", p.businessType(), RegisterDesk.BUSINESS_MAX);
            length("地址", p.details().address(), RegisterDesk.ADDRESS_MAX);
            length("单位", p.details().company(), RegisterDesk.COMPANY_MAX);
            length("微信", p.details().wechat(), RegisterDesk.WECHAT_MAX);
            length("意向", p.details().intent(), RegisterDesk.INTENT_MAX);
            length("备注", p.details().notes(), RegisterDesk.TEXT_MAX);
        } else if (e instanceof Report r) {
            name(r.name());
            length("渠道队名", r.team(), RegisterDesk.TEAM_MAX);
        }
    }

    private static void name(String name) {
        if (name == null || name.isBlank()) {
            throw new OfficeException("姓名", "不能为空:登记须有客户姓名和电话(REG-2)");
        }
        length("姓名", Optional.of(name), RegisterDesk.NAME_MAX);
    }

    private static void length(String field, Optional<String> text, int max) {
        if (text.isPresent() && text.get().length() > max) {
            throw new OfficeException(field, "最多" + max + "个字,实为" + text.get().length() + "个");
        }
    }
}
