package org.anchang.ui.customers;

import static org.anchang.ui.customers.CustomersOffice.A;
import static org.anchang.ui.customers.CustomersOffice.B;
import static org.anchang.ui.customers.CustomersOffice.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.anchang.office.CustomerFile;
import org.anchang.office.Office;
import org.anchang.office.RegisterDesk;
import org.anchang.office.SignIn;
import org.anchang.rules.Grading.Factor;
import org.anchang.ui.customers.MyCustomersViewModel.Filter;
import org.anchang.ui.shell.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The customer screens' view models without the toolkit: type-ahead search, the file's lines, grading, 我的客户. */
class CustomersViewModelTest {

    @TempDir
    Path dir;

    Office office;
    CustomerFile files;

    @BeforeEach
    void open() {
        office = CustomersOffice.open(dir);
        files = new CustomerFile(office);
    }

    @AfterEach
    void close() {
        office.close();
    }

    CustomersViewModel vm(SignIn.Person user, TaskRunner runner) {
        GradeFormModel form = new GradeFormModel(new RegisterDesk(office), user.id(), runner, CustomersOffice.messages(), office::now);
        return new CustomersViewModel(files, form, user, runner, CustomersOffice.messages());
    }

    @Test
    void typingPartOfAPhoneListsTheGroupsWithOwnerAndProtection() {
        CustomersViewModel vm = vm(MANAGER, TaskRunner.SAME_THREAD);
        vm.queryProperty().set("0000111");
        assertThat(vm.hits()).singleElement().satisfies(h -> {
            assertThat(h.customer()).isEqualTo("王强");
            assertThat(h.phone()).isEqualTo("13800001111");
            assertThat(h.owner()).isEqualTo("张三");
            assertThat(h.status()).isEqualTo("保护至 3月26日");
        });
        assertThat(vm.searchInfoProperty().get()).isEqualTo("找到 1 组客户");
        vm.queryProperty().set("13");
        assertThat(vm.hits()).isEmpty();
        assertThat(vm.searchInfoProperty().get()).isEqualTo("电话请至少输入3位数字");
        vm.queryProperty().set("钱多多");
        assertThat(vm.searchInfoProperty().get()).isEqualTo("没有找到「钱多多」");
        vm.queryProperty().set("");
        assertThat(vm.searchInfoProperty().get()).isEmpty();
    }

    @Test
    void aSearchAnswerThatComesAfterANewerSearchIsDropped() {
        CustomersOffice.HeldRunner held = new CustomersOffice.HeldRunner();
        CustomersViewModel vm = vm(MANAGER, held);
        vm.queryProperty().set("王强");
        vm.queryProperty().set("王芳");
        held.runLast();                    // 王芳 answers first
        held.runAll();                     // then the older 王强
        assertThat(vm.hits()).extracting(CustomersViewModel.HitRow::customer).containsExactly("王芳");
    }

    @Test
    void theFileShowsOwnerCountdownStageAndTheJudgesLines() {
        CustomersViewModel vm = vm(A, TaskRunner.SAME_THREAD);
        vm.open("13800001111");
        assertThat(vm.titleProperty().get()).isEqualTo("王强");
        assertThat(vm.phonesProperty().get()).isEqualTo("13800001111");
        assertThat(vm.ownerProperty().get()).isEqualTo("归属:张三");
        assertThat(vm.protectionProperty().get()).isEqualTo("保护至 3月26日,还剩 6 天");
        assertThat(vm.stageProperty().get()).isEqualTo("阶段:意向");
        assertThat(vm.gradeProperty().get()).isEqualTo("评级:未评");
        assertThat(vm.collisionsProperty().get()).isEqualTo("撞单:李四");
        assertThat(vm.maskedProperty().get()).isEmpty();
        assertThat(vm.canGradeProperty().get()).isTrue();
        assertThat(vm.timeline()).extracting(CustomersViewModel.TimelineRow::kind).containsExactly("来访", "跟进", "来访");
        assertThat(vm.history()).extracting(CustomersViewModel.HistoryRow::rule).startsWith("OWN-1", "PROT-3");
        assertThat(vm.followUps()).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo("PROT-7");
            assertThat(f.due()).isEqualTo("3月21日 10:00");
        });
    }

    @Test
    void aCorrectedEntryIsStruckWithWhoAndWhy() {
        CustomersViewModel vm = vm(MANAGER, TaskRunner.SAME_THREAD);
        vm.open("13700003333");
        assertThat(vm.timeline()).hasSize(2);
        CustomersViewModel.TimelineRow old = vm.timeline().get(0);
        assertThat(old.struck()).isTrue();
        assertThat(old.consultant()).isEqualTo("张三");
        assertThat(old.change()).startsWith("已被第 ").contains("内业-周敏").contains("接待顾问写错了,应为李四");
        assertThat(vm.timeline().get(1).struck()).isFalse();
        assertThat(vm.timeline().get(1).change()).startsWith("更正第 " + (vm.timeline().get(0).id()) + " 号");
    }

    @Test
    void anotherConsultantSeesTheOwnerAndDatesButNotThePhone() {
        CustomersViewModel vm = vm(B, TaskRunner.SAME_THREAD);
        vm.queryProperty().set("王强");
        assertThat(vm.hits()).singleElement().satisfies(h -> assertThat(h.phone()).isEqualTo("138****1111"));
        vm.open("13800001111");
        assertThat(vm.phonesProperty().get()).isEqualTo("138****1111");
        assertThat(vm.ownerProperty().get()).isEqualTo("归属:张三");
        assertThat(vm.protectionProperty().get()).contains("3月26日");
        assertThat(vm.maskedProperty().get()).isEqualTo("您不是此客户的归属顾问,电话已隐藏");
        assertThat(vm.canGradeProperty().get()).isFalse();
        vm.grade();
        assertThat(vm.gradeForm().openProperty().get()).as("no form for a non-owner").isFalse();
    }

    @Test
    void theGradingFormShowsTheClassAsScoresChangeAndSavesANewEntry() {
        CustomersViewModel vm = vm(A, TaskRunner.SAME_THREAD);
        vm.open("13800001111");
        vm.grade();
        GradeFormModel form = vm.gradeForm();
        assertThat(form.openProperty().get()).isTrue();
        assertThat(form.titleProperty().get()).isEqualTo("客户评分 · 王强");
        assertThat(form.resultProperty().get()).isEqualTo("得分 50 → B 意向");
        assertThat(form.weightProperty(Factor.FINANCE).get()).isEqualTo("权重 25");
        for (Factor f : Factor.values()) {
            form.scoreProperty(f).set(5);
        }
        assertThat(form.resultProperty().get()).isEqualTo("得分 100 → A 优质");
        form.declinedProperty().set(true);
        assertThat(form.resultProperty().get()).isEqualTo("得分 100 → D 无效");
        form.declinedProperty().set(false);
        form.noteProperty().set("  首付已备好 ");
        form.save();
        assertThat(form.openProperty().get()).isFalse();
        assertThat(form.savedProperty().get()).isEqualTo("已保存评分:得分 100 → A 优质");
        assertThat(vm.gradeProperty().get()).isEqualTo("评级:A 优质(100 分)");
        assertThat(vm.grades()).singleElement().satisfies(g -> {
            assertThat(g.level()).isEqualTo("A 优质");
            assertThat(g.note()).isEqualTo("首付已备好");
            assertThat(g.factors()).startsWith("财力 5 · 购买动机 5");
        });
        assertThat(vm.timeline()).extracting(CustomersViewModel.TimelineRow::kind).contains("评级");
        vm.grade();
        form.scoreProperty(Factor.MOTIVE).set(0);
        form.save();
        assertThat(form.openProperty().get()).as("refused on its field").isTrue();
        assertThat(form.errorFieldProperty().get()).isEqualTo("motive");
        assertThat(vm.grades()).hasSize(1);
    }

    @Test
    void aRefusalByTheOfficeIsShownOnTheForm() {
        // The screen offers no form here; were one saved anyway, the office refuses it on the 评分人 field.
        CustomersViewModel vm = vm(A, TaskRunner.SAME_THREAD);
        vm.open("13911112222");
        assertThat(vm.canGradeProperty().get()).as("王芳 is D's").isFalse();
        GradeFormModel form = vm.gradeForm();
        form.open("13911112222", "王芳", files.grading());
        form.save();
        assertThat(form.openProperty().get()).isTrue();
        assertThat(form.errorProperty().get()).startsWith("评分人").contains("归属顾问");
    }

    @Test
    void myCustomersListsAConsultantsOwnGroupsAndFiltersThem() {
        MyCustomersViewModel mine = new MyCustomersViewModel(files, CustomersOffice.MANAGER, TaskRunner.SAME_THREAD,
                CustomersOffice.messages());
        mine.load();
        assertThat(mine.canPickProperty().get()).isTrue();
        assertThat(mine.consultants()).extracting(c -> c.label()).containsExactly("张三", "李四", "王五", "赵六");
        assertThat(mine.consultantProperty().get()).isEqualTo("A");
        assertThat(mine.rows()).extracting(MyCustomersViewModel.MineRow::customer).containsExactly("王强");
        mine.consultantProperty().set("D");
        assertThat(mine.rows()).singleElement().satisfies(r -> {
            assertThat(r.customer()).isEqualTo("王芳");
            assertThat(r.status()).isEqualTo("今日待跟进");
            assertThat(r.overdue()).isTrue();
            assertThat(r.due()).isEqualTo("已逾期 3月16日 10:00");
            assertThat(r.until()).isEqualTo("3月22日");
            assertThat(r.leftText()).isEqualTo("2");
        });
        assertThat(mine.labelProperty(Filter.LAPSING).get()).isEqualTo("2天内到期 1");
        assertThat(mine.labelProperty(Filter.DEALT).get()).isEqualTo("已成交 0");
        mine.filterProperty().set(Filter.DEALT);
        assertThat(mine.rows()).isEmpty();
        mine.filterProperty().set(Filter.DUE_TODAY);
        assertThat(mine.rows()).hasSize(1);

        MyCustomersViewModel own = new MyCustomersViewModel(files, B, TaskRunner.SAME_THREAD, CustomersOffice.messages());
        own.load();
        assertThat(own.canPickProperty().get()).isFalse();
        assertThat(own.rows()).extracting(MyCustomersViewModel.MineRow::customer).containsExactly("赵敏");
        assertThat(own.messageProperty().get()).isEqualTo("1 位客户");
    }

    @Test
    void aManagerOfAnOfficeWithoutConsultantsGetsAnEmptyList(@TempDir Path other) {
        try (Office o = Office.open(org.anchang.store.Database.openFile(other, org.anchang.store.Database.Durability.FLUSH),
                java.time.Clock.fixed(CustomersOffice.NOW.atZone(Office.ZONE).toInstant(), java.time.ZoneOffset.UTC))) {
            new org.anchang.office.Staff(o).addPerson("M", "经理-孙八", "manager", "setup");
            MyCustomersViewModel mine = new MyCustomersViewModel(new CustomerFile(o), MANAGER, TaskRunner.SAME_THREAD,
                    CustomersOffice.messages());
            mine.load();
            assertThat(mine.consultants()).isEmpty();
            assertThat(mine.rows()).isEmpty();
            assertThat(mine.busyProperty().get()).isFalse();
        }
    }
}
