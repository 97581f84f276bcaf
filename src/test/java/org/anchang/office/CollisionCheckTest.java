package org.anchang.office;

import static org.anchang.office.OfficeFixture.visit;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anchang.customer.Contact;
import org.anchang.customer.MaskedPhone;
import org.anchang.customer.Phone;
import org.anchang.customer.Relation;
import org.anchang.office.CollisionCheck.Finding;
import org.anchang.office.CollisionCheck.Kind;
import org.anchang.register.Deal;
import org.anchang.register.Leave;
import org.anchang.register.Report;
import org.anchang.register.Visit;
import org.anchang.rules.Replay;
import org.anchang.rules.Standing;
import org.anchang.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The collision check of the register forms, every state of it, read from the judge's replay of the office
 * (now is 3月20日 18:00): the owner and dates to everyone, the phone whole only to the owner and a manager.
 */
class CollisionCheckTest {

    @TempDir
    Path dir;

    static final Phone P1 = Phone.parse("13800001111");
    static final Phone P2 = Phone.parse("13900003333");

    static List<Kind> kinds(CollisionCheck.Result r) {
        return r.findings().stream().map(Finding::kind).toList();
    }

    @Test
    void own1_anUnknownPhoneIsANewCustomer() {
        try (Office o = OfficeFixture.staffed(dir)) {
            CollisionCheck.Result r = new CollisionCheck(o).check("K", P1, "王强");
            assertThat(kinds(r)).containsExactly(Kind.NEW);
            assertThat(r.warns()).isFalse();
            assertThat(r.findings().get(0).rule().id()).isEqualTo("OWN-1");
        }
    }

    @Test
    void own1_anotherConsultantsProtectedCustomerShowsOwnerAndDateWithThePhoneMasked() {
        try (Office o = OfficeFixture.staffed(dir)) {
            new RegisterDesk(o).record(visit("03-18 10:00", "A", "王强", "13800001111"), "K");
            CollisionCheck check = new CollisionCheck(o);
            Finding b = check.check("B", P1, "王强").findings().get(0);
            assertThat(b.kind()).isEqualTo(Kind.OWNED);
            assertThat(b.whoName()).contains("张三");
            assertThat(b.until()).contains(LocalDateTime.of(2026, 3, 26, 0, 0));
            assertThat(b.phone()).isEqualTo("138****1111");
            assertThat(b.warns()).isTrue();
            assertThat(check.check("K", P1, "王强").findings().get(0).phone()).as("the clerk is no owner").isEqualTo("138****1111");
            Finding a = check.check("A", P1, "王强").findings().get(0);
            assertThat(a.kind()).isEqualTo(Kind.MINE);
            assertThat(a.phone()).isEqualTo("13800001111");
            assertThat(a.warns()).isFalse();
            Finding m = check.check("M", P1, "王强").findings().get(0);
            assertThat(m.kind()).isEqualTo(Kind.OWNED);
            assertThat(m.phone()).as("a manager sees it whole").isEqualTo("13800001111");
        }
    }

    @Test
    void prot4_aLapsedClaimIsFreeAndNamesTheOldOwner() {
        try (Office o = OfficeFixture.staffed(dir)) {
            new RegisterDesk(o).record(visit("03-01 10:00", "A", "王强", "13800001111"), "K");
            Finding f = new CollisionCheck(o).check("B", P1, "王强").findings().get(0);
            assertThat(f.kind()).isEqualTo(Kind.LAPSED);
            assertThat(f.whoName()).contains("张三");
            assertThat(f.warns()).isFalse();
        }
    }

    @Test
    void prot6_ownHouseAndPool_dealtCustomersTheHousesAndThePools() {
        try (Office o = OfficeFixture.staffed(dir)) {
            RegisterDesk desk = new RegisterDesk(o);
            desk.record(visit("03-18 10:00", "A", "王强", "13800001111"), "K");
            desk.record(new Deal(LocalDateTime.of(2026, 3, 19, 10, 0), "A", P1, Deal.Stage.DEPOSIT, new BigDecimal("50000"), false, false), "K");
            desk.record(visit("03-18 11:00", "B", "李梅", "13900003333"), "K");
            desk.record(new Deal(LocalDateTime.of(2026, 3, 19, 11, 0), "B", P2, Deal.Stage.DEPOSIT, new BigDecimal("50000"), false, true), "K");
            desk.record(visit("03-18 12:00", "C", "周丽", "13600006666"), "K");
            desk.record(new Leave(LocalDateTime.of(2026, 3, 19, 12, 0), "C"), "M");
            CollisionCheck check = new CollisionCheck(o);
            Finding dealt = check.check("B", P1, "王强").findings().get(0);
            assertThat(dealt.kind()).isEqualTo(Kind.DEALT);
            assertThat(dealt.rule().id()).isEqualTo("PROT-6");
            assertThat(dealt.whoName()).contains("张三");
            assertThat(check.check("A", P2, "李梅").findings().get(0).kind()).isEqualTo(Kind.HOUSE);
            Finding pool = check.check("A", Phone.parse("13600006666"), "周丽").findings().get(0);
            assertThat(pool.kind()).isEqualTo(Kind.POOL);
            assertThat(pool.rule().id()).isEqualTo("OWN-6");
            assertThat(pool.warns()).isTrue();
        }
    }

    @Test
    void reg3_samePhoneOtherNameAndSameNameOtherPhoneAreBothShown() {
        try (Office o = OfficeFixture.staffed(dir)) {
            RegisterDesk desk = new RegisterDesk(o);
            desk.record(visit("03-18 10:00", "A", "王强", "13800001111"), "K");
            desk.record(visit("03-18 11:00", "B", "李梅", "13900003333"), "K");
            CollisionCheck.Result r = new CollisionCheck(o).check("C", P1, "李梅");
            assertThat(kinds(r)).containsExactly(Kind.OWNED, Kind.OTHER_NAME, Kind.SAME_NAME);
            Finding other = r.findings().get(1);
            assertThat(other.name()).contains("王强");
            assertThat(other.rule().id()).isEqualTo("REG-3");
            Finding same = r.findings().get(2);
            assertThat(same.phone()).isEqualTo("139****3333");
            assertThat(same.whoName()).contains("李四");
            assertThat(same.until()).contains(LocalDateTime.of(2026, 3, 26, 0, 0));
            assertThat(new CollisionCheck(o).check("B", P1, "李梅").findings().get(2).phone()).as("李四 owns 李梅").isEqualTo("13900003333");
        }
    }

    @Test
    void reg3_aCommonNameShowsFiveAndCountsTheRest() {
        try (Office o = OfficeFixture.staffed(dir)) {
            RegisterDesk desk = new RegisterDesk(o);
            for (int i = 0; i < 7; i++) {
                desk.record(visit("03-18 10:0" + i, "A", "王伟", "1370000000" + i), "K");
            }
            CollisionCheck.Result r = new CollisionCheck(o).check("B", P1, "王伟");
            assertThat(kinds(r)).containsExactly(Kind.NEW, Kind.SAME_NAME, Kind.SAME_NAME, Kind.SAME_NAME, Kind.SAME_NAME, Kind.SAME_NAME,
                    Kind.SAME_NAME_MORE);
            assertThat(r.findings().get(6).phone()).isEqualTo("2");
            assertThat(r.warns()).as("a name alone is no evidence (REG-3): shown, not a collision").isFalse();
        }
    }

    @Test
    void reg4_theGroupsOtherMembersAreListed() {
        try (Office o = OfficeFixture.staffed(dir)) {
            RegisterDesk desk = new RegisterDesk(o);
            desk.record(visit("03-18 10:00", "A", "王强", "13800001111"), "K");
            desk.record(new Visit(LocalDateTime.of(2026, 3, 18, 11, 0), "A", new Contact("李梅", P2), true, Optional.empty(), Optional.empty(),
                    false, Optional.of(new Relation(P1, Relation.Kind.SPOUSE)), Optional.empty(), false, false, Visit.Purpose.VIEW,
                    Optional.empty(), false, false, Optional.empty()), "K");
            CollisionCheck.Result r = new CollisionCheck(o).check("B", P2, "李梅");
            assertThat(kinds(r)).containsExactly(Kind.OWNED, Kind.GROUP);
            assertThat(r.findings().get(1).name()).contains("王强");
            assertThat(r.findings().get(1).phone()).isEqualTo("138****1111");
        }
    }

    @Test
    void rpt3_aPhoneKnownOnlyFromAWholePhoneReportShowsTheReport() {
        try (Office o = OfficeFixture.staffed(dir)) {
            new Staff(o).setPolicy("channel-report", Map.of(), "M");
            Phone only = Phone.parse("13512360000");
            new RegisterDesk(o).record(new Report(LocalDateTime.of(2026, 3, 19, 10, 0), "X", "蒋", MaskedPhone.parse(only.digits()),
                    LocalDateTime.of(2026, 3, 21, 14, 0)), "K");
            Optional<Standing> row = o.read(h -> CustomerCache.standing(h, only, o.now()));
            assertThat(row).as("no cache row for it").isEmpty();
            CollisionCheck.Result r = new CollisionCheck(o).check("A", only, "蒋先生");
            assertThat(kinds(r)).containsExactly(Kind.NEW, Kind.REPORT);
            Finding rep = r.findings().get(1);
            assertThat(rep.whoName()).contains("渠道-钱七");
            assertThat(rep.valid()).isTrue();
            assertThat(rep.until()).contains(LocalDateTime.of(2026, 3, 27, 0, 0));
            assertThat(rep.rule().id()).isEqualTo("RPT-3");
            assertThat(rep.phone()).isEqualTo("135****0000");
            assertThat(r.warns()).isTrue();
        }
    }

    @Test
    void reg6_aMaskedPhoneMatchingNoneOneOrSeveralCustomers() {
        try (Office o = OfficeFixture.staffed(dir)) {
            RegisterDesk desk = new RegisterDesk(o);
            CollisionCheck check = new CollisionCheck(o);
            MaskedPhone mask = MaskedPhone.parse("138***08893");
            assertThat(kinds(check.check("K", mask, "张"))).containsExactly(Kind.MASK_NONE);
            desk.record(visit("03-18 10:00", "A", "张敏", "13810008893"), "K");
            CollisionCheck.Result one = check.check("K", mask, "张");
            assertThat(kinds(one)).containsExactly(Kind.MASK_MATCH);
            assertThat(one.findings().get(0).whoName()).contains("张三");
            desk.record(visit("03-18 11:00", "B", "张丽", "13820008893"), "K");
            desk.record(new Report(LocalDateTime.of(2026, 3, 19, 9, 0), "X", "张", mask, LocalDateTime.of(2026, 3, 22, 0, 0)), "K");
            CollisionCheck.Result two = check.check("K", mask, "张");
            assertThat(kinds(two)).containsExactly(Kind.MASK_AMBIGUOUS, Kind.MASK_MATCH, Kind.MASK_MATCH, Kind.REPORT);
            assertThat(two.findings().get(0).rule().id()).isEqualTo("REG-6");
            assertThat(two.warns()).isTrue();
            // The same report also shows when a whole phone it may stand for is typed.
            assertThat(kinds(check.check("K", Phone.parse("13810008893"), "张敏"))).contains(Kind.REPORT);
        }
    }

    @Test
    void theCheckSeesAnotherDesksEntryAndTheNextWriteStillUpdatesTheCache() {
        try (Database db = Database.openFile(dir, Database.Durability.FLUSH)) {
            Office desk1 = Office.open(db, OfficeFixture.clock(OfficeFixture.NOW));
            Staff s = new Staff(desk1);
            s.addPerson("M", "经理-孙八", "manager", "setup");
            s.addPerson("K", "内业-周敏", "clerk", "M");
            s.addPerson("A", "张三", "consultant", "M");
            s.addPerson("B", "李四", "consultant", "M");
            CollisionCheck check1 = new CollisionCheck(desk1);
            assertThat(kinds(check1.check("B", P1, "王强"))).containsExactly(Kind.NEW);
            Office desk2 = Office.open(db, OfficeFixture.clock(OfficeFixture.NOW));
            new RegisterDesk(desk2).record(visit("03-18 10:00", "A", "王强", "13800001111"), "K");
            assertThat(kinds(check1.check("B", P1, "王强"))).as("desk 1 catches up when it asks").containsExactly(Kind.OWNED);
            new RegisterDesk(desk1).record(visit("03-19 10:00", "B", "李梅", "13900003333"), "K");
            Replay fresh = new Replay(desk1.policy(), Map.of(), false);
            fresh.apply(visit("03-18 10:00", "A", "王强", "13800001111"));
            fresh.apply(visit("03-19 10:00", "B", "李梅", "13900003333"));
            Map<String, Standing> cached = desk1.read(CustomerCache::load);
            assertThat(cached).isEqualTo(fresh.standings());
        }
    }
}
