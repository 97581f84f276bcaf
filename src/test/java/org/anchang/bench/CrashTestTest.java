package org.anchang.bench;

import org.anchang.store.Database;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash test at CI size ({@code bench crash} runs it at 100 rounds): a child JVM on this test class path
 * records entries, is killed with SIGKILL, and the reopened database has every entry it reported as
 * committed, with its audit chain whole. Also one child killed while it creates a new database.
 */
class CrashTestTest {

    @TempDir
    Path dir;

    private CrashTest crashTest(long seed) {
        return new CrashTest(new CrashTest.Config(dir.resolve("office"), Database.DEFAULT_DURABILITY,
                CrashTest.Config.java(System.getProperty("java.class.path")), 300, 2000, seed));
    }

    @Test
    void everyEntryReportedAsCommittedIsThereAfterSigkill() throws InterruptedException {
        CrashTest test = crashTest(System.nanoTime());
        for (int i = 0; i < 3; i++) {
            CrashTest.Round r = test.round();
            System.out.println(CrashTest.describe(r));
            assertThat(r.exitStatus()).as("killed by SIGKILL").isEqualTo(CrashTest.SIGKILL_STATUS);
            assertThat(r.ok()).as(CrashTest.describe(r)).isTrue();
            assertThat(r.found()).isEqualTo(r.committed());
        }
        assertThat(test.reportedTotal()).as("the children committed something before they were killed").isPositive();
    }

    @Test
    void aChildKilledWhileCreatingTheDatabaseLeavesOneThatOpens() throws InterruptedException {
        CrashTest.Round r = crashTest(System.nanoTime()).round(CrashTest.Moment.CREATING);
        System.out.println(CrashTest.describe(r));
        assertThat(r.ok()).as(CrashTest.describe(r)).isTrue();
    }
}
