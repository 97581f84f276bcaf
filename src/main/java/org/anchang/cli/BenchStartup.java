package org.anchang.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.anchang.Launcher;
import org.anchang.bench.EmptyWindow;
import org.anchang.ui.shell.DeskHooks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench startup}: how long the desk takes to its first drawn window, against an empty JavaFX window. Each run
 * is a fresh JVM from the same jar with the same options: {@code java -cp anchang.jar org.anchang.Launcher} on a
 * sample office made first in a temp directory, or {@code org.anchang.bench.EmptyWindow}; both write the wall-clock
 * time of their first frame to the file {@code -Danchang.startupProbe} names ({@link DeskHooks}), and a run's time
 * is that minus the moment this process started the child. One warm-up each, then the runs interleaved; the
 * medians are reported and the last line is {@code ratio=<desk/empty>}. Needs a display: under Linux without one,
 * {@code xvfb-run -a -s "-screen 0 1920x1080x24" java -jar target/anchang.jar bench startup}.
 */
@Command(name = "startup", description = "启动速度基准:程序到第一个窗口画出的时间,对比同一 JVM 设置下的空 JavaFX 窗口;末行 ratio=<本程序/空窗口>")
public final class BenchStartup implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--runs", description = "每种各启动几次,取中位数(默认 ${DEFAULT-VALUE})")
    int runs = 5;

    @Option(names = "--java", paramLabel = "JAVA", description = "启动子进程的 java(默认为本进程的 java;也可用安装包里的 lib/runtime/bin/java)")
    Path java = Path.of(System.getProperty("java.home"), "bin", isWindows() ? "java.exe" : "java");

    @Option(names = "--jar", paramLabel = "anchang.jar", description = "要测的程序包(默认为本程序所在的 jar)")
    Path jar;

    @Option(names = "--jvm-option", paramLabel = "OPT", description = "两种子进程都加的 JVM 参数,可重复,例如 --jvm-option=-Xshare:off;-Dglass.platform=Monocle(类路径上须有 Monocle)则无需显示器")
    List<String> jvmOptions = new ArrayList<>();

    @Option(names = "--data", paramLabel = "DIR", description = "已有的案场数据目录(默认新建临时目录并载入示例案场,结束后删除)")
    Path data;

    @Option(names = "--warmup", description = "不计时的预热启动次数,每种各几次(默认 ${DEFAULT-VALUE})")
    int warmup = 1;

    @Option(names = "--timeout", description = "单次启动最长等待秒数(默认 ${DEFAULT-VALUE})")
    int timeoutSeconds = 60;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        if (runs < 1 || timeoutSeconds < 1 || warmup < 0) {
            throw new BadInputException("--runs 与 --timeout 至少为 1, --warmup 不能为负");
        }
        boolean headless = jvmOptions.contains("-Dglass.platform=Monocle");
        if (!headless && !isWindows() && !System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("mac")
                && isBlank(System.getenv("DISPLAY")) && isBlank(System.getenv("WAYLAND_DISPLAY"))) {
            throw new BadInputException("没有图形显示(DISPLAY);无显示器时请用 xvfb-run -a -s \"-screen 0 1920x1080x24\" 运行");
        }
        String classpath = jar != null ? jar.toString() : BenchCrash.classpath();
        if (jar != null && !Files.isRegularFile(jar)) {
            throw new BadInputException("--jar: 找不到 " + jar);
        }
        if (!Files.isExecutable(java)) {
            throw new BadInputException("--java: 找不到可执行的 " + java);
        }
        Path work = Files.createTempDirectory("anchang-startup");
        try {
            Path office = data != null ? data : sampleOffice(work.resolve("office"), classpath);
            out.printf(Locale.ROOT, "bench startup  runs=%d each (after %d warm-up each), interleaved%n", runs, warmup);
            out.printf(Locale.ROOT, "java=%s  options=%s%nclasspath=%s%noffice=%s%n", java, jvmOptions, classpath, office);
            out.println("time = the child's first frame drawn (second animation pulse after its first window is showing) "
                    + "minus the moment this process started it");
            out.flush();
            List<String> desk = List.of("-Danchang.data=" + office, Launcher.class.getName());
            List<String> empty = List.of(EmptyWindow.class.getName());
            for (int i = 0; i < warmup; i++) {
                time(work, classpath, desk);
                time(work, classpath, empty);
            }
            long[] deskMs = new long[runs];
            long[] emptyMs = new long[runs];
            for (int i = 0; i < runs; i++) {
                deskMs[i] = time(work, classpath, desk);
                emptyMs[i] = time(work, classpath, empty);
                out.printf(Locale.ROOT, "run %d: desk_ms=%d  empty_ms=%d%n", i + 1, deskMs[i], emptyMs[i]);
                out.flush();
            }
            double d = median(deskMs);
            double e = median(emptyMs);
            out.printf(Locale.ROOT, "desk_median_ms=%.0f  (java -cp anchang.jar %s, the office above)%n", d, Launcher.class.getName());
            out.printf(Locale.ROOT, "empty_median_ms=%.0f  (java -cp anchang.jar %s)%n", e, EmptyWindow.class.getName());
            out.printf(Locale.ROOT, "ratio=%.2f%n", d / e);
            return 0;
        } finally {
            delete(work);
        }
    }

    /** A fresh data directory with the sample office: {@code demo --data DIR} in a child (its log stays in DIR). */
    private Path sampleOffice(Path dir, String classpath) throws IOException, InterruptedException {
        Path log = dir.resolveSibling("demo.txt");
        Process p = new ProcessBuilder(java.toString(), "-cp", classpath, Launcher.class.getName(), "demo", "--data", dir.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new BadInputException("示例案场未能建立: " + Files.readString(log, StandardCharsets.UTF_8).strip());
        }
        return dir;
    }

    /** One child JVM to its first frame, then stopped; the milliseconds from its start to that frame. */
    private long time(Path work, String classpath, List<String> mainAndOptions) throws IOException, InterruptedException {
        Path probe = work.resolve("first-frame");
        Files.deleteIfExists(probe);
        List<String> cmd = new ArrayList<>();
        cmd.add(java.toString());
        cmd.addAll(jvmOptions);
        cmd.add("-D" + DeskHooks.PROBE + "=" + probe);
        cmd.add("-cp");
        cmd.add(classpath);
        cmd.addAll(mainAndOptions);
        Path log = work.resolve("child.txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        long start = System.currentTimeMillis();
        Process p = pb.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
            while (!Files.exists(probe)) {
                if (!p.isAlive() || System.nanoTime() > deadline) {
                    String tail = Files.readString(log, StandardCharsets.UTF_8).lines().limit(5).reduce("", (a, b) -> a + " | " + b);
                    throw new BadInputException((p.isAlive() ? "超过 " + timeoutSeconds + " 秒仍未显示窗口" : "子进程未显示窗口即退出")
                            + ": " + String.join(" ", mainAndOptions) + tail);
                }
                Thread.sleep(5);
            }
            return Long.parseLong(Files.readString(probe, StandardCharsets.US_ASCII).strip()) - start;
        } finally {
            p.destroy();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
            }
        }
    }

    static double median(long[] values) {
        long[] s = values.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2.0;
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
