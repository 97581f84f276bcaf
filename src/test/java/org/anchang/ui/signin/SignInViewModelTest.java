package org.anchang.ui.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.anchang.office.Office;
import org.anchang.office.SignIn;
import org.anchang.office.Staff;
import org.anchang.store.Database;
import org.anchang.testkit.TestClock;
import org.anchang.ui.shell.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sign-in form without the toolkit: the first manager, a person without a password, a must-change password. */
class SignInViewModelTest {

    static final ResourceBundle M = ResourceBundle.getBundle("org.anchang.ui.messages", Locale.SIMPLIFIED_CHINESE);

    @TempDir
    Path dir;

    Office office;
    final List<SignIn.Person> in = new ArrayList<>();

    @BeforeEach
    void open() {
        office = Office.open(Database.openFile(dir, Database.Durability.FLUSH),
                new TestClock(java.time.LocalDateTime.of(2026, 11, 28, 9, 0)));
        Staff s = new Staff(office);
        s.addPerson("M01", "何建平", "manager", "setup");
        s.addPerson("C01", "李晓琳", "consultant", "M01");
        s.addPerson("C02", "王浩然", "consultant", "M01");
    }

    @AfterEach
    void close() {
        office.close();
    }

    private SignInViewModel form(String wanted) {
        SignInViewModel vm = new SignInViewModel(new SignIn(office), wanted, M, TaskRunner.SAME_THREAD);
        vm.load();
        return vm;
    }

    @Test
    void theOfficesFirstManagerIsPreselectedAndChoosesAPassword() {
        SignInViewModel vm = form("");
        assertThat(vm.people()).extracting(SignIn.Person::id).containsExactly("C01", "C02", "M01");
        assertThat(vm.whoProperty().get().id()).isEqualTo("M01");
        assertThat(vm.hintProperty().get()).startsWith("本案场的经理尚未设置密码");
        vm.passwordProperty().set("manager-1");
        vm.submit(in::add);
        assertThat(in).extracting(SignIn.Person::id).containsExactly("M01");
        assertThat(vm.passwordProperty().get()).isEmpty();

        // Next time: whoever signed in last is the first guess; a consultant without a password is told to ask.
        SignInViewModel again = form("");
        assertThat(again.whoProperty().get().id()).isEqualTo("M01");
        again.whoProperty().set(again.people().get(0));
        assertThat(again.hintProperty().get()).isEqualTo("尚未设置密码:请经理在「设置 → 人员」中为您设置初始密码。");
        again.passwordProperty().set("li-xiaolin");
        again.submit(in::add);
        assertThat(again.messageProperty().get()).isEqualTo("密码: 尚未设置密码:请经理在「设置 → 人员」中为您设置初始密码");
        assertThat(again.passwordProperty().get()).isEmpty();
        assertThat(in).hasSize(1);
    }

    @Test
    void aPasswordTheManagerSetIsChangedBeforeTheDeskOpens() {
        SignIn s = new SignIn(office);
        s.signIn("M01", "manager-1".toCharArray());
        s.setPassword("C02", "start-c2".toCharArray(), "M01");
        SignInViewModel vm = form("C02");
        assertThat(vm.whoProperty().get().id()).isEqualTo("C02");
        assertThat(vm.hintProperty().get()).isEmpty();
        vm.passwordProperty().set("wrong-one");
        vm.submit(in::add);
        assertThat(vm.messageProperty().get()).isEqualTo("密码: 密码不正确(再错 4 次将锁定 5 分钟)");
        vm.passwordProperty().set("start-c2");
        vm.submit(in::add);
        assertThat(in).isEmpty();
        assertThat(vm.changingProperty().get()).isTrue();
        assertThat(vm.hintProperty().get()).startsWith("此密码由经理设置");
        vm.nextProperty().set("wang-haoran");
        vm.confirmProperty().set("wang-haoran!");
        vm.submit(in::add);
        assertThat(vm.messageProperty().get()).isEqualTo("确认新密码: 两次输入不一致");
        vm.confirmProperty().set("wang-haoran");
        vm.submit(in::add);
        assertThat(in).extracting(SignIn.Person::id).containsExactly("C02");
        assertThat(vm.changingProperty().get()).isFalse();
        assertThat(s.signIn("C02", "wang-haoran".toCharArray()).mustChange()).isFalse();
    }
}
