package org.anchang.rules;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.function.Consumer;
import org.anchang.rules.io.DossierJson;

/**
 * Writes dossiers for tests in CASE-FORMAT.md's own JSON, so that every rule test also goes through the
 * reader. Times are written {@code "03-05 10:00"} and mean 2026.
 */
public final class CaseBuilder {

    static final String P1 = "13800001111";
    static final String P2 = "13900003333";
    static final String P3 = "13600006666";
    static final String P4 = "13700005555";
    static final ObjectMapper M = new ObjectMapper();

    final ObjectNode root = M.createObjectNode();
    final ArrayNode events = root.putArray("events");

    private CaseBuilder(String policy) {
        root.put("policy", policy);
        ArrayNode cs = root.putArray("consultants");
        String[][] people = {{"A", "张三"}, {"B", "李四"}, {"C", "王五"}, {"D", "赵六"}, {"X", "渠道-钱七"}, {"Y", "渠道-周九"}, {"M", "经理-孙八"}};
        for (String[] p : people) {
            cs.addObject().put("id", p[0]).put("name", p[1]);
        }
    }

    public static CaseBuilder of(String policy) {
        return new CaseBuilder(policy);
    }

    static String t(String mmddhhmm) {
        return "2026-" + mmddhhmm.replace(' ', 'T');
    }

    CaseBuilder override(String key, String value) {
        root.with("overrides").put(key, value);
        return this;
    }

    private ObjectNode event(String at, String kind) {
        ObjectNode e = events.addObject();
        e.put("at", t(at));
        e.put("kind", kind);
        return e;
    }

    CaseBuilder visit(String at, String by, String name, String phone) {
        return visit(at, by, name, phone, e -> { });
    }

    CaseBuilder visit(String at, String by, String name, String phone, Consumer<ObjectNode> facts) {
        ObjectNode e = event(at, "visit").put("by", by);
        e.putObject("customer").put("name", name).put("phone", phone);
        facts.accept(e);
        return this;
    }

    CaseBuilder call(String at, String by, String name, String phone) {
        ObjectNode e = event(at, "call").put("by", by);
        e.putObject("customer").put("name", name).put("phone", phone);
        return this;
    }

    CaseBuilder prospect(String at, String by, String name, String phone) {
        ObjectNode e = event(at, "prospect").put("by", by);
        e.putObject("customer").put("name", name).put("phone", phone);
        return this;
    }

    CaseBuilder followup(String at, String by, String phone) {
        event(at, "followup").put("by", by).put("phone", phone);
        return this;
    }

    CaseBuilder report(String at, String agent, String name, String phone, String expected) {
        ObjectNode e = event(at, "report").put("by", agent).put("expected", t(expected));
        e.putObject("customer").put("name", name).put("phone", phone);
        return this;
    }

    CaseBuilder deal(String at, String by, String phone, String stage) {
        return deal(at, by, phone, stage, e -> { });
    }

    CaseBuilder deal(String at, String by, String phone, String stage, Consumer<ObjectNode> facts) {
        ObjectNode e = event(at, "deal").put("by", by).put("phone", phone).put("stage", stage).put("amount", 1500000);
        facts.accept(e);
        return this;
    }

    CaseBuilder assist(String at, String by, String phone, boolean major, boolean knowing) {
        event(at, "assist").put("by", by).put("phone", phone).put("major", major).put("knowing", knowing);
        return this;
    }

    CaseBuilder confirm(String at, String by, String phone) {
        event(at, "confirm").put("by", by).put("phone", phone);
        return this;
    }

    CaseBuilder complaint(String at, String phone, String to) {
        event(at, "complaint").put("phone", phone).put("reassignTo", to);
        return this;
    }

    CaseBuilder assign(String at, String phone, String to, String manager) {
        event(at, "assign").put("phone", phone).put("to", to).put("by", manager);
        return this;
    }

    CaseBuilder leave(String at, String by) {
        event(at, "leave").put("by", by);
        return this;
    }

    /** A recorded verdict (DSP-3): owner (null for nobody), protected until ("unlimited" or a time), and per deal "at|by|phone|id=share,…". */
    CaseBuilder ruling(String at, String phone, String owner, String until, boolean dealt, String... deals) {
        ObjectNode e = event(at, "ruling").put("phone", phone).put("owner", owner)
                .put("protectedUntil", until == null || until.equals("unlimited") ? until : t(until)).put("dealt", dealt);
        ArrayNode ds = e.putArray("deals");
        for (String d : deals) {
            String[] f = d.split("\\|");
            ObjectNode dn = ds.addObject().put("at", t(f[0])).put("by", f[1]).put("phone", f[2]);
            ObjectNode sh = dn.putObject("shares");
            for (String kv : f[3].split(",")) {
                sh.put(kv.split("=")[0], Double.parseDouble(kv.split("=")[1]));
            }
        }
        e.put("policy", "sales-dept").put("mediatedBy", "C").put("checkedBy", "D").put("decidedBy", "M");
        return this;
    }

    CaseBuilder ask(String phone, String at) {
        root.putObject("question").put("phone", phone).put("at", t(at));
        return this;
    }

    CaseBuilder escalated() {
        root.put("escalated", true);
        return this;
    }

    public String json() {
        return root.toPrettyString();
    }

    Verdict judge() {
        return Judge.judge(DossierJson.read(json(), Optional.empty()));
    }

    static Consumer<ObjectNode> facts(Object... kv) {
        return e -> {
            for (int i = 0; i < kv.length; i += 2) {
                String k = (String) kv[i];
                Object v = kv[i + 1];
                if (v instanceof Boolean b) {
                    e.put(k, b);
                } else {
                    e.put(k, v.toString());
                }
            }
        };
    }
}
