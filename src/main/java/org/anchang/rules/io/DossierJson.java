package org.anchang.rules.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anchang.customer.Contact;
import org.anchang.customer.MaskedPhone;
import org.anchang.customer.Phone;
import org.anchang.customer.Relation;
import org.anchang.register.Assign;
import org.anchang.register.Assist;
import org.anchang.register.Call;
import org.anchang.register.Complaint;
import org.anchang.register.Confirm;
import org.anchang.register.Deal;
import org.anchang.register.Entry;
import org.anchang.register.FollowUp;
import org.anchang.register.Leave;
import org.anchang.register.Prospect;
import org.anchang.register.Report;
import org.anchang.register.Ruling;
import org.anchang.register.Visit;
import org.anchang.rules.Dossier;
import org.anchang.rules.Param;
import org.anchang.rules.Policy;
import org.anchang.rules.Presets;

/**
 * Reads a case file (CASE-FORMAT.md) into a {@link Dossier}. Every problem is reported as one
 * {@link DossierException} naming the event index and the field; nothing is judged from bad input.
 */
public final class DossierJson {

    static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm").withResolverStyle(ResolverStyle.STRICT);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Map<String, String> consultants = new LinkedHashMap<>();

    private DossierJson() {
    }

    /** Parses {@code json}; {@code policyId}, when present, replaces the file's own policy. */
    public static Dossier read(String json, Optional<String> policyId) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new DossierException("文件", "不是有效的JSON" + (loc == null ? "" : "(第" + loc.getLineNr() + "行第" + loc.getColumnNr() + "列)"));
        }
        if (root == null || !root.isObject()) {
            throw new DossierException("文件", "应为一个JSON对象");
        }
        return new DossierJson().dossier(root, policyId);
    }

    private Dossier dossier(JsonNode root, Optional<String> policyId) {
        String id = policyId.orElseGet(() -> root.hasNonNull("policy") ? text(root, "policy", "") : Presets.DEFAULT);
        Policy policy = Presets.get(id).orElseThrow(() -> new DossierException(policyId.isPresent() ? "--policy" : "policy",
                "未知制度「" + id + "」,可选: " + String.join(", ", Presets.IDS)));
        policy = policy.with(overrides(root.get("overrides")));
        JsonNode cs = root.get("consultants");
        if (cs == null || !cs.isArray() || cs.isEmpty()) {
            throw new DossierException("consultants", "缺少顾问名单");
        }
        for (int i = 0; i < cs.size(); i++) {
            String at = "consultants[" + i + "]";
            String cid = text(cs.get(i), "id", at);
            if (consultants.put(cid, text(cs.get(i), "name", at)) != null) {
                throw new DossierException(at + ".id", "顾问编号「" + cid + "」重复");
            }
        }
        JsonNode evs = root.get("events");
        if (evs == null || !evs.isArray()) {
            throw new DossierException("events", "缺少登记列表");
        }
        List<Entry> events = new ArrayList<>();
        for (int i = 0; i < evs.size(); i++) {
            events.add(event(evs.get(i), "events[" + i + "]"));
        }
        Optional<Dossier.Question> question = Optional.empty();
        JsonNode q = root.get("question");
        if (q != null && !q.isNull()) {
            question = Optional.of(new Dossier.Question(phone(q, "phone", "question"), time(q, "at", "question")));
        } else if (events.stream().noneMatch(e -> e.phone().isPresent())) {
            throw new DossierException("question", "登记中没有完整电话,须写明 question");
        }
        return new Dossier(policy, consultants, events, question, bool(root, "escalated", ""));
    }

    private Map<Param, String> overrides(JsonNode o) {
        Map<Param, String> out = new EnumMap<>(Param.class);
        if (o == null || o.isNull()) {
            return out;
        }
        if (!o.isObject()) {
            throw new DossierException("overrides", "应为对象,例如 {\"followUpProtection\": \"P7D\"}");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext();) {
            var f = it.next();
            Param p = Param.byKey(f.getKey()).orElseThrow(() -> new DossierException("overrides." + f.getKey(), "未知参数"));
            JsonNode v = f.getValue();
            String value = v.isArray() && v.size() == 2 ? v.get(0).asText() + "," + v.get(1).asText() : v.asText();
            try {
                out.put(p, p.check(value));
            } catch (IllegalArgumentException e) {
                throw new DossierException("overrides." + f.getKey(), e.getMessage());
            }
        }
        return out;
    }

    private Entry event(JsonNode e, String at) {
        if (e == null || !e.isObject()) {
            throw new DossierException(at, "应为对象");
        }
        LocalDateTime t = time(e, "at", at);
        String kind = text(e, "kind", at);
        return switch (kind) {
            case "visit" -> visit(e, t, at);
            case "call" -> new Call(t, consultant(e, "by", at), contact(e, at));
            case "prospect" -> new Prospect(t, consultant(e, "by", at), contact(e, at), optText(e, "businessType", at));
            case "followup" -> new FollowUp(t, consultant(e, "by", at), phone(e, "phone", at));
            case "report" -> report(e, t, at);
            case "deal" -> deal(e, t, at);
            case "assist" -> new Assist(t, consultant(e, "by", at), phone(e, "phone", at), bool(e, "major", at), bool(e, "knowing", at));
            case "confirm" -> new Confirm(t, consultant(e, "by", at), phone(e, "phone", at));
            case "complaint" -> new Complaint(t, phone(e, "phone", at), consultant(e, "reassignTo", at));
            case "assign" -> new Assign(t, phone(e, "phone", at), consultant(e, "to", at), consultant(e, "by", at));
            case "leave" -> new Leave(t, consultant(e, "by", at));
            case "ruling" -> ruling(e, t, at);
            default -> throw new DossierException(at + ".kind", "未知登记类型「" + kind + "」,可选: visit, call, followup, report, prospect, deal, assist, confirm, complaint, assign, leave, ruling");
        };
    }

    private Visit visit(JsonNode e, LocalDateTime t, String at) {
        Optional<Relation> relation = Optional.empty();
        JsonNode rel = e.get("relation");
        if (rel != null && !rel.isNull()) {
            String kind = text(rel, "kind", at + ".relation");
            Relation.Kind k;
            try {
                k = Relation.Kind.valueOf(kind.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException x) {
                throw new DossierException(at + ".relation.kind", "未知关系「" + kind + "」,可选: spouse, parent, child, sibling, friend");
            }
            relation = Optional.of(new Relation(phone(rel, "to", at + ".relation"), k));
        }
        String purpose = optText(e, "purpose", at).orElse("view");
        Visit.Purpose p = switch (purpose) {
            case "view" -> Visit.Purpose.VIEW;
            case "deposit" -> Visit.Purpose.DEPOSIT;
            case "sign" -> Visit.Purpose.SIGN;
            default -> throw new DossierException(at + ".purpose", "未知来意「" + purpose + "」,可选: view, deposit, sign");
        };
        Optional<Phone> referredBy = e.hasNonNull("referredBy") ? Optional.of(phone(e, "referredBy", at)) : Optional.empty();
        boolean registered = !e.has("registered") || bool(e, "registered", at);
        return new Visit(t, consultant(e, "by", at), contact(e, at), registered, optConsultant(e, "named", at), referredBy,
                bool(e, "accompanied", at), relation, optConsultant(e, "standInFor", at), bool(e, "delegated", at),
                bool(e, "ownerAbsent", at), p, optConsultant(e, "friendOf", at), bool(e, "groupBuyer", at),
                bool(e, "notifiedLate", at), optConsultant(e, "quarrelBy", at));
    }

    /** A recorded verdict (this project's addition, DSP-3): owner, protection and the ruled deals' shares. */
    private Ruling ruling(JsonNode e, LocalDateTime t, String at) {
        Optional<String> owner = e.hasNonNull("owner") ? Optional.of(party(text(e, "owner", at), at + ".owner", true)) : Optional.empty();
        Optional<LocalDateTime> until = Optional.empty();
        if (e.hasNonNull("protectedUntil") && !"unlimited".equals(e.get("protectedUntil").asText())) {
            until = Optional.of(time(e, "protectedUntil", at));
        }
        List<Ruling.RuledDeal> deals = new ArrayList<>();
        JsonNode ds = e.get("deals");
        if (ds != null && !ds.isNull()) {
            if (!ds.isArray()) {
                throw new DossierException(at + ".deals", "应为列表");
            }
            for (int i = 0; i < ds.size(); i++) {
                String where = at + ".deals[" + i + "]";
                JsonNode d = ds.get(i);
                JsonNode sh = d.get("shares");
                if (sh == null || !sh.isObject() || sh.isEmpty()) {
                    throw new DossierException(where + ".shares", "缺少业绩分配");
                }
                Map<String, Double> shares = new LinkedHashMap<>();
                for (Iterator<Map.Entry<String, JsonNode>> it = sh.fields(); it.hasNext();) {
                    var f = it.next();
                    if (!f.getValue().isNumber()) {
                        throw new DossierException(where + ".shares." + f.getKey(), "应为0到1之间的数字");
                    }
                    shares.put(party(f.getKey(), where + ".shares", false), f.getValue().asDouble());
                }
                deals.add(new Ruling.RuledDeal(time(d, "at", where), consultant(d, "by", where), phone(d, "phone", where), shares));
            }
        }
        String policy = text(e, "policy", at);
        if (Presets.get(policy).isEmpty()) {
            throw new DossierException(at + ".policy", "未知制度「" + policy + "」");
        }
        return new Ruling(t, phone(e, "phone", at), owner, until, bool(e, "dealt", at), deals, policy, consultant(e, "mediatedBy", at),
                consultant(e, "checkedBy", at), consultant(e, "decidedBy", at));
    }

    /** A consultant id, or HOUSE (and POOL where an owner may be the pool). */
    private String party(String id, String at, boolean poolToo) {
        if (id.equals(org.anchang.rules.Owner.HOUSE) || poolToo && id.equals(org.anchang.rules.Owner.POOL) || consultants.containsKey(id)) {
            return id;
        }
        throw new DossierException(at, "顾问「" + id + "」不在 consultants 名单中");
    }

    private Report report(JsonNode e, LocalDateTime t, String at) {
        JsonNode c = e.get("customer");
        if (c == null || !c.isObject()) {
            throw new DossierException(at + ".customer", "缺少客户姓名和电话");
        }
        MaskedPhone m;
        try {
            m = MaskedPhone.parse(text(c, "phone", at + ".customer"));
        } catch (IllegalArgumentException x) {
            throw new DossierException(at + ".customer.phone", x.getMessage());
        }
        return new Report(t, consultant(e, "by", at), text(c, "name", at + ".customer"), m, time(e, "expected", at));
    }

    private Deal deal(JsonNode e, LocalDateTime t, String at) {
        String stage = text(e, "stage", at);
        Deal.Stage s = switch (stage) {
            case "deposit" -> Deal.Stage.DEPOSIT;
            case "contract" -> Deal.Stage.CONTRACT;
            default -> throw new DossierException(at + ".stage", "未知成交阶段「" + stage + "」,可选: deposit, contract");
        };
        JsonNode amount = e.get("amount");
        if (amount == null || !amount.isNumber() || amount.decimalValue().signum() < 0) {
            throw new DossierException(at + ".amount", "缺少金额或金额不是非负数字(元)");
        }
        BigDecimal a = amount.decimalValue();
        return new Deal(t, consultant(e, "by", at), phone(e, "phone", at), s, a, bool(e, "knowing", at), bool(e, "developerRelation", at));
    }

    private Contact contact(JsonNode e, String at) {
        JsonNode c = e.get("customer");
        if (c == null || !c.isObject()) {
            throw new DossierException(at + ".customer", "缺少客户姓名和电话");
        }
        String name = text(c, "name", at + ".customer");
        if (name.isBlank()) {
            throw new DossierException(at + ".customer.name", "客户姓名为空");
        }
        return new Contact(name.strip(), phone(c, "phone", at + ".customer"));
    }

    private static String text(JsonNode n, String field, String at) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            throw new DossierException(at.isEmpty() ? field : at + "." + field, "缺少此项");
        }
        if (!v.isTextual()) {
            throw new DossierException(at.isEmpty() ? field : at + "." + field, "应为文字");
        }
        return v.asText();
    }

    private static Optional<String> optText(JsonNode n, String field, String at) {
        return n.hasNonNull(field) ? Optional.of(text(n, field, at)) : Optional.empty();
    }

    private static boolean bool(JsonNode n, String field, String at) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return false;
        }
        if (!v.isBoolean()) {
            throw new DossierException(at.isEmpty() ? field : at + "." + field, "应为 true 或 false");
        }
        return v.asBoolean();
    }

    private static LocalDateTime time(JsonNode n, String field, String at) {
        String s = text(n, field, at);
        try {
            return LocalDateTime.parse(s, MINUTE);
        } catch (DateTimeParseException x) {
            throw new DossierException(at + "." + field, "时间「" + s + "」不存在或不是 YYYY-MM-DDTHH:MM 格式");
        }
    }

    private static Phone phone(JsonNode n, String field, String at) {
        String s = text(n, field, at);
        try {
            return Phone.parse(s);
        } catch (IllegalArgumentException x) {
            throw new DossierException(at + "." + field, x.getMessage());
        }
    }

    private String consultant(JsonNode n, String field, String at) {
        String id = text(n, field, at);
        if (!consultants.containsKey(id)) {
            throw new DossierException(at + "." + field, "顾问「" + id + "」不在 consultants 名单中");
        }
        return id;
    }

    private Optional<String> optConsultant(JsonNode n, String field, String at) {
        return n.hasNonNull(field) ? Optional.of(consultant(n, field, at)) : Optional.empty();
    }
}
