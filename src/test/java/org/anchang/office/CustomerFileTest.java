package org.anchang.office;

import static org.anchang.office.OfficeFixture.visit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.anchang.customer.Contact;
import org.anchang.customer.Phone;
import org.anchang.office.CustomerFile.File;
import org.anchang.office.CustomerFile.Item;
import org.anchang.office.CustomerFile.Status;
import org.anchang.register.Call;
import org.anchang.register.Deal;
import org.anchang.register.FollowUp;
import org.anchang.register.Grade;
import org.anchang.rules.Grading;
import org.anchang.rules.Lifecycle;
import org.anchang.rules.RuleId;
import org.anchang.rules.TrailLine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The customer file on a small office (now: 3月20日 18:00): search by part of a phone, a name or a consultant;
 * a corrected entry shows both versions with who and why; the ownership history is the judge's with rule ids;
 * phones are masked for consultants who do not own the customer; gradings are entries, checked before writing.
 */
class CustomerFileTest {

    static final SignIn.Person MANAGER = new SignIn.Person("M", "经理-孙八", "manager");
    static final SignIn.Person CLERK = new SignIn.Person("K", "内业-周敏", "clerk");
    static final SignIn.Person A = new SignIn.Person("A", "张三", "consultant");
    static final SignIn.Person B = new SignIn.Person("B", "李四", "consultant");

    @TempDir
    Path dir;

    Office office;
    RegisterDesk desk;
    CustomerFile files;
    long zhaoMin;

    @BeforeEach
    void office() {
        office = OfficeFixture.staffed(dir);
        desk = new RegisterDesk(office);
        files = new CustomerFile(office);
        desk.record(visit("03-18 10:00", "A", "王强", "13800001111"), "K");
        desk.record(new FollowUp(at("03-19 09:00"), "A", Phone.parse("13800001111")), "A");
        desk.record(visit("03-19 15:00", "B", "王强", "13800001111"), "K");           // a collision: A is protected
        desk.record(new Call(at("03-17 11:00"), "C", new Contact("李丽", Phone.parse("13900002222"))), "K");
        desk.record(visit("03-15 10:00", "D", "王芳", "13911112222"), "K");
        zhaoMin = desk.record(visit("03-20 10:00", "A", "赵敏", "13700003333"), "K");
        desk.correct(zhaoMin, visit("03-20 10:00", "B", "赵敏", "13700003333"), "K", "接待顾问写错了,应为李四");
    }

    @AfterEach
    void close() {
        office.close();
    }

    static LocalDateTime at(String mmddhhmm) {
        return LocalDateTime.parse("2026-" + mmddhhmm.replace(' ', 'T'));
    }

    @Test
    void searchFindsAGroupByDigitsAnywhereInItsPhone() {
        assertThat(files.search("0000111", MANAGER).hits()).extracting(CustomerFile.Hit::ref).containsExactly("13800001111");
        assertThat(files.search("138 0000-1", MANAGER).hits()).extracting(CustomerFile.Hit::ref).containsExactly("13800001111");
        assertThat(files.search("2222", MANAGER).hits()).extracting(CustomerFile.Hit::ref)
                .containsExactlyInAnyOrder("13900002222", "13911112222");
        assertThat(files.search("13", MANAGER).hits()).as("two digits match too much to be a search").isEmpty();
        assertThat(files.search("13800001111", MANAGER).hits().get(0).match()).isEqualTo(CustomerFile.Match.PHONE);
    }

    @Test
    void searchFindsCustomersByNameAndByConsultant() {
        assertThat(files.search("王", MANAGER).hits()).extracting(CustomerFile.Hit::ref)
                .containsExactlyInAnyOrder("13800001111", "13911112222");
        assertThat(files.search("李丽", MANAGER).hits()).extracting(CustomerFile.Hit::ref).containsExactly("13900002222");
        CustomerFile.Search byConsultant = files.search("张三", MANAGER);
        assertThat(byConsultant.hits()).extracting(CustomerFile.Hit::ref).containsExactly("13800001111");
        assertThat(byConsultant.hits().get(0).match()).isEqualTo(CustomerFile.Match.CONSULTANT);
        assertThat(byConsultant.hits().get(0).ownerName()).contains("张三");
        assertThat(files.search("李四", MANAGER).hits()).as("B owns 赵敏 after the correction")
                .extracting(CustomerFile.Hit::ref).containsExactly("13700003333");
    }

    @Test
    void aCorrectedEntryShowsBothVersionsWithWhoAndWhy() {
        File f = files.file("13700003333", MANAGER).orElseThrow();
        assertThat(f.timeline()).hasSize(2);
        Item old = f.timeline().get(0);
        Item now = f.timeline().get(1);
        assertThat(old.id()).isEqualTo(zhaoMin);
        assertThat(old.status()).isEqualTo(Status.CORRECTED);
        assertThat(old.consultant()).isEqualTo("张三");
        assertThat(old.replaced()).hasValueSatisfying(c -> {
            assertThat(c.id()).isEqualTo(now.id());
            assertThat(c.by()).isEqualTo("内业-周敏");
            assertThat(c.reason()).isEqualTo("接待顾问写错了,应为李四");
            assertThat(c.at()).isEqualTo(OfficeFixture.NOW);
        });
        assertThat(now.status()).isEqualTo(Status.STANDS);
        assertThat(now.consultant()).isEqualTo("李四");
        assertThat(now.corrects()).hasValueSatisfying(c -> assertThat(c.id()).isEqualTo(zhaoMin));
        assertThat(f.ownerName()).contains("李四");
    }

    @Test
    void aWithdrawnEntryStaysInTheFileMarkedWithdrawn() {
        long call = office.read(h -> h.createQuery("SELECT entry_id FROM phone_call").mapTo(Long.class).one());
        desk.withdraw(call, "K", "客户打错电话");
        File f = files.file("13900002222", MANAGER).orElseThrow();
        assertThat(f.timeline()).singleElement().satisfies(i -> {
            assertThat(i.status()).isEqualTo(Status.WITHDRAWN);
            assertThat(i.replaced().orElseThrow().reason()).isEqualTo("客户打错电话");
        });
        assertThat(f.standing().owner()).isEmpty();
    }

    @Test
    void theOwnershipHistoryIsTheJudgesTrailWithRuleIds() {
        File f = files.file("13800001111", MANAGER).orElseThrow();
        assertThat(f.history()).extracting(TrailLine::rule).containsSubsequence(RuleId.OWN_1, RuleId.PROT_3, RuleId.OWN_1);
        assertThat(f.history().get(0).at()).isEqualTo(at("03-18 10:00"));
        assertThat(f.history().get(0).text()).contains("张三").contains("(OWN-1");
        assertThat(f.history()).anySatisfy(t -> assertThat(t.text()).startsWith("撞单:李四"));
        assertThat(f.history()).as("only this group's lines").noneMatch(t -> t.text().contains("王芳") || t.text().contains("赵敏"));
        assertThat(f.collisions()).containsExactly("李四");
        assertThat(f.judged().who()).isEqualTo(f.standing().owner()).contains("A");
    }

    @Test
    void theProtectionCountdownAndTheFollowUpsDueComeFromTheJudge() {
        File f = files.file("13800001111", MANAGER).orElseThrow();
        // Visit 3月18日, A's follow-up 3月19日 renews 7 days (PROT-3): protected through 3月26日.
        assertThat(f.standing().until()).contains(LocalDateTime.of(2026, 3, 27, 0, 0));
        assertThat(f.lastDay()).contains(LocalDate.of(2026, 3, 26));
        assertThat(f.daysLeft()).contains(6L);
        // One follow-up made: the second is due within 3 days of the registration (PROT-7).
        assertThat(f.reminders()).filteredOn(r -> r.rule() == RuleId.PROT_7).singleElement()
                .satisfies(r -> assertThat(r.due()).isEqualTo(at("03-21 10:00")));
        File fresh = files.file("13911112222", MANAGER).orElseThrow();
        assertThat(fresh.reminders()).filteredOn(r -> r.rule() == RuleId.PROT_7).singleElement()
                .satisfies(r -> assertThat(r.overdue()).as("no follow-up within 24 h of 3月15日").isTrue());
    }

    @Test
    void dealsShowTheJudgesSplitAndTheStage() {
        desk.record(new Deal(at("03-20 11:00"), "A", Phone.parse("13800001111"), Deal.Stage.DEPOSIT, new BigDecimal("20000"), false,
                false), "K");
        File f = files.file("13800001111", MANAGER).orElseThrow();
        assertThat(f.deals()).singleElement().satisfies(d -> {
            assertThat(d.by()).isEqualTo("张三");
            assertThat(d.shares()).containsEntry("张三", 1.0);
            assertThat(d.rules()).contains(RuleId.SPLIT_1);
        });
        assertThat(f.stage()).contains(Lifecycle.Stage.SUBSCRIBED);
        assertThat(f.standing().dealt()).isTrue();
        assertThat(f.lastDay()).as("a deal is permanent (PROT-6)").isEmpty();
    }

    @Test
    void aPaymentAfterTheContractMakesTheStageDone() {
        Phone p = Phone.parse("13800001111");
        desk.record(new Deal(at("03-20 11:00"), "A", p, Deal.Stage.CONTRACT, new BigDecimal("1200000"), false, false), "K");
        assertThat(files.file("13800001111", A).orElseThrow().stage()).contains(Lifecycle.Stage.SIGNED);
        desk.record(new org.anchang.register.Payment(at("03-20 15:00"), "K", p, org.anchang.register.Payment.Type.DOWN_PAYMENT,
                new BigDecimal("360000"), "高层住宅"), "K");
        File f = files.file("13800001111", A).orElseThrow();
        assertThat(f.stage()).contains(Lifecycle.Stage.DONE);
        assertThat(f.stageSince()).contains(at("03-20 15:00"));
        assertThat(f.timeline()).filteredOn(i -> i.kind().equals("payment")).singleElement()
                .satisfies(i -> assertThat(i.facts()).contains(new CustomerFile.Fact("payment.DOWN_PAYMENT", "360000")));
    }

    @Test
    void aRecordedRulingIsInTheFileAndDecidesTheOwner() {
        org.anchang.register.Ruling r = new org.anchang.register.Ruling(at("03-20 16:00"), Phone.parse("13800001111"), Optional.of("B"),
                Optional.of(at("03-28 00:00")), false, List.of(), "sales-dept", "K", "K", "M");
        office.write(h -> org.anchang.store.EntryStore.insertRuling(h, r, new org.anchang.store.EntryStore.RulingPapers("{}", "{}", "{}"),
                OfficeFixture.NOW, "M"));
        File f = files.file("13800001111", MANAGER).orElseThrow();
        assertThat(f.standing().owner()).contains("B");
        assertThat(f.judged().who()).contains("B");
        assertThat(f.judged().until()).isEqualTo(f.standing().until());
        assertThat(f.history()).last().satisfies(t -> assertThat(t.rule()).isEqualTo(RuleId.DSP_3));
        assertThat(f.timeline()).filteredOn(i -> i.kind().equals("ruling")).singleElement()
                .satisfies(i -> assertThat(i.facts()).contains(new CustomerFile.Fact("rulingOwner", "李四")));
    }

    @Test
    void aConsultantWhoDoesNotOwnTheCustomerSeesPhonesMasked() {
        // A channel report with the whole phone: the judge's trail quotes it (REG-1 under sales-dept).
        desk.record(new org.anchang.register.Report(at("03-20 09:00"), "X", "王", org.anchang.customer.MaskedPhone.parse("13800001111"),
                at("03-21 10:00")), "K");
        File forB = files.file("13800001111", B).orElseThrow();
        assertThat(forB.history()).anySatisfy(t -> assertThat(t.text()).contains("王 138****1111"));
        assertThat(forB.history()).noneMatch(t -> t.text().contains("13800001111"));
        assertThat(files.file("13800001111", A).orElseThrow().history()).anyMatch(t -> t.text().contains("王 13800001111"));
        assertThat(forB.wholePhones()).isFalse();
        assertThat(forB.members()).extracting(CustomerFile.Member::phone).containsExactly("138****1111");
        assertThat(forB.timeline()).extracting(Item::phone).containsOnly("138****1111");
        assertThat(CustomerFile.hidePhones("报备「王 13800001111」,座机 057187654321,金额 2289500 元"))
                .isEqualTo("报备「王 138****1111」,座机 05718765****,金额 2289500 元");
        assertThat(forB.ownerName()).as("the owner and the dates are shown").contains("张三");
        assertThat(files.search("0000111", B).hits().get(0).members().get(0).phone()).isEqualTo("138****1111");
        for (SignIn.Person whole : List.of(A, CLERK, MANAGER, new SignIn.Person("S", "主管", "supervisor"))) {
            File f = files.file("13800001111", whole).orElseThrow();
            assertThat(f.wholePhones()).as(whole.role()).isTrue();
            assertThat(f.members()).extracting(CustomerFile.Member::phone).containsExactly("13800001111");
        }
    }

    @Test
    void aGradingIsAnEntryWhoseClassIsTheJudgesAndTheLatestDecidesTheStage() {
        Phone p = Phone.parse("13800001111");
        desk.record(new Grade(at("03-20 12:00"), "A", p, 5, 4, 4, 3, 4, 5, false, Optional.of("首付已备好")), "A");
        File f = files.file("13800001111", A).orElseThrow();
        assertThat(f.grades()).singleElement().satisfies(g -> {
            assertThat(g.result().level()).isEqualTo(Grading.Level.A);
            assertThat(g.note()).contains("首付已备好");
            assertThat(g.by()).isEqualTo("张三");
        });
        assertThat(f.stage()).contains(Lifecycle.Stage.INTENT);
        desk.record(new Grade(at("03-20 13:00"), "A", p, 3, 1, 3, 3, 3, 1, true, Optional.empty()), "A");
        File later = files.file("13800001111", A).orElseThrow();
        assertThat(later.grades()).hasSize(2);
        assertThat(later.latestGrade().orElseThrow().result().level()).isEqualTo(Grading.Level.D);
        assertThat(later.stage()).as("the customer said no (GRD-2)").contains(Lifecycle.Stage.INVALID);
        assertThat(later.timeline()).filteredOn(i -> i.kind().equals("grade")).hasSize(2).allMatch(i -> i.status() == Status.STANDS);
    }

    @Test
    void aGradingIsRefusedNamingTheFieldAndNothingIsWritten() {
        Phone p = Phone.parse("13800001111");
        int before = RegisterDeskTest.rows(office, "entry");
        assertThatThrownBy(() -> desk.record(new Grade(at("03-20 12:00"), "A", p, 6, 3, 3, 3, 3, 3, false, Optional.empty()), "A"))
                .isInstanceOf(OfficeException.class).satisfies(e -> assertThat(((OfficeException) e).field()).isEqualTo("财力"));
        assertThatThrownBy(() -> desk.record(new Grade(at("03-20 12:00"), "B", p, 3, 3, 3, 3, 3, 3, false, Optional.empty()), "B"))
                .isInstanceOf(OfficeException.class).satisfies(e -> assertThat(((OfficeException) e).field()).isEqualTo("评分人"));
        assertThatThrownBy(() -> desk.record(new Grade(at("03-20 12:00"), "A", Phone.parse("13500009999"), 3, 3, 3, 3, 3, 3, false,
                Optional.empty()), "A")).isInstanceOf(OfficeException.class).hasMessageStartingWith("电话");
        assertThat(RegisterDeskTest.rows(office, "entry")).isEqualTo(before);
        desk.record(new Grade(at("03-20 12:00"), "M", p, 3, 3, 3, 3, 3, 3, false, Optional.empty()), "M");
        assertThat(RegisterDeskTest.rows(office, "grade")).isEqualTo(1);
    }

    @Test
    void theWeightsAreTheOfficesSettings() {
        Phone p = Phone.parse("13800001111");
        // All 5 for the factors that weigh, all 1 for the others: the class follows the weights.
        desk.record(new Grade(at("03-20 12:00"), "A", p, 5, 5, 1, 1, 1, 1, false, Optional.empty()), "A");
        assertThat(files.file("13800001111", A).orElseThrow().latestGrade().orElseThrow().result().level()).isEqualTo(Grading.Level.C);
        Staff staff = new Staff(office);
        for (Grading.Factor f : Grading.Factor.values()) {
            String w = f == Grading.Factor.FINANCE || f == Grading.Factor.MOTIVE ? "50" : "0";
            staff.setSetting(f.settingKey(), w, f.chinese(), Grading::checkWeight, "M");
        }
        assertThat(files.grading().weight(Grading.Factor.FINANCE)).isEqualTo(50);
        assertThat(files.file("13800001111", A).orElseThrow().latestGrade().orElseThrow().result().level()).isEqualTo(Grading.Level.A);
        assertThatThrownBy(() -> staff.setSetting("grading.weight.credit", "一百", "信用", Grading::checkWeight, "M"))
                .isInstanceOf(OfficeException.class).hasMessageContaining("权重");
    }

    @Test
    void myCustomersListsTheConsultantsOwnGroupsWithWhatIsDue() {
        List<CustomerFile.Row> mine = files.mine("A", A);
        assertThat(mine).extracting(CustomerFile.Row::ref).containsExactly("13800001111");
        CustomerFile.Row r = mine.get(0);
        assertThat(r.phone()).isEqualTo("13800001111");
        assertThat(r.flags()).contains(CustomerFile.Flag.PROTECTED).doesNotContain(CustomerFile.Flag.DEALT, CustomerFile.Flag.LAPSING,
                CustomerFile.Flag.DUE_TODAY);
        assertThat(r.due()).hasValueSatisfying(d -> assertThat(d.due()).isEqualTo(at("03-21 10:00")));
        assertThat(r.daysLeft()).contains(6L);
        List<CustomerFile.Row> dMine = files.mine("D", MANAGER);
        assertThat(dMine).singleElement().satisfies(d -> {
            assertThat(d.flags()).contains(CustomerFile.Flag.DUE_TODAY, CustomerFile.Flag.PROTECTED);
            assertThat(d.flags()).as("visit 3月15日, P7D: last day 3月22日").contains(CustomerFile.Flag.LAPSING);
            assertThat(d.daysLeft()).contains(2L);
            assertThat(d.stage()).contains(Lifecycle.Stage.INTENT);
        });
        assertThatThrownBy(() -> files.mine("A", B)).isInstanceOf(OfficeException.class).hasMessageContaining("自己的客户");
        assertThat(files.consultants()).extracting(SignIn.Person::id).containsExactly("A", "B", "C", "D");
    }
}
