package org.anchang.office;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.anchang.customer.Phone;
import org.anchang.office.DisputeCase.Fact;
import org.anchang.office.DisputeCase.Notice;
import org.anchang.office.DisputeCase.Option;
import org.anchang.office.DisputeCase.Party;
import org.anchang.office.DisputeCase.Question;
import org.anchang.office.DisputeCase.Row;
import org.anchang.register.Assist;
import org.anchang.register.Complaint;
import org.anchang.register.Deal;
import org.anchang.register.Entry;
import org.anchang.register.Ruling;
import org.anchang.register.Visit;
import org.anchang.rules.DealShare;
import org.anchang.rules.Dossier;
import org.anchang.rules.Judge;
import org.anchang.rules.Owner;
import org.anchang.rules.Penalty;
import org.anchang.rules.Policy;
import org.anchang.rules.RuleId;
import org.anchang.rules.TrailLine;
import org.anchang.rules.Verdict;
import org.anchang.rules.io.DossierJson;
import org.anchang.rules.io.DossierWriter;
import org.anchang.rules.io.VerdictJson;

/**
 * Builds a {@link DisputeCase} from the group's register entries and the manager's answers. It decides nothing
 * itself: which questions matter is found by judging the dossier with each answer and comparing the verdicts.
 */
final class DisputeBuilder {

    /** The registers' side of a dispute, gathered once: entries in replay order with their numbers. */
    record Gathered(String phone, String customer, String groupKey, LocalDateTime question, List<String> phones, List<Entry> entries,
            List<Long> ids, Policy policy, Map<String, String> names, Map<Integer, String> boardMarks) {
    }

    private final Gathered g;
    private final List<Party> parties;
    /** Index of the last ruling among the entries, -1 when none: entries up to it are final (一判终身). */
    private final int lastRuling;

    DisputeBuilder(Gathered g) {
        this.g = g;
        Set<String> ids = new LinkedHashSet<>();
        for (Entry e : g.entries()) {
            if (!(e instanceof Ruling) && e.phone().filter(p -> g.phones().contains(p.digits())).isPresent()) {
                ids.addAll(DossierWriter.people(List.of(e)));
            }
        }
        this.parties = ids.stream().filter(id -> !"manager".equals(roleHint(id))).map(id -> new Party(id, g.names().getOrDefault(id, id)))
                .toList();
        int last = -1;
        for (int i = 0; i < g.entries().size(); i++) {
            if (g.entries().get(i) instanceof Ruling && !g.entries().get(i).at().isAfter(g.question())) {
                last = i;
            }
        }
        this.lastRuling = last;
    }

    /** Assign entries name the manager who assigned; only the assignee is a party. */
    private String roleHint(String id) {
        for (Entry e : g.entries()) {
            if (e instanceof org.anchang.register.Assign a && a.by().equals(id) && !a.to().equals(id)) {
                return "manager";
            }
        }
        return "";
    }

    List<Party> parties() {
        return parties;
    }

    DisputeCase build(List<Fact> facts) {
        Dossier dossier = dossier(facts);
        Verdict verdict = Judge.judge(dossier);
        Outcome now = Outcome.of(verdict);
        List<Judge.Step> steps = Judge.steps(dossier);
        List<Row> rows = rows(steps);
        List<Question> questions = questions(dossier, steps, facts, verdict, now);
        List<Notice> notices = notices(dossier, steps);
        boolean later = false;
        for (int i = lastRuling + 1; i < g.entries().size(); i++) {
            if (!(g.entries().get(i) instanceof Ruling) && !g.entries().get(i).at().isAfter(g.question())) {
                later = true;
            }
        }
        String why = later ? "" : lastRuling >= 0 ? "此组客户已于 " + Disputes.when(g.entries().get(lastRuling).at())
                + " 裁定,此后没有新的登记:一判终身(DSP-1),只能加批注" : "没有可裁定的登记";
        Optional<Long> ruling = lastRuling >= 0 ? Optional.of(g.ids().get(lastRuling)) : Optional.empty();
        return new DisputeCase(g.phone(), g.groupKey(), g.question(), g.phones(), parties, g.ids(), List.copyOf(facts), dossier,
                DossierWriter.write(dossier, Optional.of(title())), verdict, VerdictJson.write(verdict), rows, questions, notices,
                ruling, later, why);
    }

    String title() {
        return "判客档案 " + g.customer() + " " + Disputes.hide(g.phone()) + " 截至 " + Disputes.when(g.question());
    }

    /** The dossier with the answers applied, in the form a saved case file reads back (so the CLI judges the same). */
    Dossier dossier(List<Fact> facts) {
        List<Entry> entries = new ArrayList<>(g.entries());
        boolean escalated = false;
        for (Fact f : facts) {
            int i = g.ids().indexOf(f.entry());
            if (f.entry() >= 0 && i >= 0) {
                entries.set(i, apply(entries.get(i), f.key(), f.value()));
            } else if (f.entry() >= 0) {
                continue; // the entry is no longer in the registers (corrected meanwhile): its answer no longer applies
            } else if (f.key().equals("escalated")) {
                escalated = Boolean.parseBoolean(f.value());
            } else if (f.key().equals("complaint") && !f.value().isEmpty()) {
                entries.add(new Complaint(g.question(), Phone.parse(g.phone()), f.value()));
            }
        }
        Map<String, String> consultants = new LinkedHashMap<>();
        for (String id : DossierWriter.people(entries)) {
            consultants.put(id, g.names().getOrDefault(id, id));
        }
        if (consultants.isEmpty()) {
            parties.forEach(p -> consultants.put(p.id(), p.name()));
        }
        Dossier raw = new Dossier(g.policy(), consultants, entries, Optional.of(new Dossier.Question(Phone.parse(g.phone()), g.question())),
                escalated);
        return DossierJson.read(DossierWriter.write(raw, Optional.empty()), Optional.empty());
    }

    /** An entry with one answer written into its CASE-FORMAT field. */
    static Entry apply(Entry e, String key, String value) {
        if (e instanceof Visit v) {
            Optional<String> named = v.named();
            Optional<String> standIn = v.standInFor();
            boolean delegated = v.delegated();
            boolean absent = v.ownerAbsent();
            boolean accompanied = v.accompanied();
            boolean late = v.notifiedLate();
            Visit.Purpose purpose = v.purpose();
            switch (key) {
                case "named" -> named = value.isEmpty() ? Optional.empty() : Optional.of(value);
                case "standIn" -> {
                    standIn = value.isEmpty() ? Optional.empty() : Optional.of(value.replace("+", ""));
                    delegated = value.endsWith("+");
                }
                case "ownerAbsent" -> absent = Boolean.parseBoolean(value);
                case "accompanied" -> accompanied = Boolean.parseBoolean(value);
                case "notifiedLate" -> late = Boolean.parseBoolean(value);
                case "purpose" -> purpose = Visit.Purpose.valueOf(value.toUpperCase(java.util.Locale.ROOT));
                default -> throw new IllegalArgumentException(key);
            }
            return new Visit(v.at(), v.by(), v.customer(), v.registered(), named, v.referredBy(), accompanied, v.relation(), standIn,
                    delegated, absent, purpose, v.friendOf(), v.groupBuyer(), late, v.quarrelBy());
        } else if (e instanceof Deal d && key.equals("knowing")) {
            return new Deal(d.at(), d.by(), d.customer(), d.stage(), d.amount(), Boolean.parseBoolean(value), d.developerRelation());
        } else if (e instanceof Assist a) {
            return key.equals("knowing") ? new Assist(a.at(), a.by(), a.customer(), a.major(), Boolean.parseBoolean(value))
                    : new Assist(a.at(), a.by(), a.customer(), Boolean.parseBoolean(value), a.knowing());
        }
        throw new IllegalArgumentException(key);
    }

    /** The registers' value of a question (what the entry says before any answer). */
    static String valueOf(Entry e, String key) {
        if (e instanceof Visit v) {
            return switch (key) {
                case "named" -> v.named().orElse("");
                case "standIn" -> v.standInFor().map(s -> s + (v.delegated() ? "+" : "")).orElse("");
                case "ownerAbsent" -> String.valueOf(v.ownerAbsent());
                case "accompanied" -> String.valueOf(v.accompanied());
                case "notifiedLate" -> String.valueOf(v.notifiedLate());
                case "purpose" -> v.purpose().name().toLowerCase(java.util.Locale.ROOT);
                default -> "";
            };
        } else if (e instanceof Deal d) {
            return String.valueOf(d.knowing());
        } else if (e instanceof Assist a) {
            return String.valueOf(key.equals("knowing") ? a.knowing() : a.major());
        }
        return "";
    }

    // ---- the 记录 step ----

    private List<Row> rows(List<Judge.Step> steps) {
        List<Row> out = new ArrayList<>(steps.size());
        for (int i = 0; i < steps.size(); i++) {
            Judge.Step s = steps.get(i);
            Entry e = s.entry();
            List<String> marks = new ArrayList<>();
            if (e instanceof Visit v && !v.registered()) {
                marks.add("无效:有接待无登记 (DSP-2)");
            }
            if (e instanceof Ruling) {
                marks.add("裁定,一判终身 (DSP-1)");
            } else if (i < lastRuling) {
                marks.add("已裁定");
            }
            for (TrailLine t : s.lines()) {
                if (t.rule() == RuleId.PROT_4 && t.text().contains("已过")) {
                    addOnce(marks, "此前的保护已过期 (PROT-4)");
                } else if (t.rule() == RuleId.PROT_5) {
                    addOnce(marks, "跟踪期满移交经理 (PROT-5)");
                } else if (t.rule() == RuleId.OWN_1 && t.text().startsWith("撞单")) {
                    addOnce(marks, "撞单 (OWN-1)");
                }
            }
            String board = g.boardMarks().get(i);
            if (board != null) {
                marks.add(board);
            }
            out.add(new Row(i, i < g.ids().size() ? g.ids().get(i) : 0, e.at(), Disputes.kind(e), who(e), customer(e), Disputes.detail(e, g.names()),
                    s.counted(), marks, s.lines()));
        }
        return out;
    }

    private static void addOnce(List<String> marks, String m) {
        if (!marks.contains(m)) {
            marks.add(m);
        }
    }

    private String who(Entry e) {
        Set<String> ids = DossierWriter.people(List.of(e));
        if (e instanceof Ruling r) {
            return "经理 " + g.names().getOrDefault(r.decidedBy(), r.decidedBy());
        }
        return ids.isEmpty() ? "" : g.names().getOrDefault(ids.iterator().next(), ids.iterator().next());
    }

    private String customer(Entry e) {
        if (e instanceof Visit v) {
            return v.customer().name() + " " + Disputes.hide(v.customer().phone().digits());
        } else if (e instanceof org.anchang.register.Call c) {
            return c.customer().name() + " " + Disputes.hide(c.customer().phone().digits());
        } else if (e instanceof org.anchang.register.Prospect p) {
            return p.customer().name() + " " + Disputes.hide(p.customer().phone().digits());
        } else if (e instanceof org.anchang.register.Report r) {
            return r.name() + " " + r.masked();
        }
        return e.phone().map(p -> Disputes.hide(p.digits())).orElse("");
    }

    // ---- the 事实 step ----

    private List<Question> questions(Dossier d, List<Judge.Step> steps, List<Fact> facts, Verdict verdict, Outcome now) {
        Map<String, String> answers = new LinkedHashMap<>();
        facts.forEach(f -> answers.put(f.key() + "@" + f.entry(), f.value()));
        List<Question> out = new ArrayList<>();
        List<Entry> regs = g.entries();
        for (int i = lastRuling + 1; i < regs.size(); i++) {
            Judge.Step s = steps.get(i);
            Entry e = regs.get(i);
            if (!s.counted() || e instanceof Ruling) {
                continue;
            }
            for (String key : keys(e, s)) {
                List<Option> options = options(e, key);
                String registered = valueOf(e, key);
                long number = g.ids().get(i);
                String id = key + "@" + number;
                String current = answers.getOrDefault(id, registered);
                List<String> matters = matters(d, i, key, current, options, verdict, now);
                if (!matters.isEmpty() || !current.equals(registered)) {
                    out.add(new Question(id, number, key, Disputes.when(e.at()) + " " + Disputes.kind(e) + " · " + who(e) + " · " + customer(e),
                            text(key), options, current, registered, matters));
                }
            }
        }
        for (String key : List.of("escalated", "complaint")) {
            String id = key + "@-1";
            String current = answers.getOrDefault(id, key.equals("escalated") ? "false" : "");
            String registered = key.equals("escalated") ? "false" : "";
            List<Option> options = key.equals("escalated") ? List.of(new Option("false", "未上报,协调解决"), new Option("true", "已上报项目负责人判定"))
                    : complaintOptions();
            List<String> matters = matters(d, -1, key, current, options, verdict, now);
            if (!matters.isEmpty() || !current.equals(registered)) {
                out.add(new Question(id, -1, key, "整个争议", text(key), options, current, registered, matters));
            }
        }
        return out;
    }

    private List<Option> complaintOptions() {
        List<Option> o = new ArrayList<>();
        o.add(new Option("", "没有投诉"));
        parties.forEach(p -> o.add(new Option(p.id(), "投诉,改由 " + p.name() + " 接手")));
        return o;
    }

    private static List<String> keys(Entry e, Judge.Step s) {
        if (e instanceof Visit v && v.registered()) {
            List<String> k = new ArrayList<>(List.of("named", "ownerAbsent", "standIn", "purpose"));
            if (v.referredBy().isPresent()) {
                k.add("accompanied");
            }
            if (s.ownerBefore().filter(o -> !o.equals(v.by()) && !o.equals(Owner.POOL) && !o.equals(Owner.HOUSE)).isPresent()) {
                k.add("notifiedLate");
            }
            return k;
        } else if (e instanceof Deal) {
            return List.of("knowing");
        } else if (e instanceof Assist) {
            return List.of("knowing", "major");
        }
        return List.of();
    }

    private List<Option> options(Entry e, String key) {
        String by = DossierWriter.people(List.of(e)).stream().findFirst().orElse("");
        List<Option> o = new ArrayList<>();
        switch (key) {
            case "named" -> {
                o.add(new Option("", "未指名"));
                parties.stream().filter(p -> !p.id().equals(by)).forEach(p -> o.add(new Option(p.id(), "指名 " + p.name())));
            }
            case "standIn" -> {
                o.add(new Option("", "不是代接"));
                parties.stream().filter(p -> !p.id().equals(by)).forEach(p -> {
                    o.add(new Option(p.id(), "代 " + p.name() + " 接待(未委托)"));
                    o.add(new Option(p.id() + "+", "代 " + p.name() + " 接待(已委托)"));
                });
            }
            case "ownerAbsent" -> o.addAll(List.of(new Option("false", "原顾问在场"), new Option("true", "原顾问不在场")));
            case "accompanied" -> o.addAll(List.of(new Option("false", "老客户未陪同"), new Option("true", "老客户陪同前来")));
            case "purpose" -> o.addAll(List.of(new Option("view", "看房"), new Option("deposit", "只为交定金"), new Option("sign", "只为签约")));
            case "notifiedLate" -> o.addAll(List.of(new Option("false", "已按时告知原顾问"), new Option("true", "未按时告知原顾问")));
            case "knowing" -> o.addAll(List.of(new Option("false", "不知道客户已属他人"), new Option("true", "明知客户已属他人")));
            case "major" -> o.addAll(List.of(new Option("false", "一般接触"), new Option("true", "有重大促进作用")));
            default -> throw new IllegalArgumentException(key);
        }
        return o;
    }

    private static String text(String key) {
        return switch (key) {
            case "named" -> "客户是否指名某位顾问?";
            case "standIn" -> "这次接待是否代原顾问接待?原顾问是否委托?";
            case "ownerAbsent" -> "原顾问当时是否在场?";
            case "accompanied" -> "介绍客户的老客户是否陪同前来?";
            case "purpose" -> "客户此次来意?";
            case "notifiedLate" -> "接待他人客户后是否按时告知原顾问?(DSP-4)";
            case "knowing" -> "该顾问是否知道客户已属他人?";
            case "major" -> "该顾问的接触是否有重大促进作用?";
            case "escalated" -> "争议是否上报项目负责人判定?";
            case "complaint" -> "客户是否投诉并要求更换顾问?";
            default -> key;
        };
    }

    /** The rules (with the seed clause under this policy) an answer changes the verdict by; empty when no answer does. */
    private List<String> matters(Dossier d, int entry, String key, String current, List<Option> options, Verdict verdict, Outcome now) {
        Set<RuleId> differ = new LinkedHashSet<>();
        Verdict changed = null;
        for (Option o : options) {
            if (o.value().equals(current)) {
                continue;
            }
            Verdict alt = Judge.judge(with(d, entry, key, o.value()));
            if (!Outcome.of(alt).equals(now)) {
                changed = alt;
                Set<RuleId> a = decisive(alt);
                Set<RuleId> b = decisive(verdict);
                // What the other answer would bring in first, then what it would take away.
                a.stream().filter(r -> !b.contains(r)).forEach(differ::add);
                b.stream().filter(r -> !a.contains(r)).forEach(differ::add);
            }
        }
        if (changed == null) {
            return List.of();
        }
        if (differ.isEmpty()) {
            differ.addAll(decisive(verdict));
        }
        List<String> out = new ArrayList<>();
        for (RuleId r : differ) {
            out.add(r.id() + " " + clause(changed, verdict, r));
            if (out.size() == 3) {
                break;
            }
        }
        return out;
    }

    /** The dossier {@code d} with one more answer, judged directly (no file round trip for each alternative). */
    private Dossier with(Dossier d, int entry, String key, String value) {
        List<Entry> events = new ArrayList<>(d.events());
        boolean escalated = d.escalated();
        if (entry >= 0) {
            events.set(entry, apply(events.get(entry), key, value));
        } else if (key.equals("escalated")) {
            escalated = Boolean.parseBoolean(value);
        } else {
            events.removeIf(e -> e instanceof Complaint && e.at().equals(g.question()) && !g.entries().contains(e));
            if (!value.isEmpty()) {
                events.add(new Complaint(g.question(), Phone.parse(g.phone()), value));
            }
        }
        Map<String, String> consultants = new LinkedHashMap<>(d.consultants());
        parties.forEach(p -> consultants.putIfAbsent(p.id(), p.name()));
        return new Dossier(d.policy(), consultants, events, d.question(), escalated);
    }

    /** The rules that decide money and ownership in a verdict: the deals' and penalties' rules and the ownership lines. */
    private static Set<RuleId> decisive(Verdict v) {
        Set<RuleId> s = new LinkedHashSet<>();
        v.deals().forEach(d -> s.addAll(d.rules()));
        v.penalties().forEach(p -> s.add(p.rule()));
        for (TrailLine t : v.trail()) {
            if (t.rule().id().startsWith("OWN") || t.rule().id().startsWith("REF") || t.rule().id().startsWith("SPLIT")
                    || t.rule().id().startsWith("PEN") || t.rule() == RuleId.DSP_4) {
                s.add(t.rule());
            }
        }
        return s;
    }

    /** 「REF-3 … (销售部客户管理制度及佣金制度 …)」: the source the trail quotes for the rule under this policy, else the rule's own. */
    private static String clause(Verdict a, Verdict b, RuleId r) {
        for (Verdict v : List.of(a, b)) {
            for (TrailLine t : v.trail()) {
                String marker = "(" + r.id() + ", ";
                int at = t.text().lastIndexOf(marker);
                if (t.rule() == r && at >= 0) {
                    return brief(r) + "(" + t.text().substring(at + marker.length(), t.text().length() - 1) + ")";
                }
            }
        }
        return brief(r) + "(" + r.seed() + ")";
    }

    /** The rule's statement up to its first colon or semicolon: 「REF-3 原顾问不在且未委托、客户指名」. */
    private static String brief(RuleId r) {
        return r.statement().split("[:;]")[0];
    }

    // ---- DSP-4 ----

    private List<Notice> notices(Dossier d, List<Judge.Step> steps) {
        List<Notice> out = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Judge.Step s = steps.get(i);
            if (!s.counted() || !(s.entry() instanceof Visit v) || !v.registered()) {
                continue;
            }
            Optional<String> owner = s.ownerBefore().filter(o -> !o.equals(v.by()) && !o.equals(Owner.POOL) && !o.equals(Owner.HOUSE));
            if (owner.isEmpty()) {
                continue;
            }
            Optional<LocalDateTime> due = d.policy().noticeDue(v.at());
            String recv = g.names().getOrDefault(v.by(), v.by());
            String own = g.names().getOrDefault(owner.get(), owner.get());
            String text = due.map(t -> recv + " 须在 " + Disputes.when(t) + " 前告知 " + own + ":"
                    + (v.notifiedLate() ? "登记注明未按时告知 (DSP-4)" : "登记未注明迟报,视为按时告知 (DSP-4)"))
                    .orElse(recv + " 接待了 " + own + " 的客户;本制度未规定告知期限" + (v.notifiedLate() ? ",登记注明未按时告知" : "") + " (DSP-4)");
            out.add(new Notice(i, v.by(), owner.get(), v.at(), due, v.notifiedLate(), text));
        }
        return out;
    }

    /** What decides money and ownership in a verdict, without its wording: the basis of "does this answer matter?". */
    record Outcome(Optional<String> owner, Optional<LocalDateTime> until, boolean unlimited, List<Object> deals, List<Object> penalties) {
        static Outcome of(Verdict v) {
            List<Object> deals = new ArrayList<>();
            for (DealShare s : v.deals()) {
                deals.add(List.of(s.at(), s.by(), s.shares(), s.pending()));
            }
            List<Object> pens = new ArrayList<>();
            for (Penalty p : v.penalties()) {
                pens.add(List.of(p.consultant(), p.amount(), p.rule()));
            }
            Owner o = v.owner();
            return new Outcome(o.who(), o.until(), o.unlimited(), deals, pens);
        }
    }

    static boolean same(Verdict a, Verdict b) {
        return Objects.equals(Outcome.of(a), Outcome.of(b));
    }
}
