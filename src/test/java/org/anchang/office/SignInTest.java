package org.anchang.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.anchang.store.AuditLog;
import org.anchang.store.Database;
import org.anchang.testkit.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sign-in hardening: the manager sets first passwords, which must be changed; five wrong ones lock for five minutes. */
class SignInTest {

    @TempDir
    Path dir;

    final TestClock clock = new TestClock(OfficeFixture.NOW);

    private Office staffed() {
        Office o = Office.open(Database.openFile(dir, Database.Durability.FLUSH), clock);
        Staff s = new Staff(o);
        s.addPerson("M", "经理-孙八", "manager", "setup");
        s.addPerson("K", "内业-周敏", "clerk", "M");
        s.addPerson("A", "张三", "consultant", "M");
        s.addPerson("B", "李四", "consultant", "M");
        s.addPerson("X", "渠道-钱七", "agent", "M");
        return o;
    }

    private static int rows(Office o, String table) {
        return o.read(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Integer.class).one());
    }

    @Test
    void onlyTheOfficesFirstManagerChoosesTheirOwnPasswordNoOneElse() {
        try (Office o = staffed()) {
            SignIn s = new SignIn(o);
            assertThat(s.people()).extracting(SignIn.Person::id).containsExactly("A", "B", "K", "M");
            assertThat(s.choosesFirstPassword("A")).isFalse();
            assertThat(s.choosesFirstPassword("M")).isTrue();
            assertThatThrownBy(() -> s.signIn("A", "zhang-san".toCharArray())).isInstanceOf(OfficeException.class)
                    .hasMessage("密码: 尚未设置密码:请经理在「设置 → 人员」中为您设置初始密码");
            assertThat(rows(o, "credential")).isZero();

            assertThatThrownBy(() -> s.signIn("M", "123".toCharArray())).hasMessage("密码: 至少6位");
            SignIn.Result m = s.signIn("M", "manager-1".toCharArray());
            assertThat(m.person().role()).isEqualTo("manager");
            assertThat(m.mustChange()).isFalse();
            String stored = o.read(h -> h.createQuery("SELECT hash FROM credential").mapTo(String.class).one());
            assertThat(stored).startsWith("pbkdf2-sha256$600000$").doesNotContain("manager-1");

            // Once a manager has a password, a second manager no longer chooses theirs either.
            new Staff(o).addPerson("M2", "经理-吴九", "manager", "M");
            assertThat(s.choosesFirstPassword("M2")).isFalse();
            assertThatThrownBy(() -> s.signIn("M2", "manager-2".toCharArray())).hasMessageContaining("尚未设置密码");
            assertThatThrownBy(() -> s.signIn("X", "agent-123".toCharArray())).hasMessageStartingWith("用户");
            assertThat(o.read(AuditLog::verify)).isEmpty();
        }
    }

    @Test
    void aPasswordTheManagerSetsMustBeChangedAtTheFirstSignIn() {
        try (Office o = staffed()) {
            SignIn s = new SignIn(o);
            s.signIn("M", "manager-1".toCharArray());
            assertThatThrownBy(() -> s.setPassword("B", "hacked-1".toCharArray(), "A")).hasMessageStartingWith("操作人");
            assertThatThrownBy(() -> s.setPassword("A", "12345".toCharArray(), "M")).hasMessage("密码: 至少6位");
            s.setPassword("A", "start-a1".toCharArray(), "M");
            assertThat(s.accounts()).filteredOn(a -> a.person().id().equals("A"))
                    .extracting(SignIn.Account::password).containsExactly(SignIn.PasswordState.MUST_CHANGE);

            SignIn.Result first = s.signIn("A", "start-a1".toCharArray());
            assertThat(first.mustChange()).isTrue();
            assertThatThrownBy(() -> s.changePassword("A", "start-a1".toCharArray(), "start-a1".toCharArray()))
                    .hasMessage("新密码: 不能与原密码相同");
            assertThatThrownBy(() -> s.changePassword("A", "start-a1".toCharArray(), "abc".toCharArray()))
                    .hasMessage("新密码: 至少6位");
            assertThatThrownBy(() -> s.changePassword("A", "guess-it".toCharArray(), "zhang-san".toCharArray()))
                    .hasMessageStartingWith("密码: 密码不正确");
            assertThat(s.changePassword("A", "start-a1".toCharArray(), "zhang-san".toCharArray()).name()).isEqualTo("张三");

            assertThat(s.signIn("A", "zhang-san".toCharArray()).mustChange()).isFalse();
            assertThatThrownBy(() -> s.signIn("A", "start-a1".toCharArray())).hasMessageStartingWith("密码: 密码不正确");
            assertThat(s.accounts()).filteredOn(a -> a.person().id().equals("A"))
                    .extracting(SignIn.Account::password).containsExactly(SignIn.PasswordState.SET);
            // Nothing overwritten: three password rows for A (set by M, changed by A) and M's own.
            assertThat(o.<List<String>>read(h -> h.createQuery("SELECT recorded_by FROM credential WHERE person = 'A' ORDER BY id")
                    .mapTo(String.class).list())).containsExactly("M", "A");
            assertThat(o.read(AuditLog::verify)).isEmpty();
        }
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForFiveMinutesOnTheOfficeClock() {
        try (Office o = staffed()) {
            SignIn s = new SignIn(o);
            s.signIn("M", "manager-1".toCharArray());
            for (int i = 1; i <= 4; i++) {
                clock.advance(Duration.ofSeconds(10));
                assertThatThrownBy(() -> s.signIn("M", "wrong-one".toCharArray()))
                        .hasMessage("密码: 密码不正确(再错 " + (5 - i) + " 次将锁定 5 分钟)");
            }
            clock.advance(Duration.ofSeconds(10));
            LocalDateTime fifth = OfficeFixture.NOW.plusSeconds(50);
            assertThatThrownBy(() -> s.signIn("M", "wrong-one".toCharArray()))
                    .hasMessage("密码: 连续 5 次密码错误,账号已锁定至 18:05");
            // Locked: even the right password is refused, until five minutes after the fifth wrong one.
            assertThatThrownBy(() -> s.signIn("M", "manager-1".toCharArray())).hasMessage("密码: 账号已锁定,请于 18:05 后再试");
            assertThat(s.accounts()).filteredOn(a -> a.person().id().equals("M"))
                    .extracting(SignIn.Account::lockedUntil).containsExactly(java.util.Optional.of(fifth.plusMinutes(5)));
            clock.advance(Duration.ofMinutes(5).minusSeconds(1));
            assertThatThrownBy(() -> s.signIn("M", "manager-1".toCharArray())).hasMessageContaining("已锁定");
            clock.advance(Duration.ofSeconds(1));
            assertThat(s.signIn("M", "manager-1".toCharArray()).person().id()).isEqualTo("M");
            // After the lock, the count starts again.
            assertThatThrownBy(() -> s.signIn("M", "wrong-one".toCharArray())).hasMessageContaining("再错 4 次");

            List<Map<String, Object>> attempts = o.read(h -> h.createQuery(
                    "SELECT outcome, locked_until FROM signin_attempt ORDER BY id").mapToMap().list());
            assertThat(attempts).extracting(r -> r.get("outcome"))
                    .containsExactly("ok", "wrong", "wrong", "wrong", "wrong", "wrong", "locked", "locked", "ok", "wrong");
            assertThat(attempts.get(5).get("locked_until")).isNotNull();
            assertThat(o.<Integer>read(h -> h.createQuery("SELECT COUNT(*) FROM audit WHERE table_name = 'signin_attempt'")
                    .mapTo(Integer.class).one())).isEqualTo(10);
            assertThat(o.read(AuditLog::verify)).isEmpty();
        }
    }

    @Test
    void aRightPasswordOrANewOneFromTheManagerStartsTheCountAgain() {
        try (Office o = staffed()) {
            SignIn s = new SignIn(o);
            s.signIn("M", "manager-1".toCharArray());
            s.setPassword("B", "start-b1".toCharArray(), "M");
            for (int i = 0; i < 4; i++) {
                assertThatThrownBy(() -> s.signIn("B", "nope-nope".toCharArray())).hasMessageContaining("密码不正确");
            }
            s.signIn("B", "start-b1".toCharArray());
            assertThatThrownBy(() -> s.signIn("B", "nope-nope".toCharArray())).hasMessageContaining("再错 4 次");
            for (int i = 0; i < 4; i++) {
                assertThatThrownBy(() -> s.signIn("B", "nope-nope".toCharArray())).isInstanceOf(OfficeException.class);
            }
            assertThatThrownBy(() -> s.signIn("B", "start-b1".toCharArray())).hasMessageContaining("已锁定");
            // The manager sets a new password: the lock belonged to the old one.
            s.setPassword("B", "start-b2".toCharArray(), "M");
            assertThat(s.signIn("B", "start-b2".toCharArray()).mustChange()).isTrue();
        }
    }
}
