package org.anchang.office;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.anchang.board.Assignment;
import org.anchang.customer.Phone;
import org.anchang.office.DisputeBuilder.Gathered;
import org.anchang.office.DisputeCase.Fact;
import org.anchang.office.DisputeCase.Party;
import org.anchang.office.DisputeCase.Question;
import org.anchang.office.DisputeCase.WhatIf;
import org.anchang.register.Assign;
import org.anchang.register.Call;
import org.anchang.register.Complaint;
import org.anchang.register.Deal;
import org.anchang.register.Entry;
import org.anchang.register.Leave;
import org.anchang.register.Prospect;
import org.anchang.register.Recorded;
import org.anchang.register.Report;
import org.anchang.register.Ruling;
import org.anchang.register.Visit;
import org.anchang.rules.DealShare;
import org.anchang.rules.Dossier;
import org.anchang.rules.Judge;
import org.anchang.rules.Owner;
import org.anchang.rules.Policy;
import org.anchang.rules.Presets;
import org.anchang.rules.SignOff;
import org.anchang.rules.Standing;
import org.anchang.rules.Verdict;
import org.anchang.store.AuditLog;
import org.anchang.store.EntryStore;
import org.anchang.store.PeopleDao;
import org.jdbi.v3.core.Handle;

/**
 * The dispute wizard's use cases 判客 (SPEC §8, DSP-1..4), manager only: find the group, gather its dossier from the
 * registers, answer the questions that matter, read the verdict and what the other presets would say, save the case
 * file, print the verdict sheet, sign and record the ruling (final: 一判终身), annotate it. Every step the manager takes
 * writes an audited {@code dispute_step} row; the ruling is a register entry the whole office's replay honours.
 */
public final class Disputes {

    /**
     * Finds the customers a search means: phones for a full or partial phone, a customer's name or a consultant.
     * The only search of this class, so that the customer file's search can replace it.
     */
    public interface Search {
        List<String> phones(String query, int limit);
    }

    /** A customer group a search found: its customers, the consultants with entries on it, its owner now and its deals. */
    public record GroupHit(String phone, List<String> phones, String customers, List<Party> parties, String owner,
            LocalDateTime last, int entries, boolean collision, boolean ruled, List<DealRef> deals) {
    }

    /** A deal of the group, to judge the dispute as of that deal. */
    public record DealRef(LocalDateTime at, String label) {
    }

    static final int LIMIT = 200;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Office office;
    private final Search search;

    public Disputes(Office office) {
        this(office, new RegisterSearch(office));
    }

    public Disputes(Office office, Search search) {
        this.office = office;
        this.search = search;
    }

    // ---- 1 选择争议 ----

    /**
     * The groups {@code query} finds (phone, name or consultant); an empty query lists the likely disputes: groups on
     * which two or more consultants have entries, collisions first, the newest first.
     */
    public List<GroupHit> find(String query, String actor) {
        manager(actor);
        String q = query == null ? "" : query.strip();
        List<String> phones = q.isEmpty() ? List.of() : search.phones(q, LIMIT * 3);
        Map<String, String> names = office.read(Office::names);
        LocalDateTime now = office.now();
        return office.replayed(l -> hits(l, names, q.isEmpty() ? null : new LinkedHashSet<>(phones), now, LIMIT));
    }

    /** Every group on which two or more consultants have entries (the office's disputes), without the screen's limit. */
    List<GroupHit> allDisputes(String actor) {
        manager(actor);
        Map<String, String> names = office.read(Office::names);
        LocalDateTime now = office.now();
        return office.replayed(l -> hits(l, names, null, now, Integer.MAX_VALUE));
    }

    private static List<GroupHit> hits(Ledger l, Map<String, String> names, Set<String> wanted, LocalDateTime now, int limit) {
        Map<String, Standing> st = l.standings();
        Map<String, List<Entry>> byGroup = new HashMap<>();
        Map<String, Set<String>> phones = new HashMap<>();
        for (Recorded r : l.effectiveRecorded()) {
            Entry e = r.entry().orElseThrow();
            Optional<Phone> p = e.phone();
            if (p.isEmpty()) {
                continue;
            }
            String key = key(st, p.get().digits());
            if (wanted != null && !wanted.contains(p.get().digits()) && !phones.containsKey(key) && !anyIn(st, wanted, key)) {
                continue;
            }
            byGroup.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
            phones.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(p.get().digits());
        }
        List<GroupHit> out = new ArrayList<>();
        for (var g : byGroup.entrySet()) {
            List<Entry> es = g.getValue();
            Set<String> parties = new LinkedHashSet<>();
            Set<String> customers = new LinkedHashSet<>();
            List<DealRef> deals = new ArrayList<>();
            boolean ruled = false;
            for (Entry e : es) {
                parties.addAll(partiesOf(e));
                contactName(e).ifPresent(customers::add);
                if (e instanceof Deal d) {
                    deals.add(new DealRef(d.at(), when(d.at()) + " " + names.getOrDefault(d.by(), d.by()) + (d.stage() == Deal.Stage.DEPOSIT ? " 定金" : " 签约")));
                }
                ruled |= e instanceof Ruling;
            }
            if (wanted == null && parties.size() < 2) {
                continue;
            }
            Phone first = Phone.parse(g.getKey());
            boolean collision = l.replay() != null && !l.replay().collisions(first).isEmpty();
            String owner = Optional.ofNullable(st.get(g.getKey())).map(s -> s.at(now)).flatMap(Standing::owner)
                    .map(o -> o.equals(Owner.POOL) ? "公共客户" : o.equals(Owner.HOUSE) ? "公司" : names.getOrDefault(o, o)).orElse("无人");
            out.add(new GroupHit(g.getKey(), List.copyOf(phones.get(g.getKey())), String.join("、", customers),
                    parties.stream().map(id -> new Party(id, names.getOrDefault(id, id))).toList(), owner, es.get(es.size() - 1).at(), es.size(),
                    collision, ruled, deals));
        }
        out.sort(Comparator.comparing((GroupHit h) -> !h.collision()).thenComparing(GroupHit::last, Comparator.reverseOrder()));
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
    }

    private static boolean anyIn(Map<String, Standing> st, Set<String> wanted, String key) {
        for (String w : wanted) {
            if (key(st, w).equals(key)) {
                return true;
            }
        }
        return false;
    }

    private static String key(Map<String, Standing> st, String phone) {
        Standing s = st.get(phone);
        return s == null ? phone : s.groupKey();
    }

    /** Consultants with entries on a group: whoever an entry is by (an assignment: the assignee; a complaint: the taker). */
    static Set<String> partiesOf(Entry e) {
        if (e instanceof Assign a) {
            return Set.of(a.to());
        } else if (e instanceof Complaint c) {
            return Set.of(c.reassignTo());
        } else if (e instanceof Ruling) {
            return Set.of();
        }
        return org.anchang.rules.io.DossierWriter.people(List.of(e)).stream().limit(1).collect(java.util.stream.Collectors.toSet());
    }

    private static Optional<String> contactName(Entry e) {
        if (e instanceof Visit v) {
            return Optional.of(v.customer().name());
        } else if (e instanceof Call c) {
            return Optional.of(c.customer().name());
        } else if (e instanceof Prospect p) {
            return Optional.of(p.customer().name());
        }
        return Optional.empty();
    }

    // ---- 2 记录 ----

    /**
     * Opens the dispute of {@code phone}'s group as of {@code at} (a deal's time), or now: every entry of the group (and
     * of a referrer's group, and the parties' departures) up to that moment, judged under the office's policy. Audited.
     */
    public DisputeCase open(String phone, Optional<LocalDateTime> at, String actor) {
        Phone p = parse(phone);
        Gathered g = office.write(h -> {
            manager(h, actor);
            Gathered gathered = gather(h, p, at);
            step(h, actor, p.digits(), "open", "打开判客档案,截至 " + when(gathered.question()) + ",共 " + gathered.entries().size() + " 条登记");
            return gathered;
        });
        return new DisputeBuilder(withBoard(g)).build(List.of());
    }

    private Gathered gather(Handle h, Phone phone, Optional<LocalDateTime> at) {
        Ledger l = office.ledger();
        LocalDateTime now = office.now().truncatedTo(ChronoUnit.MINUTES);
        List<Recorded> all = l.effectiveRecorded();
        Map<String, Standing> st = l.standings();
        String key = key(st, phone.digits());
        Set<String> group = new LinkedHashSet<>();
        st.values().stream().filter(s -> s.groupKey().equals(key)).map(Standing::phone).sorted().forEach(group::add);
        group.add(phone.digits());
        LocalDateTime q = at.orElse(now);
        // The referrers' groups too: REF rules read who owned the old customer.
        Set<String> phones = new LinkedHashSet<>(group);
        for (boolean grew = true; grew;) {
            grew = false;
            for (Recorded r : all) {
                if (r.entry().orElseThrow() instanceof Visit v && phones.contains(v.customer().phone().digits()) && v.referredBy().isPresent()) {
                    String rk = key(st, v.referredBy().get().digits());
                    for (Standing s : st.values()) {
                        if (s.groupKey().equals(rk) && phones.add(s.phone())) {
                            grew = true;
                        }
                    }
                    grew |= phones.add(v.referredBy().get().digits());
                }
            }
        }
        List<Entry> entries = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        Set<String> people = new LinkedHashSet<>();
        for (Recorded r : all) {
            Entry e = r.entry().orElseThrow();
            if (e.at().isAfter(q)) {
                continue;
            }
            if (about(e, phones)) {
                entries.add(e);
                ids.add(r.id());
                people.addAll(org.anchang.rules.io.DossierWriter.people(List.of(e)));
            }
        }
        // A party's departure moves their customers (OWN-3): it belongs in the dossier.
        List<Entry> withLeaves = new ArrayList<>();
        List<Long> withIds = new ArrayList<>();
        int j = 0;
        for (Recorded r : all) {
            Entry e = r.entry().orElseThrow();
            if (e.at().isAfter(q)) {
                continue;
            }
            if (j < ids.size() && ids.get(j) == r.id()) {
                withLeaves.add(e);
                withIds.add(r.id());
                j++;
            } else if (e instanceof Leave lv && people.contains(lv.by())) {
                withLeaves.add(e);
                withIds.add(r.id());
            }
        }
        if (withLeaves.stream().noneMatch(e -> e.phone().filter(x -> group.contains(x.digits())).isPresent())) {
            throw new OfficeException("客户", "「" + hide(phone.digits()) + "」在 " + when(q) + " 之前没有登记");
        }
        String customer = withLeaves.stream().filter(e -> e.phone().filter(phone::equals).isPresent()).map(Disputes::contactName)
                .flatMap(Optional::stream).findFirst().orElse("客户");
        return new Gathered(phone.digits(), customer, key, q, List.copyOf(group), withLeaves, withIds, Office.policy(h), Office.names(h), Map.of());
    }

    private static boolean about(Entry e, Set<String> phones) {
        if (e instanceof Report r && r.masked().isMasked()) {
            for (String p : phones) {
                if (r.masked().matches(new Phone(p))) {
                    return true;
                }
            }
            return false;
        }
        return e.phone().filter(p -> phones.contains(p.digits())).isPresent();
    }

    /**
     * The reception board as the other half of DSP-2's evidence: where the board has a day's clicks, a registered visit
     * is matched with a reception by the same consultant within an hour. The board names no customer, so it can only
     * back a registration up (or fail to), never find an unregistered reception of this customer.
     */
    private Gathered withBoard(Gathered g) {
        Set<LocalDate> days = new LinkedHashSet<>();
        g.entries().forEach(e -> {
            if (e instanceof Visit v && v.registered()) {
                days.add(v.at().toLocalDate());
            }
        });
        if (days.isEmpty()) {
            return g;
        }
        LocalDate from = days.stream().min(LocalDate::compareTo).orElseThrow();
        LocalDate to = days.stream().max(LocalDate::compareTo).orElseThrow();
        Set<LocalDate> boarded = new LinkedHashSet<>(office.read(h -> h.createQuery(
                "SELECT DISTINCT on_day FROM board_action WHERE on_day BETWEEN :a AND :b").bind("a", from).bind("b", to)
                .mapTo(LocalDate.class).list()));
        Map<Integer, String> marks = new HashMap<>();
        BoardDesk board = new BoardDesk(office);
        Map<LocalDate, List<Assignment>> cache = new HashMap<>();
        for (int i = 0; i < g.entries().size(); i++) {
            if (!(g.entries().get(i) instanceof Visit v) || !v.registered() || !boarded.contains(v.at().toLocalDate())) {
                continue;
            }
            List<Assignment> as = cache.computeIfAbsent(v.at().toLocalDate(), d -> {
                try {
                    return board.day(d).assignments();
                } catch (RuntimeException e) {
                    return List.of();
                }
            });
            Optional<Assignment> match = as.stream().filter(a -> a.to().filter(v.by()::equals).isPresent())
                    .filter(a -> Math.abs(Duration.between(a.at(), v.at().toLocalTime()).toMinutes()) <= 60).findFirst();
            marks.put(i, match.map(a -> "看板有接待记录 " + a.at() + " (DSP-2)").orElse("看板当日无此顾问的接待记录 (DSP-2)"));
        }
        return new Gathered(g.phone(), g.customer(), g.groupKey(), g.question(), g.phones(), g.entries(), g.ids(), g.policy(), g.names(), marks);
    }

    // ---- 3 事实 ----

    /** The manager's answer to a question; the case is judged again and the questions recomputed. Audited. */
    public DisputeCase answer(DisputeCase c, String questionId, String value, String actor) {
        Question q = c.questions().stream().filter(x -> x.id().equals(questionId)).findFirst()
                .orElseThrow(() -> new OfficeException("问题", "没有这个问题(" + questionId + ")"));
        if (q.options().stream().noneMatch(o -> o.value().equals(value))) {
            throw new OfficeException(q.text(), "不是可选的答案「" + value + "」");
        }
        Gathered g = office.write(h -> {
            manager(h, actor);
            Gathered gathered = gather(h, Phone.parse(c.phone()), Optional.of(c.question()));
            String label = q.options().stream().filter(o -> o.value().equals(value)).findFirst().orElseThrow().label();
            step(h, actor, c.phone(), "answer", q.about() + " · " + q.text() + " → " + label);
            return gathered;
        });
        List<Fact> facts = new ArrayList<>(c.facts());
        facts.removeIf(f -> (f.key() + "@" + f.entry()).equals(questionId));
        if (!value.equals(q.registered())) {
            facts.add(new Fact(q.entry(), q.key(), value));
        }
        return new DisputeBuilder(withBoard(g)).build(facts);
    }

    // ---- 4 裁定 ----

    /** What each other preset decides on the same dossier; the office's policy is not touched. */
    public List<WhatIf> whatIf(DisputeCase c) {
        List<WhatIf> out = new ArrayList<>();
        Dossier d = c.dossier();
        for (Policy p : Presets.all()) {
            if (p.id().equals(d.policy().id())) {
                continue;
            }
            Verdict v = Judge.judge(new Dossier(p, d.consultants(), d.events(), d.question(), d.escalated()));
            out.add(new WhatIf(p.id(), p.title(), owner(v), deals(v), penalties(v), DisputeBuilder.same(v, c.verdict())));
        }
        return out;
    }

    public static String owner(Verdict v) {
        Owner o = v.owner();
        String who = o.who().map(w -> w.equals(Owner.POOL) ? "销售部公共客户" : v.nameOf(w)).orElse("无人(新客户)");
        return who + (o.unlimited() ? ",长期" : o.until().map(u -> ",保护至 " + when(u) + " 前").orElse(""));
    }

    static String deals(Verdict v) {
        List<String> out = new ArrayList<>();
        for (DealShare d : v.deals()) {
            out.add(when(d.at()) + (d.stage().equals("deposit") ? " 定金 " : " 签约 ") + shares(v, d.shares()) + (d.pending() ? "(待确认)" : ""));
        }
        return out.isEmpty() ? "无成交" : String.join(";", out);
    }

    public static String shares(Verdict v, Map<String, Double> s) {
        return String.join("、", s.entrySet().stream().map(e -> v.nameOf(e.getKey()) + " " + Math.round(e.getValue() * 1000) / 10.0 + "%").toList());
    }

    static String penalties(Verdict v) {
        return v.penalties().isEmpty() ? "无处罚" : String.join(";", v.penalties().stream()
                .map(p -> v.nameOf(p.consultant()) + " " + p.text() + " (" + p.rule().id() + ")").toList());
    }

    // ---- 5 签字 ----

    /** The people who may sign: supervisors (mediate), clerks (check the records), managers (decide), by role. */
    public List<Party> people(String role) {
        return office.read(h -> h.attach(PeopleDao.class).all().stream().filter(p -> p.role().equals(role))
                .map(p -> new Party(p.id(), p.name())).toList());
    }

    /** Writes the case file (CASE-FORMAT.md) the verdict was judged on; {@code judge} on it prints the same verdict. Audited. */
    public void save(DisputeCase c, Path file, String actor) {
        office.write(h -> {
            manager(h, actor);
            write(file, c.dossierJson());
            step(h, actor, c.phone(), "save", "保存判客档案 " + file.getFileName() + " sha256=" + sha(c.dossierJson()));
            return null;
        });
    }

    /** Writes a verdict sheet: the case, the sign-off, the people's names, the project, the file (see excel.VerdictSheet). */
    @FunctionalInterface
    public interface SheetWriter {
        void write(DisputeCase c, SignOff s, Map<String, String> names, String project, Path file);
    }

    /** Writes the one-page A4 verdict sheet (xlsx, by {@code sheet}) with the sign-off names. Audited. */
    public void print(DisputeCase c, SignOff s, Path file, String actor, SheetWriter sheet) {
        Map<String, String> names = office.read(Office::names);
        String project = office.read(h -> Settings.latest(h, Settings.PROJECT)).orElse("");
        office.write(h -> {
            manager(h, actor);
            sheet.write(c, s, names, project, file);
            step(h, actor, c.phone(), "print", "打印裁定书 " + file.getFileName());
            return null;
        });
    }

    /**
     * Records the ruling (DSP-1, DSP-3): the three signatures, then the verdict exactly as shown — refused when the
     * registers changed since (the verdict would differ) or when the group was already ruled with nothing new since.
     * From then on the replay honours it: the group's owner and the deals' shares are the ruling's. Returns its number.
     */
    public long record(DisputeCase c, SignOff s, String actor) {
        return office.write(h -> {
            manager(h, actor);
            Optional<SignOff.Refusal> bad = s.check(id -> h.attach(PeopleDao.class).find(id).map(PeopleDao.Person::role));
            if (bad.isPresent()) {
                throw new OfficeException(bad.get().field(), bad.get().reason());
            }
            if (!s.decidedBy().equals(actor)) {
                throw new OfficeException("判定人", "须为签字记录的经理本人(DSP-1)");
            }
            Gathered g = gather(h, Phone.parse(c.phone()), Optional.of(c.question()));
            DisputeCase now = new DisputeBuilder(g).build(c.facts());
            if (!now.recordable()) {
                throw new OfficeException("裁定", now.whyNotRecordable());
            }
            if (!now.verdictJson().equals(c.verdictJson())) {
                throw new OfficeException("裁定", "打开档案后登记有变化,裁定结果已不同;请重新打开此争议");
            }
            Verdict v = now.verdict();
            Owner o = v.owner();
            List<Ruling.RuledDeal> deals = v.deals().stream().filter(d -> o.group().contains(d.phone()))
                    .map(d -> new Ruling.RuledDeal(d.at(), d.by(), new Phone(d.phone()), d.shares())).toList();
            Ruling r = new Ruling(c.question(), Phone.parse(c.phone()), o.who(), o.until(), o.dealt(), deals, v.policy(), s.mediatedBy(),
                    s.checkedBy(), s.decidedBy());
            LocalDateTime at = office.now();
            long id = EntryStore.insertRuling(h, r, new EntryStore.RulingPapers(now.dossierJson(), now.verdictJson(), facts(now)), at, actor);
            step(h, actor, c.phone(), "record", "记录裁定第 " + id + " 号,调解 " + s.mediatedBy() + "、查档 " + s.checkedBy() + "、判定 " + s.decidedBy());
            return id;
        });
    }

    /** Adds a note to a recorded ruling: the only change a ruling takes (一判终身). Audited. */
    public long annotate(long ruling, String note, String actor) {
        return office.write(h -> {
            manager(h, actor);
            if (note == null || note.isBlank()) {
                throw new OfficeException("批注", "请写下批注内容");
            }
            if (note.length() > 2000) {
                throw new OfficeException("批注", "不能超过2000字");
            }
            String phone = h.createQuery("SELECT phone FROM ruling WHERE entry_id = :id").bind("id", ruling).mapTo(String.class).findFirst()
                    .orElseThrow(() -> new OfficeException("裁定编号", "没有第 " + ruling + " 号裁定"));
            long id = EntryStore.annotate(h, ruling, note.strip(), office.now(), actor);
            step(h, actor, phone, "annotate", "批注裁定第 " + ruling + " 号");
            return id;
        });
    }

    /** A recorded ruling's papers (the case file, the verdict, the facts) as stored. */
    public Optional<EntryStore.RulingPapers> papers(long ruling) {
        return office.read(h -> EntryStore.papers(h, ruling));
    }

    /** The notes on a ruling, oldest first, each with its writer's name. */
    public List<DisputeCase.Note> notes(long ruling) {
        return office.read(h -> {
            Map<String, String> names = Office.names(h);
            return EntryStore.notes(h, ruling).stream()
                    .map(n -> new DisputeCase.Note(n.id(), n.ruling(), n.note(), n.at(), names.getOrDefault(n.by(), n.by()))).toList();
        });
    }

    // ---- helpers ----

    private static String facts(DisputeCase c) {
        ArrayNode a = JSON.createArrayNode();
        for (Fact f : c.facts()) {
            var n = a.addObject().put("entry", f.entry()).put("question", f.key()).put("value", f.value());
            c.questions().stream().filter(q -> q.id().equals(f.key() + "@" + f.entry())).findFirst().ifPresent(q -> {
                n.put("about", q.about()).put("text", q.text());
                q.options().stream().filter(o -> o.value().equals(f.value())).findFirst().ifPresent(o -> n.put("answer", o.label()));
            });
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(a);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void manager(String actor) {
        office.read(h -> {
            manager(h, actor);
            return null;
        });
    }

    private static void manager(Handle h, String actor) {
        Staff.withRole(h, actor, Set.of("manager"), "操作人");
    }

    /** One audited row per wizard step the manager takes. */
    private void step(Handle h, String actor, String phone, String step, String detail) {
        LocalDateTime now = office.now();
        long id = h.createUpdate("INSERT INTO dispute_step(at, actor, phone, step, detail) VALUES (:at, :a, :p, :s, :d)")
                .bind("at", now).bind("a", actor).bind("p", phone).bind("s", step)
                .bind("d", detail.length() > 2000 ? detail.substring(0, 2000) : detail).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        AuditLog.append(h, now, actor, "dispute_step", id);
    }

    private static Phone parse(String phone) {
        try {
            return Phone.parse(phone);
        } catch (IllegalArgumentException e) {
            throw new OfficeException("电话", e.getMessage());
        }
    }

    private static void write(Path file, String text) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new OfficeException("文件", "无法写入 " + file + ":" + e.getMessage());
        }
    }

    private static String sha(String s) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** 9月14日 15:10. */
    /** A moment as the wizard and the verdict sheet write it. */
    public static String when(LocalDateTime t) {
        return t.getMonthValue() + "月" + t.getDayOfMonth() + "日 " + String.format("%02d:%02d", t.getHour(), t.getMinute());
    }

    /** A phone masked as a printed sheet shows it. */
    public static String hide(String phone) {
        return phone.length() == 11 ? phone.substring(0, 3) + "****" + phone.substring(7) : phone;
    }

    static String kind(Entry e) {
        return switch (e.kind()) {
            case "visit" -> e instanceof Visit v && !v.registered() ? "来访(未登记)" : "来访";
            case "call" -> "来电";
            case "followup" -> "跟进";
            case "report" -> "报备";
            case "prospect" -> "拓客";
            case "deal" -> e instanceof Deal d && d.stage() == Deal.Stage.DEPOSIT ? "成交·定金" : "成交·签约";
            case "assist" -> "深度接触";
            case "confirm" -> "确认老客户";
            case "complaint" -> "投诉";
            case "assign" -> "经理分配";
            case "leave" -> "离职";
            case "ruling" -> "裁定";
            default -> e.kind();
        };
    }

    /** The entry's facts in a few words (the fields a dispute turns on). */
    static String detail(Entry e, Map<String, String> names) {
        List<String> d = new ArrayList<>();
        if (e instanceof Visit v) {
            v.named().ifPresent(n -> d.add("指名 " + names.getOrDefault(n, n)));
            v.referredBy().ifPresent(r -> d.add("老客户 " + hide(r.digits()) + " 介绍" + (v.accompanied() ? "(陪同)" : "")));
            v.relation().ifPresent(r -> d.add(r.kind().chinese() + " " + hide(r.to().digits())));
            v.standInFor().ifPresent(s -> d.add("代 " + names.getOrDefault(s, s) + " 接待" + (v.delegated() ? "(已委托)" : "")));
            if (v.ownerAbsent()) {
                d.add("原顾问不在场");
            }
            if (v.purpose() != Visit.Purpose.VIEW) {
                d.add(v.purpose() == Visit.Purpose.DEPOSIT ? "只为交定金" : "只为签约");
            }
            v.friendOf().ifPresent(f -> d.add(names.getOrDefault(f, f) + " 的亲友"));
            if (v.notifiedLate()) {
                d.add("未按时告知原顾问");
            }
        } else if (e instanceof Deal x) {
            d.add(x.amount().stripTrailingZeros().toPlainString() + " 元");
            if (x.knowing()) {
                d.add("知情");
            }
        } else if (e instanceof org.anchang.register.Assist a) {
            d.add(a.major() ? "重大促进" : "一般接触");
            if (a.knowing()) {
                d.add("知情");
            }
        } else if (e instanceof Complaint c) {
            d.add("改由 " + names.getOrDefault(c.reassignTo(), c.reassignTo()) + " 接手");
        } else if (e instanceof Assign a) {
            d.add("分配给 " + names.getOrDefault(a.to(), a.to()));
        } else if (e instanceof Report r) {
            d.add("预计 " + when(r.expected()));
        } else if (e instanceof Ruling r) {
            d.add("归 " + r.owner().map(o -> names.getOrDefault(o, o)).orElse("无人"));
        }
        return String.join(",", d);
    }
}
