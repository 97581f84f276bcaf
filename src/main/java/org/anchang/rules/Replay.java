package org.anchang.rules;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
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
import org.anchang.rules.GroupState.Claim;
import org.anchang.rules.GroupState.DayFact;
import org.anchang.rules.GroupState.Member;

/**
 * The judge's engine: replays register entries in time order and keeps, for every customer group,
 * who owns it and until when (SPEC §1–5, §7). One replay serves one dossier or a whole office;
 * entries must be applied in time order. With the trail off it builds no text, for bulk replays.
 */
public final class Replay {

    private final Policy p;
    private final Map<String, String> names;
    private final List<TrailLine> trail;
    /** Set while {@link #applyQuietly} applies an entry: no trail lines then. */
    private boolean quiet;
    private final Map<String, Member> byPhone = new HashMap<>();
    private final List<GroupState> groups = new ArrayList<>();
    private final Set<String> departed = new HashSet<>();
    private final List<DealDraft> deals = new ArrayList<>();
    private final List<Penalty> penalties = new ArrayList<>();
    private final ReportBook reports = new ReportBook();
    private final Map<String, Integer> sanctions = new HashMap<>();
    /** Groups an entry touched since {@link #touchedStandings} was last asked; a cache updates only these. */
    private final List<GroupState> touched = new ArrayList<>();
    private final VisitRules visits;
    private final DealRules dealRules;
    private final ReportRules reportRules;
    /** Customers by every name they were registered under, built at the first question that needs it. */
    private Map<String, List<Member>> byName;
    /** Whether the masked-phone index holds every customer (built at the first masked question, REG-6). */
    private boolean maskIndexed;

    /**
     * @param names consultant id → name, for the trail
     * @param withTrail whether to write the trail (a dossier) or not (a bulk replay)
     */
    public Replay(Policy policy, Map<String, String> names, boolean withTrail) {
        this.p = policy;
        this.names = names;
        this.trail = withTrail ? new ArrayList<>() : null;
        this.visits = new VisitRules(this);
        this.dealRules = new DealRules(this);
        this.reportRules = new ReportRules(this, reports);
    }

    public Policy policy() {
        return p;
    }

    /**
     * Applies an entry without writing trail lines: a customer file replays the entries of related customers
     * (a referrer, the other matches of a masked report) for their effect on its group, not for its history.
     */
    public void applyQuietly(Entry e) {
        quiet = true;
        try {
            apply(e);
        } finally {
            quiet = false;
        }
    }

    /** Applies one entry; entries must come in time order (equal times in file order). */
    public void apply(Entry e) {
        long m = Span.minute(e.at());
        if (e instanceof Visit v) {
            visits.visit(v, m);
        } else if (e instanceof Deal d) {
            dealRules.deal(d, m);
        } else if (e instanceof Call c) {
            contact(c.by(), c.customer(), m, Claim.CALL, p.callProtection, Param.CALL_PROTECTION, "来电");
        } else if (e instanceof FollowUp f) {
            followUp(f, m);
        } else if (e instanceof Prospect pr) {
            contact(pr.by(), pr.customer(), m, Claim.PROSPECT, p.prospectProtection, Param.PROSPECT_PROTECTION, "拓客");
        } else if (e instanceof Report r) {
            reportRules.report(r, m);
        } else if (e instanceof Assist a) {
            dealRules.assist(a, m);
        } else if (e instanceof Confirm c) {
            dealRules.confirm(c, m);
        } else if (e instanceof Complaint c) {
            complaint(c, m);
        } else if (e instanceof Assign a) {
            assign(a, m);
        } else if (e instanceof Leave l) {
            leave(l, m);
        } else if (e instanceof Ruling r) {
            ruling(r, m);
        }
    }

    /** Who owns the group of {@code phone} at {@code at}. */
    public Owner ownerAt(Phone phone, LocalDateTime at) {
        Member c = byPhone.get(phone.digits());
        if (c == null) {
            return new Owner(Optional.empty(), Optional.empty(), false, false, Optional.empty(), List.of(phone.digits()));
        }
        GroupState g = c.group;
        refresh(g, Span.minute(at));
        List<String> phones = g.members.stream().map(x -> x.phone).toList();
        boolean unlimited = g.owner != null && g.until == Span.FOREVER;
        Optional<LocalDateTime> until = g.owner == null || unlimited ? Optional.empty() : Optional.of(Span.time(g.until));
        return new Owner(Optional.ofNullable(g.owner), until, unlimited, g.dealt, Optional.ofNullable(g.lastOwner), phones);
    }

    /** The owner id (or POOL, HOUSE) of every known phone at minute {@code m}; {@code null} values for nobody. */
    public Map<String, String> owners(LocalDateTime at) {
        long m = Span.minute(at);
        Map<String, String> out = new HashMap<>(byPhone.size() * 2);
        for (Member c : byPhone.values()) {
            refresh(c.group, m);
            out.put(c.phone, c.group.owner);
        }
        return out;
    }

    /**
     * What the owner of {@code phone}'s group should do next (PROT-7, sales-dept 四): the first follow-up
     * within 24 hours of the registration, the second within 3 days, and the date the claim lapses.
     */
    public List<Reminder> reminders(Phone phone, LocalDateTime now) {
        Member c = byPhone.get(phone.digits());
        if (c == null) {
            return List.of();
        }
        GroupState g = c.group;
        long m = Span.minute(now);
        refresh(g, m);
        if (!g.hasConsultantOwner() || g.dealt) {
            return List.of();
        }
        List<Reminder> out = new ArrayList<>(2);
        String who = name(g.owner);
        if (g.followUps == 0) {
            long due = g.claimStart + 24 * 60;
            out.add(new Reminder(RuleId.PROT_7, Span.time(due), m > due, who + " 应在登记后24小时内首次回访「" + c.label() + "」"));
        } else if (g.followUps == 1) {
            long due = g.claimStart + 3 * 1440;
            out.add(new Reminder(RuleId.PROT_7, Span.time(due), m > due, who + " 应在登记后3天内第二次回访「" + c.label() + "」"));
        }
        if (g.until != Span.FOREVER) {
            out.add(new Reminder(RuleId.PROT_4, Span.time(g.until), false, who + " 对「" + c.label() + "」的" + protection(g.until) + ",之后成为新客户"));
        }
        return out;
    }

    public List<DealShare> deals() {
        return deals.stream().map(DealDraft::freeze).toList();
    }

    public List<Penalty> penalties() {
        return List.copyOf(penalties);
    }

    public List<TrailLine> trail() {
        return trail == null ? List.of() : List.copyOf(trail);
    }

    /** The trail lines written since the trail had {@code from} lines. */
    List<TrailLine> trailSince(int from) {
        return trail == null ? List.of() : List.copyOf(trail.subList(from, trail.size()));
    }

    int trailSize() {
        return trail == null ? 0 : trail.size();
    }

    /**
     * Who owns {@code phone}'s group at {@code at} without applying anything (so the trail stays as a plain replay
     * writes it): the same lapse rule as {@link #refresh}, PROT-4 and PROT-5, read from {@link Standing.Lapse}.
     */
    Optional<String> peekOwner(Phone phone, LocalDateTime at) {
        Member c = byPhone.get(phone.digits());
        if (c == null) {
            return Optional.empty();
        }
        GroupState g = c.group;
        if (!g.hasConsultantOwner() || g.dealt) {
            return Optional.ofNullable(g.owner);
        }
        return switch (Standing.Lapse.of(g.until, trackEnd(g), Span.minute(at))) {
            case NONE -> Optional.of(g.owner);
            case TRACKING -> Optional.of(Owner.POOL);
            case PROTECTION -> Optional.empty();
        };
    }

    /** Consultants recorded as colliding with the owner on {@code phone}'s group. */
    public List<String> collisions(Phone phone) {
        Member c = byPhone.get(phone.digits());
        return c == null || c.group.collided == null ? List.of() : List.copyOf(c.group.collided);
    }

    /** PEN-8: the dispute went up to the project head; the losing side pays. */
    public void escalated(Phone phone, LocalDateTime at) {
        Member c = byPhone.get(phone.digits());
        if (c == null || p.escalationPenalty == 0 || c.group.collided == null) {
            return;
        }
        for (String loser : c.group.collided) {
            if (!loser.equals(c.group.owner)) {
                penalty(loser, p.escalationPenalty, RuleId.PEN_8, "争议上报项目负责人判定,非客户归属方罚款" + p.escalationPenalty + "元");
                note(Span.minute(at), RuleId.PEN_8, null, () -> name(loser) + " 为非归属方,争议经项目负责人判定,罚款" + p.escalationPenalty + "元");
            }
        }
    }

    // ---- shared by the rule classes of this package ----

    Member member(Contact who, long m) {
        Member c = byPhone.get(who.phone().digits());
        if (c == null) {
            return newMember(who.phone().digits(), who.name());
        }
        if (c.name == null) {
            c.name = who.name();
            indexName(c, who.name());
        } else if (!c.name.equals(who.name())) {
            String old = c.name;
            indexName(c, who.name());
            if (sameCustomerFullerName(old, who.name())) {
                // 「王先生」 who later gives his full name is one person, not a relative (REG-3 is about other names).
                if (who.name().length() > old.length() || old.endsWith("先生") || old.endsWith("女士") || old.endsWith("小姐")) {
                    c.name = who.name();
                }
            } else {
                if (c.aliases == null) {
                    c.aliases = new ArrayList<>(1);
                }
                if (!c.aliases.contains(who.name())) {
                    c.aliases.add(who.name());
                }
                note(m, RuleId.REG_3, null, () -> "电话 " + hide(c.phone) + " 已登记为「" + old + "」,此次登记为「" + who.name()
                        + "」:同一电话视为同一客户组(直系亲属)");
            }
        }
        return c;
    }

    /** A surname alone, or a surname with 先生/女士/小姐/太太/总/老师, and a name with that surname: the same person. */
    static boolean sameCustomerFullerName(String a, String b) {
        if (a.isEmpty() || b.isEmpty() || a.charAt(0) != b.charAt(0)) {
            return false;
        }
        return surnameOnly(a) || surnameOnly(b);
    }

    static boolean surnameOnly(String n) {
        if (n.length() == 1) {
            return true;
        }
        for (String title : new String[] {"先生", "女士", "小姐", "太太", "总", "老师", "姐", "哥"}) {
            if (n.length() <= 1 + title.length() + 1 && n.endsWith(title)) {
                return true;
            }
        }
        return false;
    }

    Member member(Phone phone) {
        Member c = byPhone.get(phone.digits());
        return c != null ? c : newMember(phone.digits(), null);
    }

    /** The customer of {@code phone} with the lapses due by minute {@code m} applied to their group. */
    Member customerAt(Phone phone, long m) {
        Member c = member(phone);
        refresh(c.group, m);
        return c;
    }

    Optional<Member> known(String phone) {
        return Optional.ofNullable(byPhone.get(phone));
    }

    java.util.Optional<ReportBook.Pending> reportsTakeFor(String phone, long m) {
        return p.reportValidity.gives() ? reports.takeFor(phone, m) : java.util.Optional.empty();
    }

    VisitRules visits() {
        return visits;
    }

    Map<String, Member> byPhone() {
        return byPhone;
    }

    private Member newMember(String phone, String name) {
        GroupState g = new GroupState();
        Member c = new Member(phone, name, g);
        g.members.add(c);
        groups.add(g);
        touch(g);
        byPhone.put(phone, c);
        if (p.reportValidity.gives() || maskIndexed) {
            // Only regimes that judge by reports need the masked-phone index (REG-6), and a desk that asked it.
            reports.index(c);
        }
        indexName(c, name);
        return c;
    }

    // ---- questions for the register forms (read-only: no lapse is applied to the replay's state) ----

    /**
     * What the judge knows about {@code phone} typed with {@code name} (the collision check): the customer and their
     * group's standing at {@code now} (read by {@link Standing#at}, without applying lapses to this replay), REG-3's
     * other name and same name (at most {@code sameNameLimit} of them, those with an owner first, and how many there
     * are), the group (REG-4) and the reports that may stand for the phone (REG-6). Not thread-safe, like
     * {@link #apply}: the caller serialises both.
     */
    public Sighting sighting(Phone phone, String name, LocalDateTime now, int sameNameLimit) {
        Member c = byPhone.get(phone.digits());
        String typed = name == null ? "" : name.strip();
        Optional<Known> customer = Optional.empty();
        boolean otherName = false;
        List<Known> group = new ArrayList<>();
        if (c != null && !c.group.merged) {
            customer = Optional.of(known(c, now));
            otherName = !typed.isEmpty() && c.name != null && !c.name.equals(typed) && !sameCustomerFullerName(c.name, typed);
            for (Member other : c.group.members) {
                if (other != c) {
                    group.add(known(other, now));
                }
            }
        }
        List<Known> sameName = new ArrayList<>();
        int sameNameTotal = 0;
        // A surname alone (王, 王先生) names nobody in particular; only a full name is worth a line (REG-3).
        if (!typed.isEmpty() && !surnameOnly(typed)) {
            List<Known> others = new ArrayList<>();
            for (Member m : named(typed)) {
                if (m.phone.equals(phone.digits())) {
                    continue;
                }
                sameNameTotal++;
                // Those someone holds a claim on come first: they are the ones a clerk must not mistake. A common name
                // may have hundreds; a standing is read only for those that may still be listed.
                boolean claimed = m.group.owner != null;
                if (claimed && sameName.size() < sameNameLimit) {
                    Known k = known(m, now);
                    if (k.standing().owner().isPresent()) {
                        sameName.add(k);
                    } else if (others.size() < sameNameLimit) {
                        others.add(k);
                    }
                } else if (!claimed && others.size() < sameNameLimit) {
                    others.add(known(m, now));
                }
            }
            for (int i = 0; i < others.size() && sameName.size() < sameNameLimit; i++) {
                sameName.add(others.get(i));
            }
        }
        List<ReportSeen> seen = reports.about(phone.digits()).stream().map(ReportBook.Pending::seen).toList();
        return new Sighting(customer, otherName, group, sameName, sameNameTotal, seen);
    }

    /** The customers a masked phone matches (REG-6: two or more is an ambiguity to show) and the reports made with it. */
    public Sighting.Masked sighting(MaskedPhone masked, LocalDateTime now) {
        if (!masked.isMasked()) {
            Member c = byPhone.get(masked.whole().orElseThrow().digits());
            return new Sighting.Masked(c == null ? List.of() : List.of(known(c, now)),
                    reports.under(masked).stream().map(ReportBook.Pending::seen).toList());
        }
        if (!p.reportValidity.gives() && !maskIndexed) {
            byPhone.values().forEach(reports::index);
            maskIndexed = true;
        }
        List<Known> matches = reports.matches(masked, byPhone).stream().map(m -> known(m, now)).toList();
        return new Sighting.Masked(matches, reports.under(masked).stream().map(ReportBook.Pending::seen).toList());
    }

    private Known known(Member c, LocalDateTime now) {
        return new Known(c.phone, Optional.ofNullable(c.name), standingOf(c.group, c).at(now));
    }

    private List<Member> named(String name) {
        if (byName == null) {
            byName = new HashMap<>(byPhone.size() * 2);
            for (Member m : byPhone.values()) {
                addName(m, m.name);
                if (m.aliases != null) {
                    m.aliases.forEach(a -> addName(m, a));
                }
            }
        }
        return byName.getOrDefault(name, List.of());
    }

    private void indexName(Member c, String name) {
        if (byName != null) {
            addName(c, name);
        }
    }

    private void addName(Member c, String name) {
        if (name == null) {
            return;
        }
        List<Member> list = byName.computeIfAbsent(name, n -> new ArrayList<>(1));
        if (!list.contains(c)) {
            list.add(c);
        }
    }

    /** Applies lapses due by minute {@code m}: the tracking limit (PROT-5), protection (PROT-4), a SPLIT-7 wait. */
    void refresh(GroupState g, long m) {
        touch(g);
        if (g.pendingConfirm != null && g.confirmDeadline <= m) {
            DealDraft d = g.pendingConfirm;
            g.pendingConfirm = null;
            d.pending = false;
            note(g.confirmDeadline, RuleId.SPLIT_7, Param.SIGNING_DAY_CONFIRM, () -> name(d.by) + " 签约后原顾问未在期限内确认,业绩归签约接待 "
                    + name(d.by));
        }
        if (!g.hasConsultantOwner() || g.dealt) {
            return;
        }
        long trackEnd = trackEnd(g);
        Standing.Lapse lapse = Standing.Lapse.of(g.until, trackEnd, m);
        if (lapse == Standing.Lapse.TRACKING) {
            String was = g.owner;
            g.lastOwner = was;
            g.owner = Owner.POOL;
            g.until = Span.FOREVER;
            note(trackEnd, RuleId.PROT_5, Param.MAX_TRACKING, () -> name(was) + " 自登记起" + p.maxTracking.chinese()
                    + "无成交进展,客户移交项目经理(公共客户)");
            return;
        }
        if (lapse == Standing.Lapse.PROTECTION) {
            String was = g.owner;
            long until = g.until;
            g.lastOwner = was;
            g.owner = null;
            note(m, RuleId.PROT_4, Param.VISIT_PROTECTION, () -> name(was) + " 的保护至 " + day(until) + " 已过,期间无有效跟进,客户成为新客户");
        }
    }

    /** When the current claim goes to the pool for want of a deal (PROT-5); FOREVER where the regime sets no limit. */
    private long trackEnd(GroupState g) {
        return p.maxTracking.kind() == Span.Kind.DAYS || p.maxTracking.kind() == Span.Kind.HOURS
                ? p.maxTracking.end(g.claimStart) : Span.FOREVER;
    }

    /**
     * Every known customer's standing as the entries applied so far left it, without applying lapses
     * (the replay may still receive earlier-dated entries); {@link Standing#at} applies them for a reader.
     */
    public Map<String, Standing> standings() {
        untouchAll();
        return standingsOf(groups);
    }

    /** Marks a group for {@link #touchedStandings}: a flag and a list, cheaper than a set on every entry. */
    private void touch(GroupState g) {
        if (!g.touched) {
            g.touched = true;
            touched.add(g);
        }
    }

    private void untouchAll() {
        touched.forEach(g -> g.touched = false);
        touched.clear();
    }

    /** The standings of the customers whose groups entries touched since the last call (or {@link #standings}). */
    public Map<String, Standing> touchedStandings() {
        Map<String, Standing> out = standingsOf(touched);
        untouchAll();
        return out;
    }

    private Map<String, Standing> standingsOf(java.util.Collection<GroupState> which) {
        Map<String, Standing> out = new HashMap<>(which.size() * 3);
        for (GroupState g : which) {
            if (g.merged || g.members.isEmpty()) {
                continue;
            }
            for (Member c : g.members) {
                out.put(c.phone, standingOf(g, c));
            }
        }
        return out;
    }

    /** A member's standing as the group's state holds it, lapses not applied (see {@link Standing#at}). */
    private Standing standingOf(GroupState g, Member c) {
        String key = g.members.stream().map(x -> x.phone).min(String::compareTo).orElseThrow();
        boolean consultant = g.hasConsultantOwner() && !g.dealt;
        Optional<LocalDateTime> until = consultant && g.until != Span.FOREVER ? Optional.of(Span.time(g.until)) : Optional.empty();
        long track = consultant ? trackEnd(g) : Span.FOREVER;
        Optional<LocalDateTime> tracking = track == Span.FOREVER ? Optional.empty() : Optional.of(Span.time(track));
        return new Standing(c.phone, key, Optional.ofNullable(g.owner), until, tracking, g.dealt, Optional.ofNullable(g.lastOwner));
    }

    /** Makes {@code who} the owner with a fresh claim of {@code span} from minute {@code m}. */
    void claim(GroupState g, String who, Claim kind, Span span, long m) {
        if (!who.equals(g.owner)) {
            g.lastOwner = g.owner != null ? g.owner : g.lastOwner;
        }
        g.owner = who;
        g.claim = kind;
        g.claimStart = m;
        g.followUps = 0;
        g.until = g.dealt ? Span.FOREVER : capped(g, span.end(m), kind);
    }

    /** Extends the owner's claim to {@code span} from {@code m} (PROT-3), never shortening it. */
    void renew(GroupState g, Span span, long m) {
        if (!span.gives() || g.claim == Claim.REFERRAL || g.dealt) {
            return;
        }
        g.until = Math.max(g.until, capped(g, span.end(m), g.claim));
    }

    private long capped(GroupState g, long end, Claim kind) {
        if (kind == Claim.REFERRAL || kind == Claim.ASSIGNED || !(p.claimCap.kind() == Span.Kind.DAYS || p.claimCap.kind() == Span.Kind.HOURS)) {
            return end;
        }
        return Math.min(end, p.claimCap.end(g.claimStart));
    }

    boolean departed(String who) {
        return departed.contains(who);
    }

    void penalty(String who, int amount, RuleId rule, String text) {
        penalties.add(new Penalty(who, amount, rule, text));
    }

    /** Counts a non-money sanction per consultant: the second one is dismissal (PEN-1, PEN-7). */
    int sanctionCount(String who, RuleId rule) {
        return sanctions.merge(who + "/" + rule.id(), 1, Integer::sum);
    }

    DealDraft newDeal(DealDraft d) {
        deals.add(d);
        return d;
    }

    boolean tracing() {
        return trail != null;
    }

    /** Adds a trail line citing {@code rule} and, where a parameter decided it, the regime's clause. */
    void note(long m, RuleId rule, Param param, Supplier<String> text) {
        if (trail == null || quiet) {
            return;
        }
        String clause = param == null ? "" : p.clause(param);
        String source = clause.isEmpty() ? rule.seed() : p.title() + " " + clause;
        trail.add(new TrailLine(Span.time(m), rule, text.get() + " (" + rule.id() + ", " + source + ")"));
    }

    String name(String id) {
        if (id == null) {
            return "无人";
        }
        if (id.equals(Owner.POOL)) {
            return "销售部(公共客户)";
        }
        if (id.equals(Owner.HOUSE)) {
            return "公司(公佣)";
        }
        return names.getOrDefault(id, id);
    }

    static String hide(String phone) {
        return phone.length() == 11 ? phone.substring(0, 3) + "****" + phone.substring(7) : phone.substring(0, phone.length() - 4) + "****";
    }

    /** 3月8日 for a calendar-day end (the last protected day), 3月3日 10:00 for an hour end. */
    static String day(long until) {
        if (until == Span.FOREVER) {
            return "永久";
        }
        if (Math.floorMod(until, 1440) == 0) {
            LocalDateTime last = Span.time(until - 1);
            return last.getMonthValue() + "月" + last.getDayOfMonth() + "日";
        }
        LocalDateTime t = Span.time(until);
        return t.getMonthValue() + "月" + t.getDayOfMonth() + "日 " + String.format("%02d:%02d", t.getHour(), t.getMinute());
    }

    /** 保护至 3月8日, or 长期有效 where the claim never lapses. */
    static String protection(long until) {
        return until == Span.FOREVER ? "长期有效(不设保护期限)" : "保护至 " + day(until);
    }

    static String date(long m) {
        LocalDateTime t = Span.time(m);
        return t.getMonthValue() + "月" + t.getDayOfMonth() + "日";
    }

    // ---- the simpler kinds ----

    private void contact(String by, Contact who, long m, Claim kind, Span span, Param param, String word) {
        Member c = member(who, m);
        GroupState g = c.group;
        refresh(g, m);
        RuleId rule = kind == Claim.CALL ? RuleId.PROT_2 : RuleId.PROT_1;
        if (!span.gives()) {
            note(m, kind == Claim.CALL ? RuleId.PROT_2 : RuleId.REG_1, param, () -> name(by) + " 登记" + word + "「" + c.label()
                    + "」:本制度" + word + "不产生归属" + (kind == Claim.CALL ? "(来电为公共资源)" : ""));
            return;
        }
        if (g.owner == null) {
            boolean again = g.lastOwner != null;
            claim(g, by, kind, span, m);
            note(m, again ? RuleId.PROT_4 : RuleId.OWN_1, param, () -> name(by) + " " + date(m) + (again ? " 重新" : " 首次") + "登记" + word
                    + "「" + c.label() + "」," + protection(g.until));
        } else if (g.owner.equals(by)) {
            renew(g, span, m);
            note(m, rule, param, () -> name(by) + " 再次登记" + word + "," + protection(g.until));
        } else {
            if (g.hasConsultantOwner()) {
                g.collide(by);
            }
            String o = g.owner;
            note(m, RuleId.OWN_1, null, () -> "撞单:" + name(by) + " 登记" + word + "「" + c.label() + "」,客户已属 " + name(o)
                    + "(" + protection(g.until) + "),记录而不给予归属");
        }
    }

    private void followUp(FollowUp f, long m) {
        Member c = customerAt(f.customer(), m);
        GroupState g = c.group;
        String by = f.by();
        if (by.equals(g.owner)) {
            g.followUps++;
            if (p.followUpProtection.gives() && g.claim != Claim.REFERRAL && !g.dealt) {
                renew(g, p.followUpProtection, m);
                note(m, RuleId.PROT_3, Param.FOLLOW_UP_PROTECTION, () -> name(by) + " " + date(m) + " 跟进「" + c.label() + "」,保护延至 "
                        + day(g.until));
            } else {
                note(m, RuleId.PROT_3, Param.FOLLOW_UP_PROTECTION, () -> name(by) + " 跟进「" + c.label() + "」(本制度跟进不改变保护期)");
            }
        } else if (g.owner == null && by.equals(g.lastOwner)) {
            note(m, RuleId.PROT_3, Param.FOLLOW_UP_PROTECTION, () -> name(by) + " 跟进时保护期已过,跟进不能恢复归属");
        } else {
            String o = g.owner;
            note(m, RuleId.PROT_3, null, () -> name(by) + " 不是归属顾问(" + name(o) + "),其跟进不改变归属");
        }
    }

    private void complaint(Complaint cp, long m) {
        Member c = customerAt(cp.customer(), m);
        GroupState g = c.group;
        String prev = g.owner;
        String to = cp.reassignTo();
        claim(g, to, Claim.ASSIGNED, p.visitProtection, m);
        note(m, RuleId.OWN_4, null, () -> "客户「" + c.label() + "」投诉," + name(prev) + " 停止服务,客户改由 " + name(to) + " 接手");
        if (p.complaintPenalty > 0 && prev != null && !prev.equals(to) && !prev.equals(Owner.POOL) && !prev.equals(Owner.HOUSE)) {
            penalty(prev, p.complaintPenalty, RuleId.PEN_3, "服务不到位招致投诉,罚款100–500元(提议" + p.complaintPenalty + "元)");
            note(m, RuleId.PEN_3, Param.COMPLAINT_PENALTY, () -> name(prev) + " 招致投诉,提议罚款" + p.complaintPenalty + "元(100–500元,经理确定)");
        }
    }

    private void assign(Assign a, long m) {
        Member c = customerAt(a.customer(), m);
        GroupState g = c.group;
        String prev = g.owner;
        claim(g, a.to(), Claim.ASSIGNED, p.visitProtection, m);
        note(m, RuleId.OWN_6, null, () -> "经理 " + name(a.by()) + " 将「" + c.label() + "」" + (prev == null ? "" : "(原属 " + name(prev) + ")")
                + "分配给 " + name(a.to()) + "," + protection(g.until));
    }

    private void leave(Leave l, long m) {
        String who = l.by();
        departed.add(who);
        for (GroupState g : groups) {
            if (g.merged || !who.equals(g.owner)) {
                continue;
            }
            refresh(g, m);
            if (who.equals(g.owner) && (!g.dealt || p.leaveMovesDealt)) {
                g.lastOwner = who;
                g.owner = Owner.POOL;
                g.until = Span.FOREVER;
                String label = g.members.get(0).label();
                note(m, RuleId.OWN_3, Param.LEAVE_MOVES_DEALT, () -> name(who) + " 离职,客户「" + label + "」归销售部,由经理统一安排;他人不得据为己有");
            } else if (who.equals(g.owner)) {
                String label = g.members.get(0).label();
                note(m, RuleId.OWN_3, Param.LEAVE_MOVES_DEALT, () -> name(who) + " 离职,已下订单的客户「" + label + "」仍记在其名下");
            }
        }
    }

    /**
     * DSP-3 (with DSP-1's 一判终身): a recorded verdict sets the group's owner and protection from its moment on and fixes
     * the shares of the deals it names, whatever the regime says now; later entries are judged on top of it.
     */
    private void ruling(Ruling ru, long m) {
        Member c = customerAt(ru.customer(), m);
        GroupState g = c.group;
        String prev = g.owner;
        String who = ru.owner().orElse(null);
        if (who != null && !who.equals(prev)) {
            g.lastOwner = prev != null ? prev : g.lastOwner;
        } else if (who == null && prev != null) {
            g.lastOwner = prev;
        }
        g.owner = who;
        g.claim = Claim.ASSIGNED;
        g.claimStart = m;
        g.dealt = ru.dealt();
        g.until = ru.until().map(Span::minute).orElse(Span.FOREVER);
        g.pendingConfirm = null;
        g.collided = null;
        note(m, RuleId.DSP_3, null, () -> "经理 " + name(ru.decidedBy()) + " 裁定(一判终身,DSP-1):「" + c.label() + "」归 " + name(who)
                + (who == null ? "" : "," + (g.until == Span.FOREVER ? "长期有效" : "保护至 " + day(g.until))));
        for (Ruling.RuledDeal rd : ru.deals()) {
            DealDraft d = deals.stream().filter(x -> x.at.equals(rd.at()) && x.by.equals(rd.by()) && x.phone.equals(rd.customer().digits()))
                    .findFirst().orElse(null);
            if (d == null) {
                note(m, RuleId.DSP_3, null, () -> "裁定所列 " + date(Span.minute(rd.at())) + " " + name(rd.by()) + " 的成交已不在登记中(已更正或撤回)");
                continue;
            }
            d.shares.clear();
            d.shares.putAll(rd.shares());
            d.pending = false;
            d.cite(RuleId.DSP_3);
            note(m, RuleId.DSP_3, null, () -> date(Span.minute(rd.at())) + " " + name(rd.by()) + " 的成交按裁定分配业绩:"
                    + String.join("、", rd.shares().entrySet().stream().map(s -> name(s.getKey()) + " " + Math.round(s.getValue() * 1000) / 10.0 + "%").toList()));
        }
    }

    /** Joins two customers' groups (REG-4): the earliest claim still protected wins; a dealt claim beats an open one. */
    GroupState relate(Member c, Relation rel, long m) {
        Member other = member(rel.to());
        if (!rel.kind().sameGroup()) {
            note(m, RuleId.REG_4, null, () -> "「" + c.label() + "」与「" + other.label() + "」为" + rel.kind().chinese() + ",视为不同客户");
            return c.group;
        }
        GroupState a = c.group;
        GroupState b = other.group;
        if (a == b) {
            return a;
        }
        refresh(a, m);
        refresh(b, m);
        GroupState winner = a.owner == null || (b.owner != null && !a.owner.equals(b.owner)
                && (b.dealt && !a.dealt || b.dealt == a.dealt && b.claimStart < a.claimStart)) ? b : a;
        GroupState loser = winner == a ? b : a;
        String outvoted = loser.hasConsultantOwner() && !loser.owner.equals(winner.owner) ? loser.owner : null;
        a.takeClaimOf(winner);
        a.absorb(b);
        if (outvoted != null) {
            a.collide(outvoted);
        }
        String w = a.owner;
        note(m, RuleId.REG_4, null, () -> "「" + c.label() + "」与「" + other.label() + "」为" + rel.kind().chinese() + ",同组客户;"
                + (w == null ? "同组尚无归属" : "同组以在保护期内最早登记的 " + name(w) + " 为准"));
        return a;
    }
}
