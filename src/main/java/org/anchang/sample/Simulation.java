package org.anchang.sample;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.anchang.sample.SampleOffice.Day;
import org.anchang.sample.SampleOffice.Dispute;
import org.anchang.sample.SampleOffice.Event;
import org.anchang.sample.SampleOffice.Person;

/**
 * The forward simulation behind {@link SampleOffice}: a queue of timed actions, run in time order. Each
 * day starts with the roster and the day's walk-ins, calls and channel reports; a registration plans the
 * owner's follow-ups, the customer's return visits and, for a few, a deposit and a contract.
 *
 * <p>Who receives a returning customer is decided from the registers as the office would read them, kept
 * in a small model of the {@code sales-dept} regime (visit protection 7 days, renewed by the owner's
 * follow-up; a deal makes it permanent; a leaver's customers go to the manager). The model is the office's
 * own knowledge, not the judge: the judge in {@code org.anchang.rules} is applied to the result by the tests.
 * Collisions come only from {@link Disputes}; the background is written so that it makes none.
 */
final class Simulation {

    static final String POOL = "POOL";
    static final String LEAVER = "C12";
    static final LocalDateTime LEAVES_AT = LocalDateTime.of(2026, 10, 31, 18, 30);
    static final String MANAGER = "M01";
    /** No background deal is planned for a customer first registered after this day: it could not close in time. */
    private static final LocalDate DEAL_CUTOFF = LocalDate.of(2026, 11, 16);
    private static final LocalDate GOLDEN_WEEK_FIRST = LocalDate.of(2026, 10, 1);
    private static final LocalDate GOLDEN_WEEK_LAST = LocalDate.of(2026, 10, 7);

    private static final double P_DEAL = 0.026;
    private static final double P_RETURN = 0.2;
    private static final double P_UNREGISTERED = 0.035;
    private static final double P_NAMED = 0.015;
    private static final double P_RELATIVE = 0.14;

    static final String[] CONSULTANTS = {"李晓琳", "王浩然", "张雅婷", "刘俊杰", "陈佳怡", "杨帆", "赵子豪", "黄诗雨", "周明轩", "吴欣妍",
        "徐志强", "孙楠"};
    /** Common surnames first, and twice, so that they come up as often as they do in life. */
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "王", "李", "张", "刘", "陈",
        "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高", "郑", "梁", "谢", "宋", "唐", "许",
        "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁",
        "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金", "石", "廖", "贾", "夏", "韦", "方", "白", "邹", "孟",
        "熊", "秦", "邱", "江", "尹", "薛", "段", "雷", "侯", "龙", "史", "陶", "黎", "贺", "顾", "毛", "郝", "龚", "邵", "万", "钱",
        "严", "武", "戴", "莫", "孔", "汤"};
    private static final String[] GIVEN_ONE = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛",
        "明", "超", "霞", "平", "刚", "婷", "燕", "华", "鹏", "辉", "玲", "斌", "宇", "浩", "凯", "健", "俊", "帆", "琳", "颖", "欣",
        "峰", "倩", "蕾", "晨", "毅", "岚", "璐", "昊", "萍", "彬", "捷", "琦", "瑶", "亮", "菲"};
    private static final String[] GIVEN_TWO = {"秀英", "建华", "建国", "志强", "海燕", "国庆", "晓东", "雪梅", "子涵", "浩然", "欣怡",
        "宇轩", "梓萱", "一鸣", "思远", "佳怡", "文博", "雨桐", "俊杰", "嘉怡", "家豪", "丽娟", "春梅", "德明", "卫东", "红梅", "玉兰",
        "海涛", "晓燕", "明辉", "志刚", "雅静", "子豪", "诗涵", "天佑", "书瑶", "立新", "永强", "美玲", "振华", "少华", "慧敏",
        "建军", "桂兰", "淑珍", "伟东", "晓峰", "文静", "思琪", "梦瑶", "浩宇", "雨萱", "博文", "俊熙", "芷若", "宏伟", "秋菊", "长春",
        "志明", "丽华", "晓丽", "国栋", "宇航", "欣然", "若曦", "沐阳", "锦程", "泽楷", "婉清", "家乐", "晓雯", "文涛"};
    private static final String[] PREFIXES = {"130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152",
        "155", "156", "157", "158", "159", "166", "177", "180", "181", "182", "183", "185", "186", "187", "188", "189", "198",
        "199"};
    private static final String[] BUSINESS = {"住宅", "住宅", "住宅", "商铺", "公寓"};
    /** Walk-ins per hour of the day, 09:00 to 19:00: the morning and the afternoon peaks. */
    private static final double[] WALKIN_HOURS = {1.0, 3.0, 3.0, 1.5, 1.5, 3.0, 3.0, 2.5, 1.5, 0.7, 0.3};
    /** Calls per hour of the day, 09:00 to 19:00. */
    private static final double[] CALL_HOURS = {2.0, 3.0, 3.0, 1.5, 2.0, 3.0, 2.5, 2.0, 1.5, 1.0, 0.6};
    /** Flat sizes (m²) of the project; at 11,800–24,400 元/m² the totals are 0.8–3.5 million 元. */
    private static final int[] AREAS = {68, 79, 89, 95, 105, 118, 128, 143};

    final SplittableRandom rnd;
    final List<Person> people = new ArrayList<>();
    private final Map<String, String> names = new HashMap<>();
    final TreeMap<LocalDate, List<String>> roster = new TreeMap<>();
    final List<Event> events = new ArrayList<>();
    final List<Dispute> disputes = new ArrayList<>();

    private record Action(LocalDateTime at, long seq, Runnable run) {
    }

    private final PriorityQueue<Action> queue = new PriorityQueue<>(
            Comparator.comparing(Action::at).thenComparingLong(Action::seq));
    private long seq;
    private LocalDateTime now = SampleOffice.FIRST_DAY.atStartOfDay();
    private Board board;

    /** A customer: one phone (REG-3). */
    static final class Cust {
        String name;
        final String phone;
        Grp g;
        final boolean scripted;
        LocalDate registeredOn;
        int price;
        int deposit;

        Cust(String name, String phone, boolean scripted) {
            this.name = name;
            this.phone = phone;
            this.scripted = scripted;
        }

        String surname() {
            return name.substring(0, 1);
        }
    }

    /** A customer group (REG-4) as the office's own registers show it. */
    static final class Grp {
        String owner;
        /** The first day the claim no longer holds (P7D inclusive). */
        LocalDate until;
        boolean dealt;
        String lastOwner;
        final List<Cust> members = new ArrayList<>(1);
    }

    private final Set<String> usedPhones = new HashSet<>();
    private final Map<String, Cust> byPhone = new HashMap<>();
    private final List<Grp> groups = new ArrayList<>();
    /** Background customers with a registered visit, in the order they registered: they call and come back. */
    private final List<Cust> known = new ArrayList<>();
    /** Background customers who only called so far. */
    private final List<Cust> callers = new ArrayList<>();
    private final Set<String> departed = new HashSet<>();
    /** The phones of the customers the office's own model saw a collision on (OWN-1, REF-4, a knowing assist). */
    final Set<String> collided = new LinkedHashSet<>();
    /** Planned steps that found the customer no longer the planner's: should stay zero. */
    int stale;

    Simulation(long seed) {
        this.rnd = new SplittableRandom(seed);
    }

    SampleOffice run() {
        makePeople();
        makeRoster();
        for (LocalDate d = SampleOffice.FIRST_DAY; !d.isAfter(SampleOffice.LAST_DAY); d = d.plusDays(1)) {
            LocalDate day = d;
            at(d.atTime(8, 0), () -> dayStart(day));
        }
        Disputes.script(this);
        twinReport();
        while (!queue.isEmpty()) {
            Action a = queue.poll();
            now = a.at();
            a.run().run();
        }
        List<Day> days = new ArrayList<>();
        roster.forEach((d, order) -> days.add(new Day(d, List.copyOf(order))));
        return new SampleOffice(people, days, events, disputes);
    }

    // ---- people and roster ----

    private void makePeople() {
        for (int i = 0; i < CONSULTANTS.length; i++) {
            person(String.format("C%02d", i + 1), CONSULTANTS[i], "consultant");
        }
        person("S01", "郑国栋", "supervisor");
        person("K01", "林美华", "clerk");
        person(MANAGER, "何建平", "manager");
        person("X01", "渠道-链家-王磊", "agent");
        person("X02", "渠道-我爱我家-陈晨", "agent");
        person("X03", "渠道-中原地产-刘婷", "agent");
    }

    private void person(String id, String name, String role) {
        people.add(new Person(id, name, role));
        names.put(id, name);
    }

    String name(String id) {
        return names.get(id);
    }

    /**
     * Every day's rotation order. The base order turns by one place a day, so everyone starts first now
     * and then; each consultant rests about one day a week (做六休一), weekdays two at a time, weekends one,
     * nobody during the National Day week, and whoever has worked longest rests first. After C12 leaves,
     * eleven remain and at most one rests a day, so that at least ten are on duty.
     */
    private void makeRoster() {
        List<String> base = new ArrayList<>();
        for (int i = 1; i <= CONSULTANTS.length; i++) {
            base.add(String.format("C%02d", i));
        }
        for (int i = base.size() - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            String t = base.get(i);
            base.set(i, base.get(j));
            base.set(j, t);
        }
        Map<String, Integer> worked = new LinkedHashMap<>();
        for (int i = 0; i < base.size(); i++) {
            worked.put(base.get(i), (i * 7) % 6);
        }
        int k = 0;
        for (LocalDate d = SampleOffice.FIRST_DAY; !d.isAfter(SampleOffice.LAST_DAY); d = d.plusDays(1), k++) {
            LocalDate day = d;
            List<String> active = base.stream().filter(c -> !(c.equals(LEAVER) && day.isAfter(LEAVES_AT.toLocalDate()))).toList();
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            int offs = goldenWeek(d) ? 0 : active.size() == 12 ? (weekend ? 1 : 2) : (weekend ? 0 : 1);
            int shift = k;
            List<String> rest = active.stream()
                    .sorted(Comparator.comparing((String c) -> -worked.get(c)).thenComparing(c -> Math.floorMod(base.indexOf(c) - shift, 12)))
                    .limit(offs).toList();
            List<String> order = new ArrayList<>();
            for (int i = 0; i < base.size(); i++) {
                String c = base.get((k + i) % base.size());
                if (active.contains(c) && !rest.contains(c)) {
                    order.add(c);
                }
            }
            roster.put(d, order);
            for (String c : active) {
                worked.put(c, rest.contains(c) ? 0 : worked.get(c) + 1);
            }
        }
    }

    static boolean goldenWeek(LocalDate d) {
        return !d.isBefore(GOLDEN_WEEK_FIRST) && !d.isAfter(GOLDEN_WEEK_LAST);
    }

    boolean on(String id, LocalDate d) {
        List<String> o = roster.get(d);
        return o != null && o.contains(id);
    }

    List<String> order(LocalDate d) {
        return roster.get(d);
    }

    /** The first day from {@code from} on that {@code id} is on duty, or null. */
    LocalDate nextDuty(String id, LocalDate from) {
        for (LocalDate d = from; !d.isAfter(SampleOffice.LAST_DAY); d = d.plusDays(1)) {
            if (on(id, d)) {
                return d;
            }
        }
        return null;
    }

    // ---- the action queue ----

    /** Runs {@code r} at {@code t}; nothing after the last day. */
    void at(LocalDateTime t, Runnable r) {
        if (t.toLocalDate().isAfter(SampleOffice.LAST_DAY)) {
            return;
        }
        if (t.isBefore(now)) {
            throw new IllegalStateException("action in the past: " + t + " < " + now);
        }
        queue.add(new Action(t, seq++, r));
    }

    /** Records an event and applies it to the office's model. Consultants act only on days they are on duty. */
    void emit(Ev ev) {
        LocalDateTime t = ev.at;
        String by = (String) ev.f.get("by");
        String kind = (String) ev.f.get("kind");
        if (by != null && by.startsWith("C") && !kind.equals("leave") && !on(by, t.toLocalDate())) {
            throw new IllegalStateException(kind + " by " + by + " who is not on duty on " + t.toLocalDate());
        }
        if (!t.equals(now)) {
            throw new IllegalStateException(kind + " at " + t + " emitted at " + now + ": the register would be out of time order");
        }
        if (t.getHour() < 9 || t.getHour() >= 21) {
            throw new IllegalStateException(kind + " outside office hours: " + t);
        }
        events.add(new Event(t, ev.f));
        apply(ev);
    }

    /** An event under construction, fields in CASE-FORMAT.md order. */
    static final class Ev {
        final LocalDateTime at;
        final Map<String, Object> f = new LinkedHashMap<>();

        Ev(LocalDateTime at, String kind) {
            this.at = at;
            f.put("at", at.format(SampleOffice.MINUTE));
            f.put("kind", kind);
        }

        Ev put(String k, Object v) {
            f.put(k, v);
            return this;
        }

        Ev customer(String name, String phone) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("name", name);
            c.put("phone", phone);
            f.put("customer", c);
            return this;
        }
    }

    static Ev visit(LocalDateTime t, String by, Cust c) {
        return new Ev(t, "visit").put("by", by).customer(c.name, c.phone);
    }

    static Ev followUp(LocalDateTime t, String by, Cust c) {
        return new Ev(t, "followup").put("by", by).put("phone", c.phone);
    }

    static Ev deal(LocalDateTime t, String by, Cust c, String stage, int amount) {
        return new Ev(t, "deal").put("by", by).put("phone", c.phone).put("stage", stage).put("amount", amount);
    }

    static Ev call(LocalDateTime t, String by, Cust c) {
        return new Ev(t, "call").put("by", by).customer(c.name, c.phone);
    }

    static Map<String, Object> relation(Cust to, String kind) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("to", to.phone);
        m.put("kind", kind);
        return m;
    }

    // ---- customers ----

    Cust newCustomer(boolean scripted) {
        return register(new Cust(personName(), newPhone(), scripted));
    }

    Cust newCustomer(String name, boolean scripted) {
        return register(new Cust(name, newPhone(), scripted));
    }

    private Cust register(Cust c) {
        Grp g = new Grp();
        g.members.add(c);
        c.g = g;
        groups.add(g);
        byPhone.put(c.phone, c);
        return c;
    }

    /** A customer whose phone differs from {@code c}'s only in the hidden fourth digit (REG-6). */
    Cust twinOf(Cust c, String name) {
        String phone = c.phone.substring(0, 3) + "1" + c.phone.substring(4);
        if (!usedPhones.add(phone)) {
            throw new IllegalStateException("twin phone taken: " + phone);
        }
        return register(new Cust(name, phone, true));
    }

    String personName() {
        return surname() + given();
    }

    String surname() {
        return SURNAMES[rnd.nextInt(SURNAMES.length)];
    }

    String given() {
        return rnd.nextInt(10) < 4 ? GIVEN_ONE[rnd.nextInt(GIVEN_ONE.length)] : GIVEN_TWO[rnd.nextInt(GIVEN_TWO.length)];
    }

    private String newPhone() {
        while (true) {
            String p = PREFIXES[rnd.nextInt(PREFIXES.length)] + "0000" + String.format("%04d", rnd.nextInt(10_000));
            if (usedPhones.add(p)) {
                return p;
            }
        }
    }

    static String masked(String phone) {
        return phone.substring(0, 3) + "***" + phone.substring(6);
    }

    /** A contract total: a flat of the project at 11,800–24,400 元/m², rounded to a hundred. */
    int price() {
        int area = AREAS[rnd.nextInt(AREAS.length)];
        int unit = 11_800 + 100 * rnd.nextInt(127);
        return Math.max(800_000, Math.min(3_500_000, area * unit / 100 * 100));
    }

    int depositAmount() {
        int[] amounts = {20_000, 30_000, 50_000, 50_000, 50_000, 100_000};
        return amounts[rnd.nextInt(amounts.length)];
    }

    // ---- the office's own model of ownership (sales-dept) ----

    /** The owner of {@code g} on day {@code d}: a consultant, {@link #POOL}, or null; lapses applied. */
    String owner(Grp g, LocalDate d) {
        if (g.owner != null && !g.owner.equals(POOL) && !g.dealt && !d.isBefore(g.until)) {
            g.lastOwner = g.owner;
            g.owner = null;
        }
        return g.owner;
    }

    private void claim(Grp g, String who, LocalDate d) {
        if (!who.equals(g.owner)) {
            g.lastOwner = g.owner != null ? g.owner : g.lastOwner;
        }
        g.owner = who;
        g.until = d.plusDays(8);
    }

    private static void renew(Grp g, LocalDate d) {
        if (g.until == null || g.until.isBefore(d.plusDays(8))) {
            g.until = d.plusDays(8);
        }
    }

    private static boolean consultant(String o) {
        return o != null && !o.equals(POOL);
    }

    private Cust cust(Object phone) {
        return byPhone.get((String) phone);
    }

    @SuppressWarnings("unchecked")
    private void apply(Ev ev) {
        Map<String, Object> f = ev.f;
        LocalDate d = ev.at.toLocalDate();
        String by = (String) f.get("by");
        switch ((String) f.get("kind")) {
            case "visit" -> {
                Cust c = cust(((Map<String, Object>) f.get("customer")).get("phone"));
                if (f.get("relation") instanceof Map<?, ?> r && !"sibling".equals(r.get("kind")) && !"friend".equals(r.get("kind"))) {
                    merge(c, cust(r.get("to")), d);
                }
                Grp g = c.g;
                String o = owner(g, d);
                if (Boolean.FALSE.equals(f.get("registered"))) {
                    return;
                }
                if (c.registeredOn == null) {
                    c.registeredOn = d;
                }
                if (f.get("standInFor") instanceof String s && s.equals(o) && !s.equals(by)) {
                    return;
                }
                if (f.get("referredBy") != null) {
                    Grp old = cust(f.get("referredBy")).g;
                    String oo = owner(old, d);
                    if (o != null && !o.equals(by)) {
                        collide(c);
                        return;
                    }
                    if (o == null && consultant(oo)) {
                        boolean absent = Boolean.TRUE.equals(f.get("ownerAbsent"));
                        boolean named = oo.equals(f.get("named"));
                        boolean receiverKeeps = absent && !by.equals(oo) && !Boolean.TRUE.equals(f.get("delegated"))
                                && Boolean.TRUE.equals(f.get("accompanied")) && !named;
                        claim(g, receiverKeeps ? by : oo, d);
                        return;
                    }
                }
                if (f.get("purpose") != null && consultant(o) && !o.equals(by)) {
                    return;
                }
                if (o == null) {
                    claim(g, f.get("named") instanceof String n ? n : by, d);
                } else if (o.equals(by)) {
                    renew(g, d);
                } else if (!o.equals(POOL)) {
                    collide(c);
                }
            }
            case "followup" -> {
                Grp g = cust(f.get("phone")).g;
                if (by.equals(owner(g, d)) && !g.dealt) {
                    renew(g, d);
                }
            }
            case "deal" -> {
                Grp g = cust(f.get("phone")).g;
                String o = owner(g, d);
                if (o == null) {
                    claim(g, by, d);
                }
                if (!POOL.equals(g.owner)) {
                    g.dealt = true;
                }
            }
            case "complaint" -> claim(cust(f.get("phone")).g, (String) f.get("reassignTo"), d);
            case "assign" -> claim(cust(f.get("phone")).g, (String) f.get("to"), d);
            case "leave" -> {
                departed.add(by);
                for (Grp g : groups) {
                    if (by.equals(owner(g, d))) {
                        g.lastOwner = by;
                        g.owner = POOL;
                    }
                }
            }
            case "assist" -> {
                if (Boolean.TRUE.equals(f.get("knowing"))) {
                    Cust c = cust(f.get("phone"));
                    collide(c);
                }
            }
            default -> {
                // calls, reports, prospects, confirms: no claim under sales-dept
            }
        }
    }

    private void collide(Cust c) {
        collided.add(c.phone);
    }

    /** REG-4: the relative joins the group they are related to; the group with a claim keeps it. */
    private void merge(Cust c, Cust to, LocalDate d) {
        Grp a = c.g;
        Grp b = to.g;
        if (a == b) {
            return;
        }
        Grp keep = owner(a, d) != null && owner(b, d) == null ? a : b;
        Grp gone = keep == a ? b : a;
        for (Cust m : gone.members) {
            m.g = keep;
            keep.members.add(m);
        }
        gone.members.clear();
        groups.remove(gone);
    }

    // ---- the board of the day ----

    /** The day's reception board: new customers go to the next free consultant in the order (ROT-1, ROT-4). */
    static final class Board {
        final List<String> order;
        int next;
        final Map<String, LocalDateTime> busy = new HashMap<>();

        Board(List<String> order) {
            this.order = order;
        }

        String take(LocalDateTime t, int minutes) {
            int n = order.size();
            int pick = -1;
            for (int i = 0; i < n; i++) {
                int k = (next + i) % n;
                if (!busy(order.get(k)).isAfter(t)) {
                    pick = k;
                    break;
                }
            }
            if (pick < 0) {
                pick = next;
                for (int i = 0; i < n; i++) {
                    int k = (next + i) % n;
                    if (busy(order.get(k)).isBefore(busy(order.get(pick)))) {
                        pick = k;
                    }
                }
            }
            next = (pick + 1) % n;
            occupy(order.get(pick), t, minutes);
            return order.get(pick);
        }

        /** The first free consultant from the board's place on, without using up a turn (ROT-5). */
        String free(LocalDateTime t) {
            int n = order.size();
            for (int i = 0; i < n; i++) {
                String c = order.get((next + i) % n);
                if (!busy(c).isAfter(t)) {
                    return c;
                }
            }
            return order.get(next);
        }

        void occupy(String id, LocalDateTime t, int minutes) {
            LocalDateTime from = busy(id).isAfter(t) ? busy(id) : t;
            busy.put(id, from.plusMinutes(minutes));
        }

        LocalDateTime busy(String id) {
            return busy.getOrDefault(id, LocalDateTime.MIN);
        }
    }

    // ---- a day ----

    /** How busy a day is, 1 for an ordinary weekday. */
    private static double busyness(LocalDate d) {
        if (goldenWeek(d)) {
            return 2.6;
        }
        return switch (d.getDayOfWeek()) {
            case FRIDAY -> 1.15;
            case SATURDAY -> 2.1;
            case SUNDAY -> 1.85;
            default -> 1.0;
        };
    }

    private int count(double mean) {
        return (int) Math.round(mean * (0.8 + 0.4 * rnd.nextDouble()));
    }

    LocalDateTime timeOfDay(LocalDate d, double[] profile) {
        double total = 0;
        for (double w : profile) {
            total += w;
        }
        double x = rnd.nextDouble() * total;
        int h = 0;
        while (h < profile.length - 1 && x >= profile[h]) {
            x -= profile[h];
            h++;
        }
        return d.atTime(9 + h, rnd.nextInt(60));
    }

    LocalDateTime walkInTime(LocalDate d) {
        return timeOfDay(d, WALKIN_HOURS);
    }

    private void dayStart(LocalDate d) {
        board = new Board(order(d));
        double b = busyness(d);
        int walkIns = count(6.9 * b);
        for (int i = 0; i < walkIns; i++) {
            LocalDateTime t = walkInTime(d);
            Cust c = newCustomer(false);
            at(t, () -> firstVisit(t, c, true));
        }
        int calls = count(17.5 * (1 + (b - 1) * 0.55));
        for (int i = 0; i < calls; i++) {
            LocalDateTime t = timeOfDay(d, CALL_HOURS);
            at(t, () -> call(t));
        }
        boolean weekend = b > 1.5;
        int reports = weekend ? 1 + (rnd.nextDouble() < 0.25 ? 1 : 0) : (rnd.nextDouble() < 0.6 ? 1 : 0);
        for (int i = 0; i < reports; i++) {
            LocalDateTime t = d.atTime(9 + rnd.nextInt(11), rnd.nextInt(60));
            at(t, () -> report(t));
        }
        if (weekend && !goldenWeek(d) && rnd.nextDouble() < 0.45) {
            prospecting(d);
        }
    }

    private int receptionMinutes() {
        return 40 + rnd.nextInt(61);
    }

    /** A new customer walks in; most are registered, a few are not (REG-1), a few name a consultant (OWN-2). */
    void firstVisit(LocalDateTime t, Cust c, boolean mayBeUnregistered) {
        LocalDate d = t.toLocalDate();
        if (mayBeUnregistered && rnd.nextDouble() < P_UNREGISTERED) {
            String by = board.take(t, 15 + rnd.nextInt(30));
            emit(visit(t, by, c).put("registered", false));
            if (rnd.nextDouble() < 0.2) {
                LocalDateTime back = walkInTime(d.plusDays(4 + rnd.nextInt(14)));
                at(back, () -> firstVisit(back, c, false));
            }
            return;
        }
        String named = null;
        if (rnd.nextDouble() < P_NAMED) {
            List<String> all = people.stream().map(Person::id).filter(id -> id.startsWith("C") && !departed.contains(id)).toList();
            named = all.get(rnd.nextInt(all.size()));
        }
        String by;
        Ev ev;
        if (named != null && on(named, d)) {
            by = named;
            board.occupy(by, t, receptionMinutes());
            ev = visit(t, by, c).put("named", named);
        } else {
            by = board.take(t, receptionMinutes());
            ev = visit(t, by, c);
            if (named != null) {
                ev.put("named", named).put("ownerAbsent", true);
            }
        }
        emit(ev);
        known.add(c);
        afterRegistration(c, t, true);
    }

    /** What the owner plans after a registration: follow-ups (PROT-7), maybe a return visit, for a few a deal. */
    private void afterRegistration(Cust c, LocalDateTime t, boolean mayDeal) {
        LocalDate d = t.toLocalDate();
        String x = owner(c.g, d);
        if (!consultant(x)) {
            return;
        }
        boolean leaverLate = x.equals(LEAVER) && d.isAfter(LocalDate.of(2026, 10, 8));
        if (mayDeal && !d.isAfter(DEAL_CUTOFF) && !leaverLate && rnd.nextDouble() < P_DEAL && planDeal(c, x, t)) {
            return;
        }
        double r = rnd.nextDouble();
        if (r < 0.1) {
            LocalDate late = nextDuty(x, d.plusDays(8 + rnd.nextInt(4)));
            if (late != null) {
                followUpAt(late.atTime(10 + rnd.nextInt(8), rnd.nextInt(60)), x, c);
            }
        } else if (r >= 0.22) {
            LocalDateTime f1 = firstFollowUp(x, t);
            if (f1 != null) {
                followUpAt(f1, x, c);
                if (rnd.nextDouble() < 0.55) {
                    LocalDate f2 = nextDuty(x, f1.toLocalDate().plusDays(2 + rnd.nextInt(2)));
                    if (f2 != null) {
                        followUpAt(f2.atTime(10 + rnd.nextInt(9), rnd.nextInt(60)), x, c);
                    }
                }
            }
        }
        if (rnd.nextDouble() < P_RETURN) {
            scheduleReturn(c, x, d, rnd.nextDouble() < 0.3);
        }
    }

    /** The first follow-up: the same evening or on the owner's next day on duty, in the morning. */
    private LocalDateTime firstFollowUp(String x, LocalDateTime t) {
        if (t.getHour() < 17 && rnd.nextDouble() < 0.45) {
            LocalDateTime f = t.plusMinutes(90 + rnd.nextInt(90));
            return f.getHour() >= 20 ? t.toLocalDate().atTime(19, 30 + rnd.nextInt(25)) : f;
        }
        LocalDate next = nextDuty(x, t.toLocalDate().plusDays(1));
        return next == null ? null : next.atTime(9, 30).plusMinutes(rnd.nextInt(150));
    }

    private void followUpAt(LocalDateTime t, String x, Cust c) {
        at(t, () -> {
            LocalDate d = t.toLocalDate();
            String o = owner(c.g, d);
            if (departed.contains(x) || !on(x, d)) {
                return;
            }
            if (x.equals(o) || o == null && x.equals(c.g.lastOwner)) {
                emit(followUp(t, x, c));
            }
        });
    }

    private void scheduleReturn(Cust c, String x, LocalDate from, boolean again) {
        LocalDate rd = from.plusDays(2 + rnd.nextInt(11));
        if (rnd.nextDouble() < 0.8) {
            rd = nextDuty(x, rd);
        }
        if (rd == null || rd.isAfter(SampleOffice.LAST_DAY)) {
            return;
        }
        LocalDateTime t = walkInTime(rd);
        at(t, () -> returnVisit(t, c, again));
    }

    /**
     * A known customer comes back. Protected: their owner receives them (ROT-5), or, the owner being off,
     * a colleague stands in (SPLIT-3). Lapsed (PROT-4): they are a new customer again.
     */
    private void returnVisit(LocalDateTime t, Cust c, boolean again) {
        LocalDate d = t.toLocalDate();
        String o = owner(c.g, d);
        if (POOL.equals(o)) {
            return;
        }
        if (o == null) {
            String last = c.g.lastOwner;
            String by;
            if (last != null && !departed.contains(last) && on(last, d) && rnd.nextDouble() < 0.5) {
                by = last;
                board.occupy(by, t, receptionMinutes());
            } else {
                by = board.take(t, receptionMinutes());
            }
            emit(visit(t, by, c));
            afterRegistration(c, t, false);
            return;
        }
        if (on(o, d)) {
            Ev ev = visit(t, o, c);
            if (rnd.nextDouble() < 0.3) {
                ev.put("named", o);
            }
            emit(ev);
            board.occupy(o, t, receptionMinutes());
            if (rnd.nextDouble() < P_RELATIVE) {
                relativeVisit(t.plusMinutes(1 + rnd.nextInt(3)), c, o);
            }
            if (rnd.nextDouble() < 0.5) {
                LocalDate f = nextDuty(o, d.plusDays(1 + rnd.nextInt(2)));
                if (f != null) {
                    followUpAt(f.atTime(10 + rnd.nextInt(9), rnd.nextInt(60)), o, c);
                }
            }
        } else {
            String by = board.free(t);
            emit(visit(t, by, c).put("standInFor", o).put("delegated", rnd.nextDouble() < 0.7).put("ownerAbsent", true));
            board.occupy(by, t, receptionMinutes());
        }
        if (again) {
            scheduleReturn(c, o, d, false);
        }
    }

    /** A relative comes along a minute later and is registered by the owner: spouse, parent, child (REG-4) or sibling. */
    private void relativeVisit(LocalDateTime t, Cust c, String o) {
        int r = rnd.nextInt(20);
        String kind = r < 9 ? "spouse" : r < 13 ? "parent" : r < 17 ? "child" : "sibling";
        String name = kind.equals("spouse") ? personName() : c.surname() + given();
        Cust rel = newCustomer(name, false);
        at(t, () -> {
            emit(visit(t, o, rel).put("relation", relation(c, kind)));
            known.add(rel);
        });
    }

    /**
     * A customer who will buy: one or two more visits with the owner, a deposit, a contract days later;
     * follow-ups keep the protection between the visits. False when the owner's roster leaves no room.
     */
    private boolean planDeal(Cust c, String x, LocalDateTime t) {
        LocalDate d = t.toLocalDate();
        LocalDate r1 = nextDuty(x, d.plusDays(2 + rnd.nextInt(5)));
        if (r1 == null) {
            return false;
        }
        LocalDate r2 = rnd.nextDouble() < 0.6 ? nextDuty(x, r1.plusDays(2 + rnd.nextInt(5))) : null;
        LocalDate dep = r2 != null ? r2 : r1;
        LocalDate con = nextDuty(x, dep.plusDays(4 + rnd.nextInt(11)));
        if (x.equals(LEAVER) && (con == null || con.isAfter(LEAVES_AT.toLocalDate()))) {
            return false;
        }
        c.price = price();
        c.deposit = depositAmount();
        LocalDateTime f1 = firstFollowUp(x, t);
        LocalDate last = d;
        if (f1 != null && f1.toLocalDate().isBefore(r1)) {
            followUpAt(f1, x, c);
            last = f1.toLocalDate();
        }
        List<LocalDate> touches = r2 != null ? List.of(r1, r2) : List.of(r1);
        for (LocalDate touch : touches) {
            while (touch.toEpochDay() - last.toEpochDay() > 5) {
                LocalDate f = nextDuty(x, last.plusDays(3 + rnd.nextInt(2)));
                followUpAt(f.atTime(10 + rnd.nextInt(9), rnd.nextInt(60)), x, c);
                last = f;
            }
            last = touch;
        }
        if (r2 != null) {
            LocalDateTime v = walkInTime(r1);
            at(v, () -> dealVisit(v, c, x, null));
        }
        LocalDateTime v = dep.atTime(10 + rnd.nextInt(6), rnd.nextInt(60));
        at(v, () -> dealVisit(v, c, x, "deposit"));
        if (con != null) {
            LocalDateTime s = con.atTime(10 + rnd.nextInt(6), rnd.nextInt(60));
            at(s, () -> dealVisit(s, c, x, "contract"));
        }
        return true;
    }

    private void dealVisit(LocalDateTime t, Cust c, String x, String stage) {
        LocalDate d = t.toLocalDate();
        if (!x.equals(owner(c.g, d)) || departed.contains(x)) {
            stale++;
            return;
        }
        Ev ev = visit(t, x, c);
        if ("contract".equals(stage)) {
            ev.put("purpose", "sign");
        } else if ("deposit".equals(stage) && rnd.nextDouble() < 0.25) {
            ev.put("purpose", "deposit");
        }
        emit(ev);
        board.occupy(x, t, 60 + rnd.nextInt(60));
        if (stage == null) {
            if (rnd.nextDouble() < 0.3) {
                relativeVisit(t.plusMinutes(2), c, x);
            }
            return;
        }
        LocalDateTime td = t.plusMinutes(40 + rnd.nextInt(60));
        at(td, () -> {
            if (!x.equals(owner(c.g, d))) {
                stale++;
                return;
            }
            emit(deal(td, x, c, stage, stage.equals("deposit") ? c.deposit : c.price));
            if (stage.equals("contract") && rnd.nextDouble() < 0.5) {
                LocalDate rd = nextDuty(x, d.plusDays(5 + rnd.nextInt(20)));
                if (rd != null) {
                    LocalDateTime rt = walkInTime(rd);
                    at(rt, () -> referral(rt, c, x));
                }
            }
        });
    }

    /** 老带新: an old customer sends or brings a friend, and their consultant, on duty, receives them (REF-1, REF-2). */
    private void referral(LocalDateTime t, Cust old, String x) {
        if (departed.contains(x)) {
            return;
        }
        Cust n = newCustomer(false);
        Ev ev = visit(t, x, n).put("referredBy", old.phone);
        if (rnd.nextBoolean()) {
            ev.put("accompanied", true);
        }
        emit(ev);
        board.occupy(x, t, receptionMinutes());
        known.add(n);
        afterRegistration(n, t, false);
    }

    // ---- calls, reports, prospecting ----

    /** A call, answered by the first consultant of the day's order (ROT-11) or, busy, the second. */
    private void call(LocalDateTime t) {
        LocalDate d = t.toLocalDate();
        List<String> order = order(d);
        String by = rnd.nextDouble() < 0.75 ? order.get(0) : order.get(1);
        double r = rnd.nextDouble();
        Cust c;
        if (r < 0.55 || known.size() < 30) {
            boolean surnameOnly = rnd.nextDouble() < 0.25;
            c = newCustomer(false);
            if (surnameOnly) {
                String full = c.name;
                c.name = c.surname() + (rnd.nextBoolean() ? "先生" : "女士");
                if (rnd.nextDouble() < 0.1) {
                    LocalDateTime v = walkInTime(d.plusDays(1 + rnd.nextInt(10)));
                    at(v, () -> {
                        c.name = full;
                        firstVisit(v, c, false);
                    });
                }
            } else if (rnd.nextDouble() < 0.1) {
                LocalDateTime v = walkInTime(d.plusDays(1 + rnd.nextInt(10)));
                at(v, () -> firstVisit(v, c, false));
            }
            callers.add(c);
        } else if (r < 0.87) {
            int from = Math.max(0, known.size() - 400);
            c = known.get(from + rnd.nextInt(known.size() - from));
        } else {
            c = callers.get(rnd.nextInt(callers.size()));
        }
        emit(call(t, by, c));
    }

    /**
     * A channel report 报备 (RPT-1): most customers come on the expected day, a few never come and one in
     * ten comes after the seven days. A quarter carry a masked phone (REG-6).
     */
    private void report(LocalDateTime t) {
        LocalDate d = t.toLocalDate();
        String agent = "X0" + (1 + rnd.nextInt(3));
        Cust c = newCustomer(false);
        String shown = rnd.nextDouble() < 0.15 ? c.surname() + (rnd.nextBoolean() ? "先生" : "女士") : c.name;
        String phone = rnd.nextDouble() < 0.25 ? masked(c.phone) : c.phone;
        LocalDate e = d.plusDays(t.getHour() >= 13 ? 1 + rnd.nextInt(4) : rnd.nextInt(5));
        LocalDateTime expected = e.atTime(rnd.nextBoolean() ? 10 : 14, 30);
        if (expected.isBefore(t.plusHours(1))) {
            expected = d.atTime(14, 30);
        }
        emit(new Ev(t, "report").put("by", agent).customer(shown, phone).put("expected", expected.format(SampleOffice.MINUTE)));
        double r = rnd.nextDouble();
        if (r < 0.82) {
            LocalDateTime v = expected.plusMinutes(rnd.nextInt(50));
            at(v, () -> firstVisit(v, c, false));
        } else if (r >= 0.9) {
            LocalDateTime v = walkInTime(d.plusDays(8 + rnd.nextInt(5)));
            at(v, () -> firstVisit(v, c, false));
        }
    }

    /** 拓客: a consultant on duty registers a few people met at a weekend stand in a shopping centre. */
    private void prospecting(LocalDate d) {
        List<String> order = order(d);
        String by = order.get(order.size() - 1);
        int n = 1 + rnd.nextInt(3);
        for (int i = 0; i < n; i++) {
            LocalDateTime t = d.atTime(15 + rnd.nextInt(3), rnd.nextInt(60));
            Cust c = newCustomer(false);
            String business = BUSINESS[rnd.nextInt(BUSINESS.length)];
            at(t, () -> emit(new Ev(t, "prospect").put("by", by).customer(c.name, c.phone).put("businessType", business)));
            if (rnd.nextDouble() < 0.25) {
                LocalDateTime v = walkInTime(d.plusDays(2 + rnd.nextInt(12)));
                at(v, () -> firstVisit(v, c, false));
            }
        }
    }

    /**
     * REG-6: two customers whose phones differ only in a hidden digit; an agent reports 「张女士
     * 139***0xxxx」, which matches both, and nobody comes.
     */
    private void twinReport() {
        String surname = "张";
        Cust a = newCustomer(surname + "丽", true);
        Cust b = twinOf(a, surname + "敏");
        LocalDateTime v = LocalDateTime.of(2026, 10, 10, 11, 20);
        at(v, () -> {
            String by = board.take(v, receptionMinutes());
            emit(visit(v, by, a));
            LocalDate f = nextDuty(by, v.toLocalDate().plusDays(1));
            followUpAt(f.atTime(10, 5), by, a);
        });
        LocalDateTime call = LocalDateTime.of(2026, 10, 13, 15, 40);
        at(call, () -> emit(call(call, order(call.toLocalDate()).get(0), b)));
        LocalDateTime rep = LocalDateTime.of(2026, 10, 16, 19, 30);
        at(rep, () -> emit(new Ev(rep, "report").put("by", "X02").customer(surname + "女士", masked(a.phone))
                .put("expected", LocalDateTime.of(2026, 10, 18, 14, 30).format(SampleOffice.MINUTE))));
    }
}
