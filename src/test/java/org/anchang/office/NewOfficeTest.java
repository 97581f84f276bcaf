package org.anchang.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.anchang.store.AuditLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewOfficeTest {

    @TempDir
    Path dir;

    static final LocalDate DAY = LocalDate.of(2026, 3, 20);

    static NewOffice.Plan plan(List<NewOffice.Consultant> consultants) {
        return new NewOffice.Plan("翠湖·天玺", "rotation-15d", "M01", "何建平", "manager-1".toCharArray(), consultants, DAY);
    }

    @Test
    void blankIdsAreNumberedAroundTheTypedOnes() {
        assertThat(NewOffice.ids(List.of("", "C01", " ", "X9", ""), "C02")).containsExactly("C03", "C01", "C04", "X9", "C05");
    }

    @Test
    void aNewOfficeHasItsManagerConsultantsRegimeAndTodaysRosterInOneAction() {
        try (Office o = OfficeFixture.open(dir)) {
            SignIn.Person m = NewOffice.create(o, plan(List.of(new NewOffice.Consultant("", "张三"),
                    new NewOffice.Consultant("L7", "李四"), new NewOffice.Consultant("", "王五"))));
            assertThat(m).isEqualTo(new SignIn.Person("M01", "何建平", "manager"));
            assertThat(new Staff(o).people()).extracting(Staff.Member::id, Staff.Member::role).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("C01", "consultant"), org.assertj.core.groups.Tuple.tuple("C02", "consultant"),
                    org.assertj.core.groups.Tuple.tuple("L7", "consultant"), org.assertj.core.groups.Tuple.tuple("M01", "manager"));
            assertThat(new Staff(o).roster(DAY)).contains(List.of("C01", "L7", "C02"));
            assertThat(o.policy().id()).isEqualTo("rotation-15d");
            assertThat(new BoardDesk(o).project()).contains("翠湖·天玺");
            assertThat(new BoardDesk(o).day(DAY).order()).containsExactly("C01", "L7", "C02");
            // The manager chose the password: no change needed, and the office's first-manager way in is closed.
            assertThat(new SignIn(o).signIn("M01", "manager-1".toCharArray()).mustChange()).isFalse();
            assertThat(new SignIn(o).choosesFirstPassword("M01")).isFalse();
            assertThat(o.read(AuditLog::verify)).isEmpty();
            assertThatThrownBy(() -> NewOffice.create(o, plan(List.of(new NewOffice.Consultant("", "赵六")))))
                    .hasMessageStartingWith("数据目录");
        }
    }

    @Test
    void aBadPlanIsRefusedNamingTheFieldAndLeavesNothing() {
        try (Office o = OfficeFixture.open(dir)) {
            assertThatThrownBy(() -> NewOffice.create(o, plan(List.of()))).hasMessage("置业顾问: 至少要有一位置业顾问");
            assertThatThrownBy(() -> NewOffice.create(o, plan(List.of(new NewOffice.Consultant("", "张三"),
                    new NewOffice.Consultant("", " "))))).hasMessage("第 2 行 置业顾问姓名: 不能为空");
            assertThatThrownBy(() -> NewOffice.create(o, plan(List.of(new NewOffice.Consultant("M01", "张三")))))
                    .hasMessage("第 1 行 置业顾问编号: 「M01」已被使用");
            assertThatThrownBy(() -> NewOffice.create(o, new NewOffice.Plan("翠湖", "sales-dept", "经理", "何建平",
                    "manager-1".toCharArray(), List.of(new NewOffice.Consultant("", "张三")), DAY)))
                    .hasMessageStartingWith("经理编号: 应为1–32位");
            assertThatThrownBy(() -> NewOffice.create(o, new NewOffice.Plan("翠湖", "sales-dept", "M01", "何建平",
                    "short".toCharArray(), List.of(new NewOffice.Consultant("", "张三")), DAY))).hasMessage("经理密码: 至少6位");
            assertThatThrownBy(() -> NewOffice.create(o, new NewOffice.Plan(" ", "sales-dept", "M01", "何建平",
                    "manager-1".toCharArray(), List.of(new NewOffice.Consultant("", "张三")), DAY))).hasMessage("项目名称: 不能为空");
            assertThatThrownBy(() -> NewOffice.create(o, new NewOffice.Plan("翠湖", "no-such", "M01", "何建平",
                    "manager-1".toCharArray(), List.of(new NewOffice.Consultant("", "张三")), DAY))).hasMessageStartingWith("制度");
            assertThat(o.<Integer>read(h -> h.createQuery("SELECT (SELECT COUNT(*) FROM consultant) + (SELECT COUNT(*) FROM setting) "
                    + "+ (SELECT COUNT(*) FROM credential) + (SELECT COUNT(*) FROM audit)").mapTo(Integer.class).one())).isZero();
        }
    }
}
