package org.anchang.office;

import static org.anchang.office.OfficeFixture.visit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Optional;
import org.anchang.customer.Phone;
import org.anchang.register.FollowUp;
import org.anchang.rules.Standing;
import org.anchang.store.AuditLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Register entry through the office: one transaction each, refused input writes nothing, corrections keep the old. */
class RegisterDeskTest {

    @TempDir
    Path dir;

    static final Phone P1 = Phone.parse("13800001111");

    static Standing standing(Office o, Phone p) {
        return o.read(h -> CustomerCache.standing(h, p, o.now())).orElseThrow();
    }

    static int rows(Office o, String table) {
        return o.read(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Integer.class).one());
    }

    @Test
    void aVisitMakesItsConsultantTheOwnerInTheCache() {
        try (Office o = OfficeFixture.staffed(dir)) {
            RegisterDesk desk = new RegisterDesk(o);
            desk.record(visit("03-18 10:00", "A", "王强", "13800001111"), "K");
            desk.record(visit("03-19 10:00", "B", "王强", "13800001111"), "K");
            Standing s = standing(o, P1);
            assertThat(s.owner()).contains("A");
            assertThat(s.until()).contains(LocalDateTime.of(2026, 3, 26, 0, 0));
            assertThat(rows(o, "visit")).isEqualTo(2);
        }
    }

    @Test
    void aBatchIsAllOrNothingAndNamesTheBadRow() {
        try (Office o = OfficeFixture.staffed(dir)) {
            RegisterDesk desk = new RegisterDesk(o);
            var good = visit("03-18 10:00", "A", "王强", "13800001111");
            var unknownConsultant = visit("03-18 11:00", "Z", "李丽", "13900002222");
            assertThatThrownBy(() -> desk.recordAll(java.util.List.of(good, good, unknownConsultant), "K"))
                    .isInstanceOf(OfficeException.class)
                    .hasMessageStartingWith("第 3 行 接待顾问")
                    .satisfies(e -> assertThat(((OfficeException) e).row()).isEqualTo(3));
            assertThat(rows(o, "entry")).as("nothing of the refused batch is written").isZero();
            assertThat(desk.recordAll(java.util.List.of(good, visit("03-18 11:00", "B", "李丽", "13900002222")), "K"))
                    .hasSize(2);
            assertThat(rows(o, "visit")).isEqualTo(2);
        }
    }

    @Test
    void reg5_aCorrectionIsANewEntryAndTheOldOneStays() {
        try (Office o = OfficeFixture.staffed(dir)) {
            RegisterDesk desk = new RegisterDesk(o);
            long first = desk.record(visit("03-18 10:00", "A", "王强", "13800001111"), "K");
            desk.correct(first, visit("03-18 10:00", "B", "王强", "13800001111"), "K", "接待顾问登记错了,应为李四");
            assertThat(standing(o, P1).owner()).contains("B");
            assertThat(rows(o, "visit")).isEqualTo(2);
            assertThatThrownBy(() -> desk.correct(first, visit("03-18 10:00", "C", "王强", "13800001111"), "K", "再改"))
                    .isInstanceOf(OfficeException.class).hasMessageContaining("已被更正过");
            long latest = o.read(h -> h.createQuery("SELECT MAX(id) FROM entry").mapTo(Long.class).one());
            desk.withdraw(latest, "K", "此客户并未来访");
            assertThat(standing(o, P1).owner()).as("the visit, as corrected, is withdrawn: nobody's").isEmpty();
            assertThat(rows(o, "entry")).isEqualTo(3);
            String reason = o.read(h -> h.createQuery("SELECT reason FROM entry WHERE withdrawn").mapTo(String.class).one());
            assertThat(reason).isEqualTo("此客户并未来访");
        }
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsWritten() {
        try (Office o = OfficeFixture.staffed(dir)) {
            RegisterDesk desk = new RegisterDesk(o);
            int entries = rows(o, "entry");
            int audit = rows(o, "audit");
            assertThatThrownBy(() -> desk.record(visit("03-18 10:00", "Z", "王强", "13800001111"), "K"))
                    .isInstanceOf(OfficeException.class).hasMessage("接待顾问: 「Z」不是本案场的人员");
            assertThatThrownBy(() -> desk.record(visit("03-25 10:00", "A", "王强", "13800001111"), "K"))
                    .isInstanceOf(OfficeException.class).satisfies(e -> assertThat(((OfficeException) e).field()).isEqualTo("时间"));
            assertThatThrownBy(() -> desk.record(visit("03-18 10:00", "A", "王强", "13800001111"), "nobody"))
                    .isInstanceOf(OfficeException.class).hasMessageStartingWith("操作人:");
            assertThatThrownBy(() -> desk.correct(1, visit("03-18 10:00", "A", "王强", "13800001111"), "K", " "))
                    .hasMessageStartingWith("更正原因:");
            assertThat(rows(o, "entry")).isEqualTo(entries);
            assertThat(rows(o, "audit")).isEqualTo(audit);
            assertThat(rows(o, "customer")).isZero();
        }
    }

    @Test
    void aFailedActionLeavesNeitherRowsNorMemoryBehind() {
        try (Office o = OfficeFixture.staffed(dir)) {
            RegisterDesk desk = new RegisterDesk(o);
            desk.record(visit("03-18 10:00", "A", "王强", "13800001111"), "K");
            assertThatThrownBy(() -> o.write(h -> {
                new RegisterDesk(o).getClass();
                org.anchang.store.EntryStore.insert(h, Optional.of(visit("03-18 11:00", "B", "李梅", "13900003333")),
                        o.now(), "K", Optional.empty(), Optional.empty());
                throw new IllegalStateException("disk full");
            })).hasMessage("disk full");
            assertThat(rows(o, "visit")).isEqualTo(1);
            Optional<Standing> never = o.read(h -> CustomerCache.standing(h, Phone.parse("13900003333"), o.now()));
            assertThat(never).isEmpty();
            desk.record(new FollowUp(LocalDateTime.of(2026, 3, 19, 9, 0), "A", P1), "K");
            assertThat(standing(o, P1).until()).contains(LocalDateTime.of(2026, 3, 27, 0, 0));
        }
    }

    @Test
    void anEarlierDatedEntryTypedLaterIsJudgedInItsPlace() {
        try (Office o = OfficeFixture.staffed(dir)) {
            RegisterDesk desk = new RegisterDesk(o);
            desk.record(visit("03-19 15:00", "B", "王强", "13800001111"), "K");
            desk.record(visit("03-18 10:00", "A", "王强", "13800001111"), "K");
            assertThat(standing(o, P1).owner()).contains("A");
        }
    }

    @Test
    void theStateSurvivesClosingAndOpeningAgain() {
        try (Office o = OfficeFixture.staffed(dir)) {
            new RegisterDesk(o).record(visit("03-18 10:00", "A", "王强", "13800001111"), "K");
        }
        try (Office o = OfficeFixture.open(dir)) {
            assertThat(standing(o, P1).owner()).contains("A");
            new RegisterDesk(o).record(visit("03-19 10:00", "C", "李梅", "13900003333"), "K");
            Optional<String> broken = o.read(AuditLog::verify);
            assertThat(broken).isEmpty();
        }
    }
}
