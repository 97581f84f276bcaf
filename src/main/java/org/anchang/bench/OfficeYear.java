package org.anchang.bench;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;
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
import org.anchang.register.Visit;

/**
 * A synthetic year of a busy sales office, for benchmarks: consultants {@code C01..}, customers with
 * mobile phones, and a time-ordered register of every entry kind in a realistic mix. Deterministic:
 * the same {@link Spec} (seed included) gives the same year, entry for entry.
 *
 * <p>The register is simulated forward in time over sorted timestamps, so that what refers to the past
 * does: referrals and relations name an earlier customer, follow-ups and deals mostly come from the
 * consultant who first registered the customer, a contract follows its deposit, nobody acts after leaving.
 * The kind of each slot is dealt from exact quotas (see {@link #SHARES}), so the mix is the same for every seed.
 */
public final class OfficeYear {

    /** What to generate. */
    public record Spec(long seed, int events, int customers, int consultants, int year) {

        public static final long DEFAULT_SEED = 20250101L;

        public static Spec defaults() {
            return new Spec(DEFAULT_SEED, 300_000, 50_000, 30, 2025);
        }

        public Spec {
            if (events < MIN_EVENTS) {
                throw new IllegalArgumentException("--events 至少为 " + MIN_EVENTS + ",实为 " + events);
            }
            if (customers < 1) {
                throw new IllegalArgumentException("--customers 至少为 1,实为 " + customers);
            }
            if (consultants < 2 || consultants > 999) {
                throw new IllegalArgumentException("--consultants 应在 2 到 999 之间,实为 " + consultants);
            }
        }
    }

    /** The smallest register the quotas make sense for. */
    public static final int MIN_EVENTS = 200;

    /** The manager who assigns pool customers (assign's {@code by}); not one of the consultants. */
    public static final String MANAGER = "M01";

    /** Shares of every kind but {@code visit} (the rest) and {@code leave} (a fixed count), in CASE-FORMAT.md order. */
    static final Map<String, Double> SHARES;

    static {
        Map<String, Double> s = new LinkedHashMap<>();
        s.put("call", 0.25);
        s.put("followup", 0.20);
        s.put("report", 0.05);
        s.put("prospect", 0.055);
        s.put("deal", 0.03);
        s.put("assist", 0.008);
        s.put("confirm", 0.002);
        s.put("complaint", 0.002);
        s.put("assign", 0.003);
        SHARES = Collections.unmodifiableMap(s);
    }

    /** Every kind, CASE-FORMAT.md order. */
    public static final List<String> KINDS = List.of("visit", "call", "followup", "report", "prospect", "deal", "assist",
            "confirm", "complaint", "assign", "leave");

    private static final String[] CONSULTANT_NAMES = {"张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄丽", "周杰", "吴婷",
        "徐强", "孙悦", "胡军", "朱琳", "高峰", "林晓", "何睿", "郭佳", "马超", "罗欣", "梁宇", "宋雨", "郑浩", "谢颖", "韩冰", "唐宁",
        "冯涛", "于洁", "董明", "萧然"};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡",
        "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁",
        "潘", "蒋", "蔡", "余"};
    private static final String[] GIVEN = {"强", "敏", "静", "丽", "军", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "霞", "平",
        "刚", "桂英", "建华", "文", "华", "玉兰", "红", "建国", "志强", "海燕", "国庆", "晓东", "雪梅", "子涵", "浩然", "欣怡", "宇轩",
        "梓萱", "一鸣", "思远", "佳怡"};
    private static final String[] PREFIXES = {"130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151",
        "152", "153", "155", "156", "157", "158", "159", "166", "176", "177", "178", "180", "181", "182", "183", "185", "186",
        "187", "188", "189", "198", "199"};
    private static final String[] BUSINESS = {"住宅", "商铺", "公寓", "写字楼"};

    private final Spec spec;
    private final List<Entry> entries;
    private final Map<String, String> names;
    private final List<String> departed;

    private OfficeYear(Spec spec, List<Entry> entries, Map<String, String> names, List<String> departed) {
        this.spec = spec;
        this.entries = entries;
        this.names = names;
        this.departed = departed;
    }

    /** Generates the year that {@code spec} describes. */
    public static OfficeYear generate(Spec spec) {
        List<Entry> out = new ArrayList<>(spec.events());
        List<String> departed = new Sim(spec).run(out::add);
        out.sort(Comparator.comparing(Entry::at)); // stable, and a no-op: the slots are generated in time order
        return new OfficeYear(spec, Collections.unmodifiableList(out), names(spec), List.copyOf(departed));
    }

    /**
     * The same year as {@link #generate}, entry for entry and in the same order, handed to {@code sink} one
     * at a time as it is generated instead of held in a list: for registers too big to keep in memory.
     * Returns the consultants who left during the year, in the order they left.
     */
    public static List<String> stream(Spec spec, Consumer<? super Entry> sink) {
        LocalDateTime[] last = {LocalDateTime.MIN};
        List<String> departed = new Sim(spec).run(e -> {
            if (e.at().isBefore(last[0])) {
                throw new IllegalStateException("generated out of time order: " + e.at() + " after " + last[0]);
            }
            last[0] = e.at();
            sink.accept(e);
        });
        return List.copyOf(departed);
    }

    /** Consultant id → Chinese name, plus the manager {@link #MANAGER}: the cast of the year {@code spec} describes. */
    public static Map<String, String> names(Spec spec) {
        Map<String, String> names = new LinkedHashMap<>();
        for (int i = 0; i < spec.consultants(); i++) {
            names.put(String.format("C%02d", i + 1), i < CONSULTANT_NAMES.length ? CONSULTANT_NAMES[i]
                    : SURNAMES[i % SURNAMES.length] + GIVEN[(i / SURNAMES.length) % GIVEN.length]);
        }
        names.put(MANAGER, "刘经理");
        return Collections.unmodifiableMap(names);
    }

    public Spec spec() {
        return spec;
    }

    /** The register, in time order (equal times in generation order); unmodifiable. */
    public List<Entry> entries() {
        return entries;
    }

    /** Consultant id → Chinese name, plus the manager {@link #MANAGER}. */
    public Map<String, String> names() {
        return names;
    }

    /** The consultants who left during the year, in the order they left. */
    public List<String> departed() {
        return departed;
    }

    /** The year's last minute, the moment the benchmark asks every customer's owner at. */
    public LocalDateTime end() {
        return LocalDate.of(spec.year(), 12, 31).atTime(23, 59);
    }

    /** How many entries of each kind, in {@link #KINDS} order. */
    public Map<String, Integer> mix() {
        Map<String, Integer> m = new LinkedHashMap<>();
        KINDS.forEach(k -> m.put(k, 0));
        for (Entry e : entries) {
            m.merge(e.kind(), 1, Integer::sum);
        }
        return m;
    }

    /** How many consultants leave during a year of {@code consultants}: 3 of 30, never all. */
    static int leavers(int consultants) {
        return consultants >= 20 ? 3 : consultants >= 6 ? 2 : 1;
    }

    /** The forward simulation; one use. */
    private static final class Sim {
        private final Spec spec;
        private final SplittableRandom rnd;
        private final int n;
        private final int nc;

        private final String[] ids;
        private final boolean[] gone;
        private final List<Integer> active = new ArrayList<>();

        private final Phone[] phones;
        private final Contact[] contacts;
        /** The consultant (index) who first registered the customer, or took it over; -1 for none. */
        private final int[] handler;
        private final boolean[] known;
        private final boolean[] deposited;
        private final boolean[] contracted;
        /** Customer indices in the order they first appeared. */
        private final List<Integer> seen = new ArrayList<>();
        /** Customer indices in the order they got a handler. */
        private final List<Integer> handled = new ArrayList<>();
        /** Customers with a deposit and no contract yet. */
        private final List<Integer> awaiting = new ArrayList<>();
        /** Customers signed by someone other than their handler: candidates for a confirm. */
        private final List<Integer> signedByOther = new ArrayList<>();
        /** Customers whose handler left, waiting for the manager. */
        private final List<Integer> orphans = new ArrayList<>();
        private int nextNew;

        Sim(Spec spec) {
            this.spec = spec;
            this.rnd = new SplittableRandom(spec.seed());
            this.n = spec.events();
            this.nc = spec.customers();
            this.ids = new String[spec.consultants()];
            this.gone = new boolean[spec.consultants()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = String.format("C%02d", i + 1);
                active.add(i);
            }
            this.phones = new Phone[nc];
            this.contacts = new Contact[nc];
            this.handler = new int[nc];
            this.known = new boolean[nc];
            this.deposited = new boolean[nc];
            this.contracted = new boolean[nc];
            Arrays.fill(handler, -1);
        }

        /** Generates every entry in time order (equal times in generation order) into {@code sink}; returns who left. */
        List<String> run(Consumer<Entry> sink) {
            makeCustomers();
            long[] minutes = times();
            String[] kinds = kinds();
            int contactLeft = 0;
            for (String k : kinds) {
                contactLeft += isContact(k) ? 1 : 0;
            }
            List<String> departed = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                LocalDateTime at = LocalDateTime.of(LocalDate.ofEpochDay(Math.floorDiv(minutes[i], 1440)), java.time.LocalTime.MIN)
                        .plusMinutes(Math.floorMod(minutes[i], 1440));
                String k = kinds[i];
                boolean fresh = false;
                if (isContact(k)) {
                    int newLeft = nc - nextNew;
                    fresh = newLeft > 0 && (seen.size() < 20 || rnd.nextInt(contactLeft) < newLeft);
                    contactLeft--;
                }
                Entry e = switch (k) {
                    case "visit" -> visit(at, fresh);
                    case "call" -> new Call(at, ids[anyone()], contacts[customer(fresh)]);
                    case "followup" -> followUp(at);
                    case "report" -> report(at, fresh);
                    case "prospect" -> new Prospect(at, ids[anyone()], contacts[customer(fresh)],
                            rnd.nextInt(4) == 0 ? Optional.empty() : Optional.of(BUSINESS[rnd.nextInt(BUSINESS.length)]));
                    case "deal" -> deal(at);
                    case "assist" -> assist(at);
                    case "confirm" -> confirm(at);
                    case "complaint" -> complaint(at);
                    case "assign" -> assign(at);
                    case "leave" -> leave(at, departed);
                    default -> throw new IllegalStateException(k);
                };
                sink.accept(e);
            }
            return departed;
        }

        private static boolean isContact(String kind) {
            return kind.equals("visit") || kind.equals("call") || kind.equals("report") || kind.equals("prospect");
        }

        private void makeCustomers() {
            Set<String> used = new HashSet<>(nc * 2);
            for (int i = 0; i < nc; i++) {
                String digits;
                do {
                    digits = PREFIXES[rnd.nextInt(PREFIXES.length)] + String.format("%08d", rnd.nextInt(100_000_000));
                } while (!used.add(digits));
                phones[i] = new Phone(digits);
                String name = SURNAMES[rnd.nextInt(SURNAMES.length)] + GIVEN[rnd.nextInt(GIVEN.length)];
                contacts[i] = new Contact(name, phones[i]);
            }
        }

        /** N sorted minutes in office hours 09:00–17:59 of the year; weekends and holidays twice as busy. */
        private long[] times() {
            LocalDate first = LocalDate.of(spec.year(), 1, 1);
            int days = first.lengthOfYear();
            double[] cumulative = new double[days];
            double total = 0;
            for (int d = 0; d < days; d++) {
                LocalDate day = first.plusDays(d);
                boolean busy = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY
                        || day.getMonthValue() == 10 && day.getDayOfMonth() <= 7 || day.getMonthValue() == 5 && day.getDayOfMonth() <= 5;
                total += busy ? 2.0 : 1.0;
                cumulative[d] = total;
            }
            long base = first.toEpochDay() * 1440;
            long[] out = new long[n];
            for (int i = 0; i < n; i++) {
                double x = rnd.nextDouble() * total;
                int d = Arrays.binarySearch(cumulative, x);
                d = d >= 0 ? d + 1 : -d - 1;
                d = Math.min(d, days - 1);
                out[i] = base + d * 1440L + 9 * 60 + rnd.nextInt(9 * 60);
            }
            Arrays.sort(out);
            return out;
        }

        /** The kind of every slot: exact quotas, shuffled; the first 20 slots are visits, leaves spread evenly. */
        private String[] kinds() {
            String[] k = new String[n];
            int at = 0;
            int leaves = leavers(spec.consultants());
            for (Map.Entry<String, Double> s : SHARES.entrySet()) {
                int count = Math.max(1, (int) Math.floor(s.getValue() * n));
                for (int i = 0; i < count; i++) {
                    k[at++] = s.getKey();
                }
            }
            while (at < n) {
                k[at++] = "visit";
            }
            for (int i = n - 1; i > 0; i--) {
                int j = rnd.nextInt(i + 1);
                String t = k[i];
                k[i] = k[j];
                k[j] = t;
            }
            // leaves replace visits at evenly spread slots (about 30%, 55%, 80% of the year for three)
            for (int l = 0; l < leaves; l++) {
                int slot = (int) (n * (0.3 + 0.5 * l / Math.max(1, leaves - 1)));
                slot = Math.min(slot, n - 1);
                int v = slot;
                while (!k[v].equals("visit")) {
                    v = (v + 1) % n;
                }
                k[v] = k[slot];
                k[slot] = "leave";
            }
            // the office opens with receptions, so that follow-ups and deals have someone to be about
            int next = 20;
            for (int i = 0; i < Math.min(20, n); i++) {
                if (!k[i].equals("visit")) {
                    while (!k[next].equals("visit")) {
                        next++;
                    }
                    k[next] = k[i];
                    k[i] = "visit";
                }
            }
            return k;
        }

        // ---- picking people ----

        private int anyone() {
            return active.get(rnd.nextInt(active.size()));
        }

        private int anyoneBut(int who) {
            if (active.size() == 1) {
                return active.get(0);
            }
            int c;
            do {
                c = anyone();
            } while (c == who);
            return c;
        }

        private int handlerOrElse(int customer, double p) {
            int h = handler[customer];
            return h >= 0 && !gone[h] && rnd.nextDouble() < p ? h : anyone();
        }

        /** A recent one 75% of the time: offices deal with this month's customers more than last year's. */
        private int recent(List<Integer> list) {
            int size = list.size();
            int window = Math.min(size, 3000);
            return rnd.nextInt(4) != 0 ? list.get(size - 1 - rnd.nextInt(window)) : list.get(rnd.nextInt(size));
        }

        /** A new customer when {@code fresh}, else one seen before. */
        private int customer(boolean fresh) {
            if (fresh || seen.isEmpty()) {
                int c = nextNew < nc ? nextNew++ : rnd.nextInt(nc);
                if (!known[c]) {
                    known[c] = true;
                    seen.add(c);
                }
                return c;
            }
            return recent(seen);
        }

        /** A customer someone has registered; any seen customer while nobody has. */
        private int handledCustomer() {
            return handled.isEmpty() ? customer(false) : recent(handled);
        }

        private void handle(int customer, int consultant) {
            if (handler[customer] < 0) {
                handled.add(customer);
            }
            handler[customer] = consultant;
        }

        private static Visit visit(LocalDateTime at, String by, Contact who, boolean registered, Optional<String> named,
                Optional<Phone> referredBy, boolean accompanied, Optional<Relation> relation, Optional<String> standInFor,
                boolean delegated, boolean ownerAbsent, Visit.Purpose purpose) {
            return new Visit(at, by, who, registered, named, referredBy, accompanied, relation, standInFor, delegated, ownerAbsent,
                    purpose, Optional.empty(), false, false, Optional.empty());
        }

        // ---- the kinds ----

        private Entry visit(LocalDateTime at, boolean fresh) {
            int c = customer(fresh);
            Contact who = contacts[c];
            int h = handler[c];
            boolean newcomer = h < 0;
            double roll = rnd.nextDouble();
            if (newcomer) {
                int by = anyone();
                if (roll < 0.03 && seen.size() > 20) {
                    return visit(at, ids[by], who, false, Optional.empty(), Optional.empty(), false, Optional.empty(),
                            Optional.empty(), false, false, Visit.Purpose.VIEW);
                }
                if (roll < 0.11 && handled.size() > 20) {
                    int old = recent(handled);
                    if (old != c) {
                        int oldOwner = handler[old];
                        boolean absent = rnd.nextDouble() < 0.35;
                        boolean named = rnd.nextDouble() < 0.3;
                        handle(c, oldOwner >= 0 && !gone[oldOwner] ? oldOwner : by);
                        return visit(at, ids[by], who, true, named && oldOwner >= 0 ? Optional.of(ids[oldOwner]) : Optional.empty(),
                                Optional.of(phones[old]), rnd.nextDouble() < 0.4, Optional.empty(), Optional.empty(),
                                absent && rnd.nextDouble() < 0.3, absent, Visit.Purpose.VIEW);
                    }
                }
                if (roll < 0.14 && handled.size() > 20) {
                    int other = recent(handled);
                    if (other != c) {
                        Relation.Kind kind = rnd.nextDouble() < 0.6 ? Relation.Kind.SPOUSE : Relation.Kind.SIBLING;
                        handle(c, kind.sameGroup() && handler[other] >= 0 ? handler[other] : by);
                        return visit(at, ids[by], who, true, Optional.empty(), Optional.empty(), false,
                                Optional.of(new Relation(phones[other], kind)), Optional.empty(), false, false, Visit.Purpose.VIEW);
                    }
                }
                if (roll < 0.18) {
                    int named = anyoneBut(by);
                    handle(c, named);
                    return visit(at, ids[by], who, true, Optional.of(ids[named]), Optional.empty(), false, Optional.empty(),
                            Optional.empty(), false, rnd.nextDouble() < 0.5, Visit.Purpose.VIEW);
                }
                handle(c, by);
                return Visit.plain(at, ids[by], who);
            }
            int by = handlerOrElse(c, 0.65);
            if (by == h || gone[h]) {
                return roll < 0.02 ? visit(at, ids[by], who, false, Optional.empty(), Optional.empty(), false, Optional.empty(),
                        Optional.empty(), false, false, Visit.Purpose.VIEW) : Visit.plain(at, ids[by], who);
            }
            if (roll < 0.15) {
                boolean delegated = rnd.nextBoolean();
                return visit(at, ids[by], who, true, Optional.empty(), Optional.empty(), false, Optional.empty(),
                        Optional.of(ids[h]), delegated, true, Visit.Purpose.VIEW);
            }
            if (roll < 0.25) {
                return visit(at, ids[by], who, true, Optional.of(ids[h]), Optional.empty(), false, Optional.empty(),
                        Optional.empty(), false, true, Visit.Purpose.VIEW);
            }
            if (roll < 0.28 && !contracted[c]) {
                // came only to pay the deposit or to sign, the owner away (SPLIT-6)
                return visit(at, ids[by], who, true, Optional.empty(), Optional.empty(), false, Optional.empty(),
                        Optional.empty(), false, true, deposited[c] ? Visit.Purpose.SIGN : Visit.Purpose.DEPOSIT);
            }
            return roll < 0.30 ? visit(at, ids[by], who, false, Optional.empty(), Optional.empty(), false, Optional.empty(),
                    Optional.empty(), false, false, Visit.Purpose.VIEW) : Visit.plain(at, ids[by], who);
        }

        private Entry followUp(LocalDateTime at) {
            int c = handledCustomer();
            return new FollowUp(at, ids[handlerOrElse(c, 0.85)], phones[c]);
        }

        private Entry report(LocalDateTime at, boolean fresh) {
            int c = customer(fresh);
            String d = phones[c].digits();
            MaskedPhone masked = rnd.nextDouble() < 0.8 ? MaskedPhone.parse(d.substring(0, 3) + "***" + d.substring(6))
                    : MaskedPhone.parse(d);
            LocalDateTime expected = at.toLocalDate().plusDays(1 + rnd.nextInt(3)).atTime(10 + rnd.nextInt(7), 0);
            String name = rnd.nextBoolean() ? contacts[c].name() : contacts[c].name().substring(0, 1) + "先生";
            return new Report(at, ids[anyone()], name, masked, expected);
        }

        private Entry deal(LocalDateTime at) {
            int c = -1;
            boolean contract = !awaiting.isEmpty() && rnd.nextDouble() < 0.45;
            if (!contract) {
                for (int tries = 0; tries < 8 && c < 0; tries++) {
                    int x = handledCustomer();
                    if (!deposited[x]) {
                        c = x;
                    }
                }
                contract = c < 0 && !awaiting.isEmpty();
            }
            if (contract) {
                int i = rnd.nextInt(awaiting.size());
                c = awaiting.get(i);
                awaiting.set(i, awaiting.get(awaiting.size() - 1));
                awaiting.remove(awaiting.size() - 1);
            } else if (c < 0) {
                c = handledCustomer();
            }
            int by = handlerOrElse(c, 0.85);
            boolean knowing = by != handler[c] && rnd.nextDouble() < 0.2;
            boolean developer = rnd.nextDouble() < 0.005;
            BigDecimal amount;
            if (contract) {
                contracted[c] = true;
                amount = BigDecimal.valueOf(800_000L + 10_000L * rnd.nextInt(250));
                if (by != handler[c]) {
                    signedByOther.add(c);
                }
            } else {
                deposited[c] = true;
                awaiting.add(c);
                amount = BigDecimal.valueOf(20_000L + 5_000L * rnd.nextInt(7));
            }
            return new Deal(at, ids[by], phones[c], contract ? Deal.Stage.CONTRACT : Deal.Stage.DEPOSIT, amount, knowing, developer);
        }

        private Entry assist(LocalDateTime at) {
            int c = handledCustomer();
            int h = handler[c];
            return new Assist(at, ids[h >= 0 ? anyoneBut(h) : anyone()], phones[c], rnd.nextBoolean(), rnd.nextDouble() < 0.2);
        }

        private Entry confirm(LocalDateTime at) {
            int c = signedByOther.isEmpty() ? handledCustomer() : signedByOther.remove(signedByOther.size() - 1);
            return new Confirm(at, ids[handlerOrElse(c, 1.0)], phones[c]);
        }

        private Entry complaint(LocalDateTime at) {
            int c = handledCustomer();
            int to = handler[c] >= 0 ? anyoneBut(handler[c]) : anyone();
            handle(c, to);
            return new Complaint(at, phones[c], ids[to]);
        }

        private Entry assign(LocalDateTime at) {
            int c = -1;
            while (!orphans.isEmpty() && c < 0) {
                int x = orphans.remove(orphans.size() - 1);
                c = handler[x] >= 0 && gone[handler[x]] ? x : -1;
            }
            if (c < 0) {
                c = handledCustomer();
            }
            int to = anyone();
            handle(c, to);
            return new Assign(at, phones[c], ids[to], MANAGER);
        }

        private Entry leave(LocalDateTime at, List<String> departed) {
            int who = anyone();
            gone[who] = true;
            active.remove(Integer.valueOf(who));
            departed.add(ids[who]);
            for (int c : handled) {
                if (handler[c] == who) {
                    orphans.add(c);
                }
            }
            Collections.shuffle(orphans, new java.util.Random(rnd.nextLong()));
            return new Leave(at, ids[who]);
        }
    }
}
