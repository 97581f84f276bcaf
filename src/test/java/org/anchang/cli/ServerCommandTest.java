package org.anchang.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.h2.engine.SysProperties;
import org.h2.tools.Server;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code server}: the database it serves is the data directory's {@code office.mv.db}, migrated before it is
 * served; a desk reaches it with {@code --db tcp://HOST:PORT/office}; a mistyped name makes no new database.
 * Servers here listen on loopback only (h2.bindAddress, set by the pom).
 */
class ServerCommandTest {

    static {
        System.setProperty("h2.bindAddress", "127.0.0.1");
    }

    @TempDir
    Path dir;

    @BeforeAll
    static void loopbackOnly() {
        assertThat(SysProperties.BIND_ADDRESS).as("h2.bindAddress: test servers listen on loopback only").isEqualTo("127.0.0.1");
    }

    @Test
    void theHelpSaysTheFileStaysOnThisPcsDisk() {
        CommandLineTest.Run help = CommandLineTest.run("server", "--help");
        assertThat(help.out()).contains("--port", "--data", "本地磁盘", "网络共享盘", "--db tcp://");
    }

    @Test
    void aDeskVerifiesTheServedDatabaseAndAMistypedNameCreatesNothing() {
        Server server = ServerCommand.start(dir, 0, false);
        try {
            assertThat(dir.resolve("office.mv.db")).exists();
            CommandLineTest.Run verify = CommandLineTest.run("verify", "--db", "tcp://localhost:" + server.getPort() + "/office");
            assertThat(verify.code()).as(verify.err()).isZero();
            assertThat(verify.out()).startsWith("审计链完好: 0 条记录");
            CommandLineTest.Run typo = CommandLineTest.run("verify", "--db", "tcp://localhost:" + server.getPort() + "/ofice");
            assertThat(typo.code()).isNotZero();
            assertThat(dir.resolve("ofice.mv.db")).doesNotExist();
        } finally {
            server.stop();
        }
    }

    @Test
    void aPortInUseIsBadInput() {
        Server server = ServerCommand.start(dir.resolve("a"), 0, false);
        try {
            assertThatThrownBy(() -> ServerCommand.start(dir.resolve("b"), server.getPort(), false))
                    .isInstanceOf(BadInputException.class).hasMessageContaining("--port");
        } finally {
            server.stop();
        }
        assertThat(CommandLineTest.run("server", "--port", "70000").code()).isEqualTo(2);
    }
}
