package org.anchang.ui.firststart;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.anchang.office.BoardDesk;
import org.anchang.office.NewOffice;
import org.anchang.office.Office;
import org.anchang.office.SignIn;
import org.anchang.office.Staff;
import org.anchang.store.Database;
import org.anchang.ui.board.BoardViewModel;
import org.anchang.ui.shell.Dialogs;
import org.anchang.ui.shell.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The new-office wizard without the toolkit: each page checked before the next, the office made, the board opened. */
class NewOfficeViewModelTest {

    static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    static final ResourceBundle M = ResourceBundle.getBundle("org.anchang.ui.messages", Locale.SIMPLIFIED_CHINESE);

    @TempDir
    Path dir;

    Office office;
    NewOfficeViewModel vm;
    final List<SignIn.Person> opened = new ArrayList<>();

    @BeforeEach
    void open() {
        Clock clock = Clock.fixed(LocalDateTime.of(2026, 12, 1, 8, 30).atZone(Office.ZONE).toInstant(), ZoneOffset.UTC);
        office = Office.open(Database.openFile(dir, Database.Durability.FLUSH), clock);
        vm = new NewOfficeViewModel(M, TaskRunner.SAME_THREAD, DAY);
    }

    @AfterEach
    void close() {
        office.close();
    }

    private void fillManager() {
        vm.projectProperty().set("翠湖·天玺");
        vm.presetProperty().set("rotation-15d");
        vm.next();
        vm.managerNameProperty().set("何建平");
        vm.passwordProperty().set("manager-1");
        vm.confirmProperty().set("manager-1");
        vm.next();
    }

    @Test
    void eachPageIsCheckedBeforeTheNextNamingTheField() {
        assertThat(vm.presets()).hasSize(11);
        vm.next();
        assertThat(vm.pageProperty().get()).isZero();
        assertThat(vm.messageProperty().get()).isEqualTo("项目名称: 不能为空");
        vm.projectProperty().set("翠湖·天玺");
        vm.next();
        assertThat(vm.pageProperty().get()).isEqualTo(1);
        assertThat(vm.managerIdProperty().get()).isEqualTo("M01");
        vm.managerNameProperty().set("何建平");
        vm.passwordProperty().set("12345");
        vm.next();
        assertThat(vm.messageProperty().get()).isEqualTo("经理密码: 至少6位");
        vm.passwordProperty().set("manager-1");
        vm.confirmProperty().set("manager-2");
        vm.next();
        assertThat(vm.messageProperty().get()).isEqualTo("确认密码: 两次输入不一致");
        assertThat(vm.errorProperty().get()).isTrue();
        vm.confirmProperty().set("manager-1");
        vm.next();
        assertThat(vm.pageProperty().get()).isEqualTo(NewOfficeViewModel.LAST);
        assertThat(vm.errorProperty().get()).isFalse();
        vm.create(plan -> NewOffice.create(office, plan), opened::add);
        assertThat(vm.messageProperty().get()).isEqualTo("置业顾问: 至少填写一位置业顾问");
        assertThat(opened).isEmpty();
        assertThat(new Staff(office).people()).isEmpty();
        vm.back();
        assertThat(vm.pageProperty().get()).isEqualTo(1);
    }

    @Test
    void consultantIdsAreNumberedAsTypedAndTheLastRowAlwaysStaysEmpty() {
        assertThat(vm.consultants()).hasSize(4);
        vm.consultants().get(0).nameProperty().set("张三");
        vm.consultants().get(1).nameProperty().set("李四");
        vm.consultants().get(1).idProperty().set("C01");
        assertThat(vm.consultants().get(0).generatedProperty().get()).isEqualTo("C02");
        assertThat(vm.consultants().get(1).generatedProperty().get()).isEqualTo("C01");
        assertThat(vm.consultants().get(2).generatedProperty().get()).isEmpty();
        vm.consultants().get(3).nameProperty().set("赵六");
        assertThat(vm.consultants()).hasSize(5);
        assertThat(vm.consultants().get(3).generatedProperty().get()).isEqualTo("C03");
        vm.removeConsultant(0);
        assertThat(vm.consultants().get(2).generatedProperty().get()).isEqualTo("C02");
        assertThat(vm.plan().consultants()).extracting(NewOffice.Consultant::name).containsExactly("李四", "赵六");
    }

    @Test
    void aNewOfficeWithItsManagerAndConsultantsOpensTodaysBoard() {
        fillManager();
        vm.consultants().get(0).nameProperty().set("张三");
        vm.consultants().get(1).nameProperty().set("李四");
        vm.consultants().get(2).nameProperty().set("王五");
        vm.create(plan -> NewOffice.create(office, plan), opened::add);
        assertThat(vm.errorProperty().get()).as(vm.messageProperty().get()).isFalse();
        assertThat(opened).containsExactly(new SignIn.Person("M01", "何建平", "manager"));
        assertThat(vm.passwordProperty().get()).isEmpty();
        assertThat(office.policy().id()).isEqualTo("rotation-15d");
        assertThat(new Staff(office).people()).extracting(Staff.Member::id).containsExactly("C01", "C02", "C03", "M01");

        BoardViewModel board = new BoardViewModel(new BoardDesk(office), DAY, "M01", TaskRunner.SAME_THREAD, new NoDialogs(), M);
        board.load();
        assertThat(board.cards()).extracting(BoardViewModel.Card::name).containsExactly("张三", "李四", "王五");
        assertThat(board.cards().get(0).phoneDuty()).isTrue();
        assertThat(new SignIn(office).signIn("M01", "manager-1".toCharArray()).mustChange()).isFalse();
    }

    @Test
    void anOfficeRefusalBringsBackThePageOfItsField() {
        fillManager();
        vm.consultants().get(0).nameProperty().set("张三");
        vm.consultants().get(0).idProperty().set("M01");
        vm.create(plan -> NewOffice.create(office, plan), opened::add);
        assertThat(vm.pageProperty().get()).isEqualTo(2);
        assertThat(vm.messageProperty().get()).isEqualTo("第 1 行 置业顾问编号: 「M01」已被使用");
        vm.consultants().get(0).idProperty().set("");
        vm.back();
        vm.managerIdProperty().set("经理 1");
        vm.next();
        vm.create(plan -> NewOffice.create(office, plan), opened::add);
        assertThat(vm.pageProperty().get()).isEqualTo(1);
        assertThat(vm.messageProperty().get()).startsWith("经理编号: 应为1–32位");
        assertThat(opened).isEmpty();
        assertThat(new Staff(office).people()).isEmpty();
    }

    static final class NoDialogs implements Dialogs {
        @Override
        public java.util.Optional<String> choose(String title, List<Choice> choices) {
            return java.util.Optional.empty();
        }
    }
}
