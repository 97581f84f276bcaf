package org.anchang.excel;

import java.util.Optional;
import org.anchang.register.Call;
import org.anchang.register.Entry;
import org.anchang.register.FollowUp;
import org.anchang.register.Prospect;
import org.anchang.register.Report;
import org.anchang.register.Visit;

/**
 * Register entries with every detail column filled (人数, 首访/复访, 来源, 意向, 备注; 跟踪方式, 跟踪内容, 下次跟踪;
 * 渠道队名; 业态, 地址, 单位, 微信), in texts a spreadsheet can spoil: commas, quotes, leading zeros, a line break.
 */
final class Detailed {

    private Detailed() {
    }

    /** {@code e} with details that vary with {@code i}; other kinds are returned unchanged. */
    static Entry of(Entry e, int i) {
        Optional<String> notes = Optional.of("第" + i + "条,带孩子看\"三房\"\n周末再来");
        if (e instanceof Visit v) {
            return visit(v, new Visit.Details(Optional.of(1 + i % 5), Optional.of(i % 2 == 0), Optional.of(i % 3 == 0 ? "朋友介绍" : "抖音"),
                    Optional.of("ABC".substring(i % 3, i % 3 + 1)), i % 4 == 3 ? Optional.empty() : notes));
        }
        if (e instanceof Call c) {
            return new Call(c.at(), c.by(), c.customer(), new Call.Details(Optional.of("网络广告"), Optional.of("B"), notes));
        }
        if (e instanceof FollowUp f) {
            return new FollowUp(f.at(), f.by(), f.customer(), new FollowUp.Details(Optional.of(i % 2 == 0 ? "电话" : "微信"),
                    Optional.of("约周六看样板间,问首付"), Optional.of(f.at().toLocalDate().plusDays(3 + i % 5))));
        }
        if (e instanceof Report r) {
            return new Report(r.at(), r.by(), r.name(), r.masked(), r.expected(), Optional.of("链家-滨江" + (i % 3 + 1) + "队"));
        }
        if (e instanceof Prospect p) {
            return new Prospect(p.at(), p.by(), p.customer(), p.businessType().or(() -> Optional.of("商铺")),
                    new Prospect.Details(Optional.of("滨江路88号3栋0201"), Optional.of("杭州某科技有限公司"), Optional.of("0571wx_" + i),
                            Optional.of("高"), notes));
        }
        return e;
    }

    static Visit visit(Visit v, Visit.Details d) {
        return new Visit(v.at(), v.by(), v.customer(), v.registered(), v.named(), v.referredBy(), v.accompanied(), v.relation(),
                v.standInFor(), v.delegated(), v.ownerAbsent(), v.purpose(), v.friendOf(), v.groupBuyer(), v.notifiedLate(), v.quarrelBy(), d);
    }

    /** Whether {@code e} carries any detail. */
    static boolean hasDetails(Entry e) {
        if (e instanceof Visit v) {
            return !v.details().equals(Visit.Details.NONE);
        }
        if (e instanceof Call c) {
            return !c.details().equals(Call.Details.NONE);
        }
        if (e instanceof FollowUp f) {
            return !f.details().equals(FollowUp.Details.NONE);
        }
        if (e instanceof Report r) {
            return r.team().isPresent();
        }
        if (e instanceof Prospect p) {
            return !p.details().equals(Prospect.Details.NONE);
        }
        return false;
    }
}
