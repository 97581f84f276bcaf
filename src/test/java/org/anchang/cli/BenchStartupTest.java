package org.anchang.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench startup} runs: the desk and the empty window both reach their first frame and report it through the
 * probe (headless, on Monocle from the test class path; one run each, untimed: the numbers are not checked).
 */
class BenchStartupTest {

    @TempDir
    Path dir;

    @Test
    void bothChildrenReachTheirFirstFrameAndTheRatioIsPrinted() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String cache = Path.of("target", "javafx-cache").toAbsolutePath().toString();
        int code = AnchangCommand.run(new PrintWriter(out), new PrintWriter(err), "bench", "startup", "--runs", "1", "--warmup", "0",
                "--data", dir.toString(), "--jvm-option=-Dglass.platform=Monocle", "--jvm-option=-Dmonocle.platform=Headless",
                "--jvm-option=-Dprism.order=sw", "--jvm-option=-Djavafx.cachedir=" + cache, "--jvm-option=-Xmx256m");
        assertThat(err.toString()).isEmpty();
        assertThat(code).isZero();
        assertThat(out.toString()).containsPattern("run 1: desk_ms=\\d+  empty_ms=\\d+")
                .containsPattern("desk_median_ms=\\d+").containsPattern("empty_median_ms=\\d+");
        assertThat(out.toString().strip().lines().reduce((a, b) -> b).orElseThrow()).matches("ratio=\\d+\\.\\d\\d");
    }

    @Test
    void badNumbersAreBadInput() {
        StringWriter err = new StringWriter();
        int code = AnchangCommand.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "bench", "startup", "--runs", "0");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString().strip().lines()).hasSize(1).allMatch(l -> l.startsWith("错误: "));
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(BenchStartup.median(new long[] {5, 1, 3})).isEqualTo(3.0);
        assertThat(BenchStartup.median(new long[] {4, 1, 3, 10})).isEqualTo(3.5);
    }
}
