package org.anchang.excel;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anchang.board.BoardAction;
import org.anchang.customer.Contact;
import org.anchang.customer.MaskedPhone;
import org.anchang.customer.Phone;
import org.anchang.customer.Relation;
import org.anchang.office.BoardDesk;
import org.anchang.office.IsoWeek;
import org.anchang.office.Office;
import org.anchang.office.RegisterDesk;
import org.anchang.office.Staff;
import org.anchang.register.Call;
import org.anchang.register.Deal;
import org.anchang.register.Entry;
import org.anchang.register.FollowUp;
import org.anchang.register.Payment;
import org.anchang.register.Prospect;
import org.anchang.register.Recorded;
import org.anchang.register.Report;
import org.anchang.register.Visit;
import org.anchang.store.Database;
import org.anchang.store.EntryStore;

/**
 * A small office for the workbook tests: manager M, clerk K, consultants A–D, agent X; week 2026-W10 (3月2日–8日) has
 * every kind of line (the register kinds with their details: 人数, 来源, 备注 …), a correction, a withdrawal, a
 * collision, a deal with payments and two board days; a few lines fall just outside the week.
 */
final class ExcelOffice {

    static final IsoWeek WEEK = IsoWeek.parse("2026-W10");
    static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 20, 18, 0);

    static Office open(Path dir) {
        return Office.open(Database.openFile(dir, Database.Durability.FLUSH),
                Clock.fixed(NOW.atZone(Office.ZONE).toInstant(), ZoneOffset.UTC));
    }

    /** The people only: a fresh office to import into. */
    static Office staffed(Path dir) {
        Office o = open(dir);
        Staff s = new Staff(o);
        s.addPerson("M", "孙八", "manager", "setup");
        s.addPerson("K", "周敏", "clerk", "M");
        String[][] people = {{"A", "张三"}, {"B", "李四"}, {"C", "王五"}, {"D", "赵六"}, {"X", "钱七"}};
        for (String[] p : people) {
            s.addPerson(p[0], p[1], p[0].equals("X") ? "agent" : "consultant", "M");
        }
        s.setProject("云栖府", "M");
        return o;
    }

    static LocalDateTime t(String mmdd) {
        return LocalDateTime.parse("2026-" + mmdd.replace(' ', 'T'));
    }

    static Phone p(String s) {
        return Phone.parse(s);
    }

    static Visit visit(String at, String by, String name, String phone) {
        return Visit.plain(t(at), by, new Contact(name, p(phone)));
    }

    /** The entries of the office, in the order recorded. */
    static List<Entry> entries() {
        List<Entry> e = new ArrayList<>();
        e.add(visit("02-27 10:00", "A", "早来", "13800000001"));
        e.add(Detailed.of(visit("03-02 09:30", "A", "王强", "13800001111"), 0));
        e.add(new Call(t("03-02 10:15"), "B", new Contact("刘女士", p("13900002222"))));
        e.add(Detailed.of(new FollowUp(t("03-02 16:00"), "A", p("13800001111")), 1));
        e.add(new Visit(t("03-03 11:00"), "B", new Contact("王强", p("13800001111")), true, Optional.of("A"), Optional.empty(),
                false, Optional.empty(), Optional.of("A"), true, true, Visit.Purpose.VIEW, Optional.empty(), false, true, Optional.empty()));
        e.add(new Visit(t("03-03 14:20"), "C", new Contact("李梅", p("13700003333")), true, Optional.empty(), Optional.of(p("13800001111")),
                true, Optional.of(new Relation(p("13800001111"), Relation.Kind.FRIEND)), Optional.empty(), false, false,
                Visit.Purpose.VIEW, Optional.empty(), false, false, Optional.empty()));
        e.add(Detailed.of(new Report(t("03-04 09:00"), "X", "赵", MaskedPhone.parse("136***45678"), t("03-06 14:00")), 2));
        e.add(Detailed.of(new Prospect(t("03-04 15:00"), "D", new Contact("陈总", p("13500004444")), Optional.of("写字楼")), 3));
        // A repeat visit with only some details: the empty ones stay empty.
        e.add(Detailed.visit(visit("03-05 16:00", "D", "李梅", "13700003333"), new Visit.Details(Optional.of(2), Optional.of(false),
                Optional.empty(), Optional.of("A"), Optional.empty())));
        e.add(new Deal(t("03-05 10:00"), "A", p("13800001111"), Deal.Stage.DEPOSIT, new BigDecimal("50000.00"), false, false));
        e.add(new Payment(t("03-05 10:05"), "K", p("13800001111"), Payment.Type.DEPOSIT, new BigDecimal("50000.00"), "高层住宅"));
        e.add(new Deal(t("03-07 15:00"), "A", p("13800001111"), Deal.Stage.CONTRACT, new BigDecimal("1200000.00"), false, false));
        e.add(new Payment(t("03-07 15:30"), "K", p("13800001111"), Payment.Type.DOWN_PAYMENT, new BigDecimal("360000.00"), "高层住宅"));
        e.add(new Call(t("03-08 20:00"), "D", new Contact("错号", p("13600009999"))));
        e.add(visit("03-09 09:00", "B", "下周", "13800000002"));
        return e;
    }

    /** The staffed office with {@link #entries()}, a correction, a withdrawal and two board days of week 10. */
    static Office full(Path dir) {
        Office o = staffed(dir);
        RegisterDesk desk = new RegisterDesk(o);
        List<Long> ids = new ArrayList<>();
        for (Entry e : entries()) {
            ids.add(desk.record(e, "K"));
        }
        // The clerk typed 刘女士's call as B's; it was C's (a correction), and the 20:00 call was a wrong number (withdrawn).
        desk.correct(ids.get(2), Detailed.of(new Call(t("03-02 10:15"), "C", new Contact("刘女士", p("13900002222"))), 4), "K", "接听人填错");
        desk.withdraw(ids.get(13), "K", "打错电话");
        Staff staff = new Staff(o);
        BoardDesk board = new BoardDesk(o);
        for (LocalDate day : List.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3))) {
            staff.setRoster(day, List.of("A", "B", "C"), "M");
            for (String who : List.of("A", "B", "C")) {
                board.act(day, new BoardAction.Checkin(LocalTime.of(8, 55), who), "K");
            }
            board.act(day, BoardAction.Walkin.newGroup(LocalTime.of(9, 30)), "K");
            board.act(day, BoardAction.Walkin.newGroup(LocalTime.of(10, 30)), "K");
        }
        return o;
    }

    /** The entries that stand (neither superseded nor withdrawn), in time order: what "the same registers" means. */
    static List<Entry> standing(Office o) {
        List<Recorded> all = o.read(h -> EntryStore.since(h, 0));
        java.util.Set<Long> superseded = new java.util.HashSet<>();
        all.forEach(r -> r.supersedes().ifPresent(superseded::add));
        return all.stream().filter(r -> r.entry().isPresent() && !superseded.contains(r.id())).map(r -> r.entry().get())
                .sorted(java.util.Comparator.comparing(Entry::at).thenComparing(Entry::toString)).toList();
    }
}
