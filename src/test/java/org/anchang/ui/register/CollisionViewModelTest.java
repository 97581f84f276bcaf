package org.anchang.ui.register;

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
import org.anchang.office.CollisionCheck;
import org.anchang.office.Office;
import org.anchang.office.RegisterDesk;
import org.anchang.office.Staff;
import org.anchang.register.Deal;
import org.anchang.register.Leave;
import org.anchang.register.Report;
import org.anchang.register.Visit;
import org.anchang.ui.shell.TaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every state of the live collision check as a form shows it (now is 3月20日 18:00), and the newest question winning. */
class CollisionViewModelTest {

    @TempDir
    Path dir;

    static CollisionViewModel check(Office o, String viewer) {
        return new CollisionViewModel(new CollisionCheck(o), viewer, TaskRunner.SAME_THREAD, RegisterOffice.messages());
    }

    static List<String> lines(CollisionViewModel c) {
        return c.lines().stream().map(CollisionViewModel.Line::text).toList();
    }

    static LocalDateTime t(String at) {
        return LocalDateTime.parse("2026-" + at.replace(' ', 'T'));
    }

    @Test
    void newMineOwnedAndLapsed() {
        try (Office o = RegisterOffice.staffed(dir)) {
            RegisterDesk desk = new RegisterDesk(o);
            CollisionViewModel b = check(o, "B");
            b.ask("13800001111", "王强", false);
            assertThat(lines(b)).containsExactly("新客户:此电话未登记过,首次登记者得 (OWN-1)");
            assertThat(b.warnsProperty().get()).isFalse();
            desk.record(RegisterOffice.visit("03-18 10:00", "A", "王强", "13800001111"), "K");
            desk.record(RegisterOffice.visit("03-01 10:00", "A", "李梅", "13900003333"), "K");
            b.ask("138 0000 1111", "王强", false);
            assertThat(lines(b)).containsExactly("撞单预警:「王强」138****1111 已属 张三,保护至 3月25日(还剩 5 天) (OWN-1)");
            assertThat(b.warnsProperty().get()).isTrue();
            assertThat(b.summaryProperty().get()).startsWith("撞单预警:");
            CollisionViewModel a = check(o, "A");
            a.ask("13800001111", "王强", false);
            assertThat(lines(a)).containsExactly("您的客户:「王强」13800001111,保护至 3月25日(还剩 5 天) (OWN-1)");
            b.ask("13900003333", "李梅", false);
            assertThat(lines(b)).containsExactly("「李梅」139****3333 原属 张三,保护期已过,登记即为新客户 (PROT-4)");
            assertThat(b.warnsProperty().get()).isFalse();
        }
    }

    @Test
    void dealtPoolAndHouse() {
        try (Office o = RegisterOffice.staffed(dir)) {
            RegisterDesk desk = new RegisterDesk(o);
            desk.record(RegisterOffice.visit("03-18 10:00", "A", "王强", "13800001111"), "K");
            desk.record(new Deal(t("03-19 10:00"), "A", Phone.parse("13800001111"), Deal.Stage.CONTRACT, new BigDecimal("1200000"), false,
                    false), "K");
            desk.record(RegisterOffice.visit("03-18 11:00", "B", "李梅", "13900003333"), "K");
            desk.record(new Deal(t("03-19 11:00"), "B", Phone.parse("13900003333"), Deal.Stage.DEPOSIT, new BigDecimal("50000"), false, true),
                    "K");
            desk.record(RegisterOffice.visit("03-18 12:00", "C", "周丽", "13600006666"), "K");
            desk.record(new Leave(t("03-19 12:00"), "C"), "M");
            CollisionViewModel d = check(o, "D");
            d.ask("13800001111", "王强", false);
            assertThat(lines(d)).containsExactly("成交客户:「王强」138****1111 属 张三,归属永久 (PROT-6)");
            d.ask("13900003333", "李梅", false);
            assertThat(lines(d)).containsExactly("公司客户(公佣):「李梅」139****3333 (OWN-5)");
            d.ask("13600006666", "周丽", false);
            assertThat(lines(d)).containsExactly("公共客户:「周丽」136****6666 由经理统一安排 (OWN-6)");
            assertThat(d.warnsProperty().get()).isTrue();
        }
    }

    @Test
    void otherNameSameNameGroupAndEveryLineWhenThereAreSeveral() {
        try (Office o = RegisterOffice.staffed(dir)) {
            RegisterDesk desk = new RegisterDesk(o);
            desk.record(RegisterOffice.visit("03-18 10:00", "A", "王强", "13800001111"), "K");
            desk.record(new Visit(t("03-18 11:00"), "A", new Contact("李梅", Phone.parse("13900003333")), true, Optional.empty(),
                    Optional.empty(), false, Optional.of(new Relation(Phone.parse("13800001111"), Relation.Kind.SPOUSE)), Optional.empty(),
                    false, false, Visit.Purpose.VIEW, Optional.empty(), false, false, Optional.empty()), "K");
            desk.record(RegisterOffice.visit("03-19 10:00", "B", "周丽", "13600006666"), "K");
            CollisionViewModel c = check(o, "C");
            c.ask("13800001111", "周丽", false);
            assertThat(lines(c)).containsExactly(
                    "撞单预警:「王强」138****1111 已属 张三,保护至 3月25日(还剩 5 天) (OWN-1)",
                    "此电话已登记为「王强」:同一电话视为同一客户组(直系亲属) (REG-3)",
                    "同组客户:「李梅」139****3333,归属 张三 (REG-4)",
                    "同名不同电话:「周丽」136****6666 属 李四;同名不作为证据,经理核实为同一人方可合并 (REG-3)");
        }
    }

    @Test
    void aCommonNameListsFiveAndSaysHowManyMore() {
        try (Office o = RegisterOffice.staffed(dir)) {
            RegisterDesk desk = new RegisterDesk(o);
            for (int i = 0; i < 6; i++) {
                desk.record(RegisterOffice.visit("03-18 1" + i + ":00", "A", "王伟", "1370000000" + i), "K");
            }
            CollisionViewModel c = check(o, "B");
            c.ask("13800001111", "王伟", false);
            assertThat(lines(c)).hasSize(7).last().isEqualTo("另有 1 位同名客户「王伟」未列出 (REG-3)");
            assertThat(c.warnsProperty().get()).isFalse();
            assertThat(c.lines().get(1).style()).isEqualTo("info");
        }
    }

    @Test
    void reportsAndMaskedPhones() {
        try (Office o = RegisterOffice.staffed(dir)) {
            RegisterDesk desk = new RegisterDesk(o);
            desk.record(new Report(t("03-19 10:00"), "X", "蒋", MaskedPhone.parse("13512360000"), t("03-21 14:00")), "K");
            CollisionViewModel k = check(o, "K");
            k.ask("13512360000", "蒋先生", false);
            assertThat(lines(k)).containsExactly("新客户:此电话未登记过,首次登记者得 (OWN-1)",
                    "渠道报备:渠道-钱七 于 3月19日 报备「蒋」135****0000(本制度报备不产生归属) (RPT-2)");
            new Staff(o).setPolicy("channel-report", Map.of(), "M");
            desk.record(RegisterOffice.visit("03-18 10:00", "A", "张敏", "13810008893"), "K");
            k.ask("13512360000", "蒋先生", false);
            assertThat(lines(k)).containsExactly("新客户:此电话未登记过,首次登记者得 (OWN-1)",
                    "渠道报备:渠道-钱七 于 3月19日 报备「蒋」135****0000,有效至 3月26日(还剩 6 天) (RPT-3)");
            k.ask("138***08893", "张", false);
            assertThat(lines(k)).as("a masked phone only where the form allows it").isEmpty();
            k.ask("138***08893", "张", true);
            assertThat(lines(k)).containsExactly("隐号匹配:「张敏」138****8893,归属 张三 (REG-6)");
            desk.record(RegisterOffice.visit("03-18 11:00", "B", "张丽", "13820008893"), "K");
            k.ask("138***08893", "张", true);
            assertThat(lines(k)).containsExactly("隐号 138***08893 匹配到多位客户,须人工确认,不得自行选定 (REG-6)",
                    "隐号匹配:「张敏」138****8893,归属 张三 (REG-6)", "隐号匹配:「张丽」138****8893,归属 李四 (REG-6)");
            k.ask("139***08893", "张", true);
            assertThat(lines(k)).containsExactly("隐号 139***08893 未匹配到已登记客户 (REG-6)");
            desk.record(new Report(t("03-01 10:00"), "X", "孔", MaskedPhone.parse("13700005555"), t("03-02 10:00")), "K");
            k.ask("13700005555", "孔", false);
            assertThat(lines(k)).containsExactly("新客户:此电话未登记过,首次登记者得 (OWN-1)",
                    "渠道报备:渠道-钱七 于 3月1日 报备「孔」137****5555,已不再有效 (RPT-2)");
        }
    }

    @Test
    void anIncompletePhoneAsksNothingAndTheNewestAnswerWins() {
        try (Office o = RegisterOffice.staffed(dir)) {
            new RegisterDesk(o).record(RegisterOffice.visit("03-18 10:00", "A", "王强", "13800001111"), "K");
            RegisterOffice.HeldRunner runner = new RegisterOffice.HeldRunner();
            CollisionViewModel c = new CollisionViewModel(new CollisionCheck(o), "B", runner, RegisterOffice.messages());
            c.ask("1380000111", "王强", false);
            assertThat(runner.held).as("ten digits: no question").isEmpty();
            c.ask("13800001111", "王强", false);
            assertThat(c.checkingProperty().get()).isTrue();
            c.ask("13900003333", "李梅", false);
            runner.runLast();
            assertThat(lines(c)).containsExactly("新客户:此电话未登记过,首次登记者得 (OWN-1)");
            runner.runFirst();
            assertThat(lines(c)).as("the older answer, coming late, is dropped").containsExactly("新客户:此电话未登记过,首次登记者得 (OWN-1)");
            c.ask("13800001111", "王强", false);
            c.ask("1380000111", "王强", false);
            runner.runAll();
            assertThat(lines(c)).as("the phone was shortened again while the answer was on its way").isEmpty();
            assertThat(c.checkingProperty().get()).isFalse();
        }
    }
}
