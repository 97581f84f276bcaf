package org.anchang.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.anchang.store.AuditLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignInTest {

    @TempDir
    Path dir;

    @Test
    void theFirstSignInChoosesThePasswordWhichIsStoredOnlyAsASaltedHash() {
        try (Office o = OfficeFixture.staffed(dir)) {
            SignIn s = new SignIn(o);
            assertThat(s.people()).extracting(SignIn.Person::id).contains("M", "K", "A").doesNotContain("X");
            assertThat(s.hasPassword("A")).isFalse();
            assertThatThrownBy(() -> s.signIn("A", "123".toCharArray())).hasMessageStartingWith("密码");
            assertThat(s.signIn("A", "zhang-san".toCharArray()).role()).isEqualTo("consultant");
            assertThat(s.signIn("A", "zhang-san".toCharArray()).name()).isEqualTo("张三");
            assertThatThrownBy(() -> s.signIn("A", "wrong-one".toCharArray())).isInstanceOf(OfficeException.class)
                    .hasMessage("密码: 密码不正确");
            String stored = o.read(h -> h.createQuery("SELECT hash FROM credential").mapTo(String.class).one());
            assertThat(stored).startsWith("pbkdf2-sha256$600000$").doesNotContain("zhang-san");
            assertThat(o.read(AuditLog::verify)).isEmpty();
        }
    }

    @Test
    void aManagerResetsAPasswordAndAConsultantCannotResetAnothers() {
        try (Office o = OfficeFixture.staffed(dir)) {
            SignIn s = new SignIn(o);
            s.signIn("B", "li-si-01".toCharArray());
            assertThatThrownBy(() -> s.setPassword("B", "hacked-1".toCharArray(), "A")).hasMessageStartingWith("操作人");
            s.setPassword("B", "li-si-02".toCharArray(), "M");
            assertThatThrownBy(() -> s.signIn("B", "li-si-01".toCharArray())).hasMessageStartingWith("密码");
            assertThat(s.signIn("B", "li-si-02".toCharArray()).oversees()).isFalse();
            assertThat(s.signIn("M", "manager-1".toCharArray()).oversees()).isTrue();
            assertThatThrownBy(() -> s.signIn("X", "agent-123".toCharArray())).hasMessageStartingWith("用户");
        }
    }
}
