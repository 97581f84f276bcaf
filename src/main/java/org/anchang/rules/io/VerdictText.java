package org.anchang.rules.io;

import java.util.Map;
import java.util.stream.Collectors;
import org.anchang.rules.DealShare;
import org.anchang.rules.Owner;
import org.anchang.rules.Penalty;
import org.anchang.rules.Presets;
import org.anchang.rules.TrailLine;
import org.anchang.rules.Verdict;

/** A verdict as plain Chinese text: the conclusion first, then each step of the trail. */
public final class VerdictText {

    private VerdictText() {
    }

    public static String write(Verdict v) {
        StringBuilder b = new StringBuilder();
        Owner o = v.owner();
        String title = Presets.get(v.policy()).map(p -> p.title()).orElse(v.policy());
        b.append("判客结论(制度:").append(title).append(")\n");
        b.append("客户电话 ").append(v.phone()).append(" 归属:").append(o.who().map(w -> who(v, w)).orElse("无人(新客户)"));
        if (o.unlimited()) {
            b.append(",永久");
        } else {
            o.until().ifPresent(u -> b.append(",保护至 ").append(VerdictJson.time(u)).append(" 前"));
        }
        b.append('\n');
        int i = 1;
        for (DealShare d : v.deals()) {
            b.append("成交").append(i++).append(" ").append(VerdictJson.time(d.at())).append(" ").append(v.nameOf(d.by()))
                    .append(d.stage().equals("deposit") ? " 定金" : " 签约").append(":业绩 ").append(shares(v, d.shares()))
                    .append(d.pending() ? "(待原顾问确认)" : "").append(" [").append(d.rules().stream().map(r -> r.id()).collect(Collectors.joining(", ")))
                    .append("]\n");
        }
        for (Penalty p : v.penalties()) {
            b.append("处罚:").append(v.nameOf(p.consultant())).append(" ").append(p.text()).append(" [").append(p.rule().id()).append("]\n");
        }
        b.append("\n依据:\n");
        for (TrailLine t : v.trail()) {
            b.append(t.at().getMonthValue()).append("月").append(t.at().getDayOfMonth()).append("日 ")
                    .append(String.format("%02d:%02d", t.at().getHour(), t.at().getMinute())).append("  ").append(t.text()).append('\n');
        }
        return b.toString();
    }

    private static String who(Verdict v, String id) {
        return id.equals(Owner.POOL) ? "销售部公共客户(待经理分配)" : id.equals(Owner.HOUSE) ? v.nameOf(id) : v.nameOf(id) + "(" + id + ")";
    }

    private static String shares(Verdict v, Map<String, Double> s) {
        return s.entrySet().stream().map(e -> v.nameOf(e.getKey()) + " " + Math.round(e.getValue() * 1000) / 10.0 + "%")
                .collect(Collectors.joining(", "));
    }
}
