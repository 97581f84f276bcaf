package org.anchang.sample;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.anchang.sample.SampleOffice.Dispute;
import org.anchang.sample.Simulation.Cust;
import org.anchang.sample.Simulation.Ev;

/**
 * The office's disputes and other scripted stories, written against the roster: each finds the first days
 * on which the people it needs are on duty (or off) and schedules its registers. Twelve become dossiers;
 * a few more collisions (settled without a dispute), the assists, the late stand-in notice, the leave and
 * the manager's two assignments complete the quarter.
 */
final class Disputes {

    private static final int SEARCH_DAYS = 40;

    private final Simulation s;

    private Disputes(Simulation s) {
        this.s = s;
    }

    static void script(Simulation s) {
        Disputes d = new Disputes(s);
        d.d01RevisitCollision();
        d.d02KnowingPoach();
        d.d03SpouseCollision();
        d.d04LapsedReclaim();
        d.d05ReferralOwnerAbsent();
        d.d06StandInDelegated();
        d.d07DepositOnly();
        d.d08SigningDayConfirm();
        d.d09LeaverPoolAssign();
        d.d10ComplaintTransfer();
        d.d11NamedAbsent();
        d.d12ReferralAlreadyRegistered();
        d.settledCollision();
        d.knowingAssist();
        d.weekendCollisionDeal();
        d.majorAssist();
        d.lateNotice();
    }

    // ---- helpers ----

    private boolean on(String id, LocalDate d) {
        return d != null && s.on(id, d);
    }

    /** The first day in {@code [from, from + within]} that satisfies {@code p}, or null. */
    private LocalDate find(LocalDate from, int within, Predicate<LocalDate> p) {
        if (from == null) {
            return null;
        }
        for (int i = 0; i <= within; i++) {
            LocalDate d = from.plusDays(i);
            if (d.isAfter(SampleOffice.LAST_DAY)) {
                return null;
            }
            if (p.test(d)) {
                return d;
            }
        }
        return null;
    }

    private LocalDate duty(String id, LocalDate from, int within) {
        return find(from, within, d -> on(id, d));
    }

    private static LocalDateTime t(LocalDate d, int h, int m) {
        return d.atTime(h, m);
    }

    private void ev(Ev e) {
        s.at(e.at, () -> s.emit(e));
    }

    private void visit(LocalDateTime t, String by, Cust c) {
        ev(Simulation.visit(t, by, c));
    }

    private void followUp(LocalDateTime t, String by, Cust c) {
        ev(Simulation.followUp(t, by, c));
    }

    private void deposit(LocalDateTime t, String by, Cust c, Boolean knowing) {
        Ev e = Simulation.deal(t, by, c, "deposit", c.deposit);
        if (knowing != null) {
            e.put("knowing", knowing);
        }
        ev(e);
    }

    /** The signing visit (purpose sign) and the contract 50 minutes later. */
    private void sign(LocalDateTime t, String by, Cust c) {
        ev(Simulation.visit(t, by, c).put("purpose", "sign"));
        ev(Simulation.deal(t.plusMinutes(50), by, c, "contract", c.price));
    }

    private Cust customer() {
        Cust c = s.newCustomer(true);
        c.price = s.price();
        c.deposit = s.depositAmount();
        return c;
    }

    private String n(String id) {
        return s.name(id);
    }

    private static String md(LocalDate d) {
        return d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    private void dispute(String file, String title, String story, Cust asked, LocalDateTime question, boolean withLeave, Cust... group) {
        Set<String> phones = new LinkedHashSet<>();
        for (Cust c : group) {
            phones.add(c.phone);
        }
        s.disputes.add(new Dispute(file, title, story, phones, asked.phone, question, withLeave));
    }

    private static IllegalStateException noDays(String what) {
        return new IllegalStateException("the roster leaves no days for " + what);
    }

    private static boolean weekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    // ---- the twelve disputes ----

    /** OWN-1, SPLIT-2: a protected customer comes back, does not mention the owner, and buys from the receiver. */
    private void d01RevisitCollision() {
        String a = "C02";
        String b = "C05";
        for (LocalDate d = LocalDate.of(2026, 9, 4); d.isBefore(LocalDate.of(2026, 10, 10)); d = d.plusDays(1)) {
            LocalDate f = on(a, d) ? duty(a, d.plusDays(1), 1) : null;
            LocalDate r = f == null ? null : duty(b, d.plusDays(3), 3);
            LocalDate dep = r == null ? null : duty(b, r.plusDays(1), 3);
            LocalDate con = dep == null ? null : s.nextDuty(a, dep.plusDays(6));
            if (con == null) {
                continue;
            }
            Cust p = customer();
            visit(t(d, 10, 40), a, p);
            followUp(t(f, 10, 15), a, p);
            visit(t(r, 14, 20), b, p);
            visit(t(dep, 15, 0), b, p);
            deposit(t(dep, 16, 10), b, p, false);
            sign(t(con, 10, 30), a, p);
            dispute("d01-revisit-collision.json", "回访期内再次来访被他人登记并下定(撞单)",
                    p.name + " " + md(d) + " 首次来访由 " + n(a) + " 接待登记," + md(f) + " " + n(a) + " 回访。" + md(r) + " 客户再次来访,未提起 "
                            + n(a) + ",轮到 " + n(b) + " 接待并登记;" + md(dep) + " 客户在 " + n(b) + " 处交了定金," + n(b)
                            + " 事先不知客户已有归属。" + n(b) + " 认为是自己接待成交," + n(a) + " 提出争议。问:定金这一单归谁?",
                    p, t(dep, 20, 0), false, p);
            return;
        }
        throw noDays("d01");
    }

    /** SPLIT-5: the receiver knew the customer was a colleague's and took the deposit anyway. */
    private void d02KnowingPoach() {
        String a = "C04";
        String b = "C08";
        for (LocalDate d = LocalDate.of(2026, 9, 14); d.isBefore(LocalDate.of(2026, 10, 20)); d = d.plusDays(1)) {
            LocalDate f1 = on(a, d) ? duty(a, d.plusDays(1), 1) : null;
            LocalDate f2 = f1 == null ? null : duty(a, f1.plusDays(2), 1);
            LocalDate r = f2 == null ? null : find(f2.plusDays(1), 5, x -> !on(a, x) && on(b, x));
            LocalDate con = r == null ? null : s.nextDuty(a, r.plusDays(5));
            if (con == null) {
                continue;
            }
            Cust p = customer();
            visit(t(d, 15, 10), a, p);
            followUp(t(f1, 10, 20), a, p);
            followUp(t(f2, 18, 40), a, p);
            visit(t(r, 11, 20), b, p);
            deposit(t(r, 13, 5), b, p, true);
            sign(t(con, 10, 0), a, p);
            dispute("d02-knowing-poach.json", "明知是同事的客户仍收定金(知情深度接触)",
                    p.name + " 是 " + n(a) + " " + md(d) + " 登记的客户," + n(a) + " 于 " + md(f1) + "、" + md(f2) + " 两次回访。" + md(r) + " " + n(a)
                            + " 休息,客户来访由 " + n(b) + " 接待;登记时系统已显示客户属 " + n(a) + "," + n(b) + " 仍当场收取定金。问:这一单归谁,"
                            + n(b) + " 应受何处理?",
                    p, t(r, 20, 0), false, p);
            return;
        }
        throw noDays("d02");
    }

    /** REG-4: the wife, registered with another consultant while the husband is protected, pays the deposit. */
    private void d03SpouseCollision() {
        String a = "C06";
        String b = "C09";
        LocalDate d = LocalDate.of(2026, 10, 2);
        LocalDate f = LocalDate.of(2026, 10, 3);
        LocalDate w = LocalDate.of(2026, 10, 5);
        LocalDate con = s.nextDuty(a, LocalDate.of(2026, 10, 14));
        if (!on(a, d) || !on(a, f) || !on(b, w) || con == null) {
            throw noDays("d03");
        }
        Cust husband = customer();
        Cust wife = s.newCustomer(s.surname() + s.given(), true);
        wife.deposit = husband.deposit;
        wife.price = husband.price;
        visit(t(d, 10, 15), a, husband);
        followUp(t(f, 18, 30), a, husband);
        ev(Simulation.visit(t(w, 15, 0), b, wife).put("relation", Simulation.relation(husband, "spouse")));
        deposit(t(w, 16, 40), b, wife, false);
        sign(t(con, 14, 0), a, wife);
        dispute("d03-spouse-collision.json", "夫妻分别登记在两位顾问名下(同组客户)",
                husband.name + " 国庆期间 " + md(d) + " 来访,由 " + n(a) + " 接待登记," + md(f) + " 回访。" + md(w) + " 其妻子 " + wife.name + " 单独来访,由 "
                        + n(b) + " 接待登记(登记表注明为 " + husband.name + " 的配偶),当天在 " + n(b) + " 处交定金。问:夫妻同组,这一单归谁?",
                wife, t(w, 20, 0), false, husband, wife);
    }

    /** PROT-4: the first consultant never followed up; the customer came back as new; then the first one re-registered. */
    private void d04LapsedReclaim() {
        String a = "C01";
        String b = "C10";
        for (LocalDate d = LocalDate.of(2026, 10, 9); d.isBefore(LocalDate.of(2026, 11, 5)); d = d.plusDays(1)) {
            LocalDate r = on(a, d) ? duty(b, d.plusDays(9), 3) : null;
            LocalDate fb = r == null ? null : duty(b, r.plusDays(1), 1);
            LocalDate a2 = fb == null ? null : find(fb.plusDays(1), 4, x -> on(a, x) && !on(b, x));
            LocalDate dep = a2 == null ? null : duty(b, a2.plusDays(1), 3);
            LocalDate con = dep == null ? null : s.nextDuty(b, dep.plusDays(7));
            if (con == null || !dep.isBefore(fb.plusDays(8))) {
                continue;
            }
            Cust p = customer();
            visit(t(d, 11, 0), a, p);
            visit(t(r, 14, 30), b, p);
            followUp(t(fb, 10, 40), b, p);
            visit(t(a2, 10, 50), a, p);
            visit(t(dep, 15, 30), b, p);
            deposit(t(dep, 16, 20), b, p, null);
            sign(t(con, 14, 10), b, p);
            dispute("d04-lapsed-reclaim.json", "原顾问未回访,保护期过后客户被他人重新登记",
                    p.name + " " + md(d) + " 由 " + n(a) + " 接待登记,此后 " + n(a) + " 没有任何回访记录。" + md(r) + " 客户再次来访,由 " + n(b)
                            + " 作为新客户接待登记," + md(fb) + " " + n(b) + " 回访。" + md(a2) + " 客户来找 " + n(b) + "(当天休息)," + n(a)
                            + " 认出客户并又登记了一次;" + md(dep) + " 客户在 " + n(b) + " 处交定金。" + n(a) + " 称客户是自己先接待的。问:这一单归谁?",
                    p, t(dep, 20, 0), false, p);
            return;
        }
        throw noDays("d04");
    }

    /** REF-3: an old customer brings a friend who asks for the owner; the owner is off, the last on duty helps; 20/80. */
    private void d05ReferralOwnerAbsent() {
        String a = "C03";
        for (LocalDate d = LocalDate.of(2026, 9, 3); d.isBefore(LocalDate.of(2026, 10, 1)); d = d.plusDays(1)) {
            LocalDate f = on(a, d) ? duty(a, d.plusDays(1), 1) : null;
            LocalDate r = f == null ? null : duty(a, f.plusDays(2), 3);
            LocalDate con = r == null ? null : duty(a, r.plusDays(6), 6);
            LocalDate fr = con == null ? null : find(con.plusDays(10), 20, x -> !on(a, x));
            LocalDate conN = fr == null ? null : s.nextDuty(a, fr.plusDays(6));
            if (conN == null) {
                continue;
            }
            List<String> order = s.order(fr);
            String helper = order.get(order.size() - 1);
            Cust old = customer();
            Cust friend = customer();
            visit(t(d, 10, 0), a, old);
            followUp(t(f, 11, 0), a, old);
            visit(t(r, 14, 0), a, old);
            deposit(t(r, 15, 10), a, old, null);
            sign(t(con, 10, 30), a, old);
            ev(Simulation.visit(t(fr, 14, 0), helper, friend).put("named", a).put("referredBy", old.phone).put("accompanied", true)
                    .put("ownerAbsent", true));
            deposit(t(fr, 15, 30), helper, friend, false);
            sign(t(conN, 11, 0), a, friend);
            dispute("d05-referral-owner-absent.json", "老带新,原顾问不在,当班协助接待当日成交",
                    "老客户 " + old.name + "(" + n(a) + " 的成交客户," + md(con) + " 签约)" + md(fr) + " 陪朋友 " + friend.name + " 来看房,点名找 "
                            + n(a) + "。" + n(a) + " 当天休息,也没有委托同事;按轮序由最后一位 " + n(helper) + " 义务接待,朋友当天交了定金。问:这一单的业绩怎么分?",
                    friend, t(fr, 20, 0), false, old, friend);
            return;
        }
        throw noDays("d05");
    }

    /** SPLIT-3: the owner, off, asked a colleague to receive the customer, who paid the deposit that day. */
    private void d06StandInDelegated() {
        String a = "C07";
        String b = "C11";
        for (LocalDate d = LocalDate.of(2026, 10, 10); d.isBefore(LocalDate.of(2026, 11, 10)); d = d.plusDays(1)) {
            LocalDate f = on(a, d) ? duty(a, d.plusDays(1), 1) : null;
            LocalDate st = f == null ? null : find(f.plusDays(1), 5, x -> !on(a, x) && on(b, x));
            LocalDate con = st == null ? null : s.nextDuty(a, st.plusDays(5));
            if (con == null) {
                continue;
            }
            Cust p = customer();
            visit(t(d, 10, 30), a, p);
            followUp(t(f, 17, 50), a, p);
            ev(Simulation.visit(t(st, 10, 0), b, p).put("standInFor", a).put("delegated", true).put("ownerAbsent", true));
            deposit(t(st, 11, 30), b, p, null);
            sign(t(con, 15, 0), a, p);
            dispute("d06-stand-in-delegated.json", "原顾问休息并委托同事代接,客户当天下定",
                    p.name + " 是 " + n(a) + " " + md(d) + " 登记的客户。" + md(st) + " " + n(a) + " 休息,事先委托 " + n(b) + " 代为接待;客户当天来访并在 "
                            + n(b) + " 处交了定金。" + n(b) + " 希望分得业绩。问:这一单归谁?",
                    p, t(st, 20, 0), false, p);
            return;
        }
        throw noDays("d06");
    }

    /** SPLIT-6: the customer came only to pay the deposit, on the owner's day off. */
    private void d07DepositOnly() {
        String a = "C10";
        String b = "C02";
        for (LocalDate d = LocalDate.of(2026, 10, 28); d.isBefore(LocalDate.of(2026, 11, 18)); d = d.plusDays(1)) {
            LocalDate f1 = on(a, d) ? duty(a, d.plusDays(1), 1) : null;
            LocalDate f2 = f1 == null ? null : duty(a, f1.plusDays(2), 1);
            LocalDate st = f2 == null ? null : find(f2.plusDays(1), 5, x -> !on(a, x) && on(b, x));
            LocalDate con = st == null ? null : s.nextDuty(a, st.plusDays(5));
            if (con == null) {
                continue;
            }
            Cust p = customer();
            visit(t(d, 16, 0), a, p);
            followUp(t(f1, 11, 0), a, p);
            followUp(t(f2, 19, 10), a, p);
            ev(Simulation.call(t(f2, 12, 10), s.order(f2).get(0), p));
            ev(Simulation.visit(t(st, 10, 20), b, p).put("purpose", "deposit"));
            deposit(t(st, 10, 50), b, p, null);
            sign(t(con, 10, 40), a, p);
            dispute("d07-deposit-only.json", "客户专程来交定金,原顾问当天休息",
                    p.name + " 由 " + n(a) + " " + md(d) + " 接待登记,经 " + n(a) + " 多次回访后电话里决定认购。" + md(st) + " " + n(a) + " 休息,客户专程来交定金,由 "
                            + n(b) + " 接待并办理(登记表注明来意:交定金)。" + n(b) + " 认为自己办理了认购。问:这一单归谁?",
                    p, t(st, 20, 0), false, p);
            return;
        }
        throw noDays("d07");
    }

    /** SPLIT-7 and the confirm: an old customer signs with a colleague who took them for new; the owner confirms in time. */
    private void d08SigningDayConfirm() {
        String a = "C09";
        String b = "C01";
        for (LocalDate d = LocalDate.of(2026, 10, 12); d.isBefore(LocalDate.of(2026, 11, 10)); d = d.plusDays(1)) {
            LocalDate f = on(a, d) ? duty(a, d.plusDays(1), 1) : null;
            LocalDate r = f == null ? null : duty(a, f.plusDays(2), 3);
            LocalDate st = r == null ? null : find(r.plusDays(5), 10, x -> !on(a, x) && on(b, x));
            LocalDate cf = st == null ? null : duty(a, st.plusDays(1), 5);
            if (cf == null) {
                continue;
            }
            Cust p = customer();
            visit(t(d, 11, 0), a, p);
            followUp(t(f, 10, 30), a, p);
            visit(t(r, 14, 0), a, p);
            deposit(t(r, 15, 0), a, p, null);
            ev(Simulation.visit(t(st, 10, 30), b, p).put("ownerAbsent", true));
            ev(Simulation.deal(t(st, 12, 10), b, p, "contract", p.price).put("knowing", false));
            ev(new Ev(t(cf, 9, 40), "confirm").put("by", a).put("phone", p.phone));
            dispute("d08-signing-day-confirm.json", "签约日原顾问不在,老客户被当作新客户签约",
                    p.name + " " + md(r) + " 在 " + n(a) + " 处交了定金。签约当天 " + md(st) + " " + n(a) + " 休息,客户没有说明来意," + n(b)
                            + " 当作新客户接待并办理了签约。" + md(cf) + " " + n(a) + " 上班后确认该客户是自己的老客户。问:签约这一单归谁?",
                    p, t(cf, 12, 0), false, p);
            return;
        }
        throw noDays("d08");
    }

    /** OWN-3, OWN-6: the leaver's customer goes to the manager, who assigns them; the receiver then takes a deposit. */
    private void d09LeaverPoolAssign() {
        String leaver = Simulation.LEAVER;
        String c6 = "C06";
        String c3 = "C03";
        LocalDateTime leave = Simulation.LEAVES_AT;
        LocalDate d = find(LocalDate.of(2026, 10, 24), 4, x -> on(leaver, x) && s.nextDuty(leaver, x.plusDays(1)) != null
                && s.nextDuty(leaver, x.plusDays(1)).isBefore(leave.toLocalDate().plusDays(1)));
        LocalDate f = d == null ? null : s.nextDuty(leaver, d.plusDays(1));
        LocalDate r = duty(c6, LocalDate.of(2026, 11, 2), 4);
        LocalDate asg = r == null ? null : duty(c3, r.plusDays(1), 3);
        LocalDate r2 = asg == null ? null : find(asg.plusDays(1), 6, x -> !on(c3, x) && on(c6, x));
        LocalDate con = r2 == null ? null : s.nextDuty(c3, r2.plusDays(5));
        if (f == null || con == null) {
            throw noDays("d09");
        }
        Cust p = customer();
        visit(t(d, 15, 0), leaver, p);
        followUp(t(f, 10, 20), leaver, p);
        ev(new Ev(leave, "leave").put("by", leaver));
        visit(t(r, 10, 40), c6, p);
        ev(new Ev(t(asg, 9, 30), "assign").put("phone", p.phone).put("to", c3).put("by", Simulation.MANAGER));
        followUp(t(asg, 16, 0), c3, p);
        visit(t(r2, 11, 0), c6, p);
        deposit(t(r2, 12, 30), c6, p, false);
        sign(t(con, 10, 10), c3, p);
        dispute("d09-leaver-pool-assign.json", "离职顾问的客户由经理分配后,被接待人下定",
                p.name + " 是 " + n(leaver) + " " + md(d) + " 登记的客户。" + n(leaver) + " " + md(leave.toLocalDate()) + " 离职,客户归销售部统一安排。" + md(r)
                        + " 客户来访由 " + n(c6) + " 接待;" + md(asg) + " 经理 " + n(Simulation.MANAGER) + " 将客户分配给 " + n(c3) + "。" + md(r2)
                        + " 客户再来," + n(c3) + " 休息," + n(c6) + " 接待并收了定金。" + n(c6) + " 称客户是自己先接待的。问:这一单归谁?",
                p, t(r2, 20, 0), true, p);
        leaverDepositAssigned();
    }

    /** The leaver's deposit customer: the manager assigns them and the new consultant signs the contract (OWN-3, OWN-6). */
    private void leaverDepositAssigned() {
        String leaver = Simulation.LEAVER;
        String c5 = "C05";
        for (LocalDate d = LocalDate.of(2026, 10, 12); d.isBefore(LocalDate.of(2026, 10, 22)); d = d.plusDays(1)) {
            LocalDate f = on(leaver, d) ? duty(leaver, d.plusDays(1), 1) : null;
            LocalDate r = f == null ? null : duty(leaver, f.plusDays(2), 3);
            LocalDate asg = r == null ? null : duty(c5, LocalDate.of(2026, 11, 1), 3);
            LocalDate con = asg == null ? null : s.nextDuty(c5, asg.plusDays(3));
            if (con == null || !r.isBefore(Simulation.LEAVES_AT.toLocalDate())) {
                continue;
            }
            Cust q = customer();
            visit(t(d, 14, 20), leaver, q);
            followUp(t(f, 10, 0), leaver, q);
            visit(t(r, 10, 30), leaver, q);
            deposit(t(r, 11, 40), leaver, q, null);
            ev(new Ev(t(asg, 9, 40), "assign").put("phone", q.phone).put("to", c5).put("by", Simulation.MANAGER));
            followUp(t(asg, 15, 0), c5, q);
            sign(t(con, 14, 30), c5, q);
            return;
        }
        throw noDays("the leaver's deposit customer");
    }

    /** OWN-4: after a complaint the customer moves to the consultant who took over. */
    private void d10ComplaintTransfer() {
        String a = "C11";
        String b = "C04";
        for (LocalDate d = LocalDate.of(2026, 9, 19); d.isBefore(LocalDate.of(2026, 10, 20)); d = d.plusDays(1)) {
            LocalDate f = on(a, d) ? duty(a, d.plusDays(1), 1) : null;
            LocalDate r = f == null ? null : find(d.plusDays(3), 3, x -> on(b, x) && x.isAfter(f));
            LocalDate fb = r == null ? null : duty(b, r.plusDays(2), 2);
            LocalDate dep = fb == null ? null : duty(b, fb.plusDays(2), 3);
            LocalDate con = dep == null ? null : s.nextDuty(b, dep.plusDays(6));
            if (con == null) {
                continue;
            }
            Cust p = customer();
            visit(t(d, 11, 10), a, p);
            followUp(t(f, 10, 0), a, p);
            visit(t(r, 15, 0), b, p);
            ev(new Ev(t(r.plusDays(1), 10, 0), "complaint").put("phone", p.phone).put("reassignTo", b));
            followUp(t(fb, 11, 30), b, p);
            visit(t(dep, 14, 0), b, p);
            deposit(t(dep, 15, 20), b, p, null);
            sign(t(con, 10, 50), b, p);
            dispute("d10-complaint-transfer.json", "客户投诉原顾问,改由他人接手",
                    p.name + " " + md(d) + " 由 " + n(a) + " 接待登记。" + md(r) + " 客户再来时要求换一位顾问,由 " + n(b) + " 接待登记;" + md(r.plusDays(1))
                            + " 客户投诉 " + n(a) + " 服务态度,经理同意改由 " + n(b) + " 接手。" + md(dep) + " 客户在 " + n(b) + " 处交定金," + n(a)
                            + " 认为客户是自己的。问:这一单归谁?",
                    p, t(dep, 20, 0), false, p);
            return;
        }
        throw noDays("d10");
    }

    /** OWN-2: the customer asked for an absent consultant on the first visit; later the receiver took the deposit. */
    private void d11NamedAbsent() {
        String a = "C08";
        String b = Simulation.LEAVER;
        for (LocalDate d = LocalDate.of(2026, 9, 7); d.isBefore(LocalDate.of(2026, 10, 15)); d = d.plusDays(1)) {
            LocalDate f = !on(a, d) && on(b, d) ? duty(a, d.plusDays(1), 2) : null;
            LocalDate r = f == null ? null : find(f.plusDays(1), 5, x -> !on(a, x) && on(b, x));
            LocalDate con = r == null ? null : s.nextDuty(a, r.plusDays(5));
            if (con == null || con.isAfter(LocalDate.of(2026, 10, 30))) {
                continue;
            }
            Cust p = customer();
            ev(Simulation.visit(t(d, 14, 0), b, p).put("named", a).put("ownerAbsent", true));
            followUp(t(f, 10, 30), a, p);
            visit(t(r, 10, 30), b, p);
            deposit(t(r, 11, 40), b, p, false);
            sign(t(con, 16, 0), a, p);
            dispute("d11-named-absent.json", "首次来访指名的顾问不在,接待人后来收了定金",
                    p.name + " " + md(d) + " 首次来访,指名要找 " + n(a) + "(看过其朋友圈广告)。" + n(a) + " 当天休息,由 " + n(b) + " 接待,当天没有成交;"
                            + md(f) + " " + n(a) + " 回访。" + md(r) + " 客户再来," + n(a) + " 又休息," + n(b) + " 接待并收了定金。问:这一单归谁?",
                    p, t(r, 20, 0), false, p);
            return;
        }
        throw noDays("d11");
    }

    /** REF-4: an old customer brings a friend who had already been registered by someone else. */
    private void d12ReferralAlreadyRegistered() {
        String a = "C05";
        String c = "C09";
        for (LocalDate d = LocalDate.of(2026, 9, 10); d.isBefore(LocalDate.of(2026, 10, 10)); d = d.plusDays(1)) {
            LocalDate f = on(a, d) ? duty(a, d.plusDays(1), 1) : null;
            LocalDate r = f == null ? null : duty(a, f.plusDays(2), 3);
            LocalDate con = r == null ? null : duty(a, r.plusDays(5), 5);
            LocalDate dn = con == null ? null : find(con.plusDays(3), 20, x -> on(c, x) && !Simulation.goldenWeek(x));
            LocalDate fn = dn == null ? null : duty(c, dn.plusDays(1), 1);
            LocalDate rn = fn == null ? null : duty(a, dn.plusDays(2), 3);
            LocalDate dep = rn == null ? null : duty(c, rn.plusDays(1), 4);
            LocalDate conN = dep == null ? null : s.nextDuty(c, dep.plusDays(8));
            if (conN == null || !dep.isBefore(fn.plusDays(8))) {
                continue;
            }
            Cust old = customer();
            Cust friend = customer();
            visit(t(d, 16, 20), a, old);
            followUp(t(f, 10, 50), a, old);
            visit(t(r, 11, 0), a, old);
            deposit(t(r, 12, 0), a, old, null);
            sign(t(con, 14, 0), a, old);
            visit(t(dn, 15, 0), c, friend);
            followUp(t(fn, 10, 10), c, friend);
            ev(Simulation.visit(t(rn, 11, 0), a, friend).put("named", a).put("referredBy", old.phone).put("accompanied", true));
            visit(t(dep, 15, 0), c, friend);
            deposit(t(dep, 16, 0), c, friend, null);
            sign(t(conN, 15, 40), c, friend);
            dispute("d12-referral-already-registered.json", "老客户带来的朋友此前已由他人登记",
                    friend.name + " " + md(dn) + " 自行来访,由 " + n(c) + " 接待登记," + md(fn) + " " + n(c) + " 回访。" + md(rn) + " 老客户 " + old.name + "(" + n(a)
                            + " 的成交客户)陪同 " + friend.name + " 再来,点名找 " + n(a) + "," + n(a) + " 作为老带新登记。" + md(dep) + " " + friend.name + " 在 "
                            + n(c) + " 处交定金。" + n(a) + " 认为是老带新,应归自己。问:这一单归谁?",
                    friend, t(dep, 20, 0), false, old, friend);
            return;
        }
        throw noDays("d12");
    }

    // ---- the rest of the quarter's stories, without a dossier ----

    /** A collision settled on the spot: the receiver registered a protected customer; the owner carries on. */
    private void settledCollision() {
        String a = "C03";
        String b = "C06";
        for (LocalDate d = LocalDate.of(2026, 11, 4); d.isBefore(LocalDate.of(2026, 11, 20)); d = d.plusDays(1)) {
            LocalDate f = on(a, d) ? duty(a, d.plusDays(1), 1) : null;
            LocalDate r = f == null ? null : find(f.plusDays(1), 5, x -> !on(a, x) && on(b, x));
            LocalDate fa = r == null ? null : duty(a, r.plusDays(1), 2);
            if (fa == null) {
                continue;
            }
            Cust p = customer();
            visit(t(d, 10, 20), a, p);
            followUp(t(f, 11, 0), a, p);
            visit(t(r, 16, 10), b, p);
            followUp(t(fa, 10, 0), a, p);
            return;
        }
        throw noDays("the settled collision");
    }

    /** SPLIT-5 without a deal: a colleague knowingly works on the owner's customer (an assist, knowing). */
    private void knowingAssist() {
        String a = "C02";
        String b = "C11";
        for (LocalDate d = LocalDate.of(2026, 10, 19); d.isBefore(LocalDate.of(2026, 11, 10)); d = d.plusDays(1)) {
            LocalDate f = on(a, d) ? duty(a, d.plusDays(1), 1) : null;
            LocalDate r = f == null ? null : find(f.plusDays(1), 5, x -> on(a, x) && on(b, x));
            if (r == null) {
                continue;
            }
            Cust p = customer();
            visit(t(d, 14, 0), a, p);
            followUp(t(f, 10, 40), a, p);
            visit(t(r, 14, 30), a, p);
            ev(new Ev(t(r, 15, 10), "assist").put("by", b).put("phone", p.phone).put("major", false).put("knowing", true));
            return;
        }
        throw noDays("the knowing assist");
    }

    /** A weekend collision followed by the receiver's deposit, not disputed: the receiver accepted the first registration. */
    private void weekendCollisionDeal() {
        String a = "C05";
        String b = "C10";
        for (LocalDate d = LocalDate.of(2026, 11, 9); d.isBefore(LocalDate.of(2026, 11, 22)); d = d.plusDays(1)) {
            LocalDate f = on(a, d) ? duty(a, d.plusDays(1), 1) : null;
            LocalDate r = f == null ? null : find(f.plusDays(1), 6, x -> on(b, x) && weekend(x));
            LocalDate con = r == null ? null : s.nextDuty(a, r.plusDays(6));
            if (con == null || !r.isBefore(f.plusDays(8))) {
                continue;
            }
            Cust p = customer();
            visit(t(d, 15, 30), a, p);
            followUp(t(f, 10, 0), a, p);
            visit(t(r, 10, 40), b, p);
            deposit(t(r, 12, 10), b, p, false);
            sign(t(con, 11, 20), a, p);
            return;
        }
        throw noDays("the weekend collision");
    }

    /** SPLIT-4: a colleague helped substantially without knowing; the owner closed (sales-dept gives no assist share). */
    private void majorAssist() {
        String a = "C01";
        String b = "C07";
        for (LocalDate d = LocalDate.of(2026, 9, 21); d.isBefore(LocalDate.of(2026, 10, 20)); d = d.plusDays(1)) {
            LocalDate f = on(a, d) ? duty(a, d.plusDays(1), 1) : null;
            LocalDate r = f == null ? null : find(f.plusDays(1), 5, x -> on(a, x) && on(b, x));
            LocalDate con = r == null ? null : s.nextDuty(a, r.plusDays(7));
            if (con == null) {
                continue;
            }
            Cust p = customer();
            visit(t(d, 11, 30), a, p);
            followUp(t(f, 10, 0), a, p);
            visit(t(r, 14, 0), a, p);
            ev(new Ev(t(r, 15, 0), "assist").put("by", b).put("phone", p.phone).put("major", true).put("knowing", false));
            deposit(t(r, 17, 10), a, p, null);
            sign(t(con, 10, 20), a, p);
            return;
        }
        throw noDays("the major assist");
    }

    /** DSP-4, PEN-1: an undelegated stand-in who told the owner only days later. */
    private void lateNotice() {
        String a = "C04";
        String b = Simulation.LEAVER;
        for (LocalDate d = LocalDate.of(2026, 9, 26); d.isBefore(LocalDate.of(2026, 10, 25)); d = d.plusDays(1)) {
            LocalDate f = on(a, d) ? duty(a, d.plusDays(1), 1) : null;
            LocalDate st = f == null ? null : find(f.plusDays(1), 5, x -> !on(a, x) && on(b, x));
            LocalDate fa = st == null ? null : duty(a, st.plusDays(1), 3);
            if (fa == null) {
                continue;
            }
            Cust p = customer();
            visit(t(d, 10, 0), a, p);
            followUp(t(f, 18, 0), a, p);
            ev(Simulation.visit(t(st, 15, 30), b, p).put("standInFor", a).put("delegated", false).put("ownerAbsent", true)
                    .put("notifiedLate", true));
            followUp(t(fa, 10, 30), a, p);
            return;
        }
        throw noDays("the late notice");
    }
}
