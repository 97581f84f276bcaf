package org.anchang.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.anchang.excel.BenchData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench excel}: writes {@code --rows} register rows as the weekly workbook's 来访客户登记表 and, in the same run, the
 * same cells with bare SXSSF and one date style; then reads a {@code --import-rows} register with our importer (header
 * mapping, dates, phones, consultants, entries) against a bare POI event-API read of the same file. Prints both times,
 * the peak heap of each part (run it with {@code java -Xmx256m}), and last {@code ratio=<ours/bare>} of the write, on the
 * writing thread's CPU time (wall times and their ratio are printed too: on a shared machine they swing with the load).
 */
@Command(name = "excel", description = "Excel 基准:100万行周登记表写出 对比 裸 SXSSF;10万行导入 对比 裸事件读取;末行 ratio=<写出 本程序/裸>")
public final class BenchExcel implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--rows", description = "写出的行数(默认 ${DEFAULT-VALUE})")
    long rows = 1_000_000;

    @Option(names = "--import-rows", description = "导入的行数(默认 ${DEFAULT-VALUE})")
    long importRows = 100_000;

    @Option(names = "--rounds", description = "每边计时的轮数,取最快一轮(默认 ${DEFAULT-VALUE})")
    int rounds = 2;

    @Option(names = "--dir", paramLabel = "DIR", description = "临时文件放在此目录(默认系统临时目录)")
    Path parent;

    @Override
    public Integer call() throws IOException {
        if (rows < 1 || rows > 1_048_000 || importRows < 1 || importRows > 1_048_000 || rounds < 1) {
            throw new BadInputException("--rows 与 --import-rows 应为 1–1048000(一张工作表的行数上限),--rounds 至少为 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        Path dir = parent == null ? Files.createTempDirectory("anchang-bench-excel-") : Files.createTempDirectory(parent, "anchang-bench-excel-");
        try {
            out.printf(Locale.ROOT, "heap limit (-Xmx) %.0f MB%n", Runtime.getRuntime().maxMemory() / 1048576.0);
            // Warm-up: both writers and both readers on a small file, so that neither side pays the JIT alone.
            Path warm = dir.resolve("warm.xlsx");
            BenchData.ours(20_000, warm);
            BenchData.bare(20_000, dir.resolve("warm-bare.xlsx"));
            BenchData.importOurs(warm);
            BenchData.importBare(warm);

            ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
            long ours = Long.MAX_VALUE;
            long bare = Long.MAX_VALUE;
            long oursCpu = Long.MAX_VALUE;
            long bareCpu = Long.MAX_VALUE;
            long oursHeap = 0;
            long bareHeap = 0;
            Path a = dir.resolve("ours.xlsx");
            Path b = dir.resolve("bare.xlsx");
            for (int r = 0; r < rounds; r++) {
                reset();
                long c0 = cpu.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                BenchData.ours(rows, a);
                ours = Math.min(ours, System.nanoTime() - t0);
                oursCpu = Math.min(oursCpu, cpu.getCurrentThreadCpuTime() - c0);
                oursHeap = Math.max(oursHeap, peak());
                reset();
                c0 = cpu.getCurrentThreadCpuTime();
                t0 = System.nanoTime();
                BenchData.bare(rows, b);
                bare = Math.min(bare, System.nanoTime() - t0);
                bareCpu = Math.min(bareCpu, cpu.getCurrentThreadCpuTime() - c0);
                bareHeap = Math.max(bareHeap, peak());
            }
            out.printf(Locale.ROOT, "write %,d rows  ours %.2f s wall, %.2f s cpu (%,.0f rows/s, %.1f MB file, peak heap %.0f MB)"
                    + "  bare SXSSF %.2f s wall, %.2f s cpu (%.1f MB file, peak heap %.0f MB)  wall_ratio=%.2f%n",
                    rows, ours / 1e9, oursCpu / 1e9, rows / (ours / 1e9), Files.size(a) / 1048576.0, oursHeap / 1048576.0, bare / 1e9,
                    bareCpu / 1e9, Files.size(b) / 1048576.0, bareHeap / 1048576.0, (double) ours / bare);
            Files.delete(a);
            Files.delete(b);

            Path in = dir.resolve("import.xlsx");
            BenchData.importFile(importRows, in);
            long imp = Long.MAX_VALUE;
            long raw = Long.MAX_VALUE;
            long impHeap = 0;
            long impCpu = Long.MAX_VALUE;
            long rawCpu = Long.MAX_VALUE;
            long rawHeap = 0;
            int valid = 0;
            for (int r = 0; r < rounds; r++) {
                reset();
                long c0 = cpu.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                valid = BenchData.importOurs(in);
                imp = Math.min(imp, System.nanoTime() - t0);
                impCpu = Math.min(impCpu, cpu.getCurrentThreadCpuTime() - c0);
                impHeap = Math.max(impHeap, peak());
                reset();
                c0 = cpu.getCurrentThreadCpuTime();
                t0 = System.nanoTime();
                BenchData.importBare(in);
                raw = Math.min(raw, System.nanoTime() - t0);
                rawCpu = Math.min(rawCpu, cpu.getCurrentThreadCpuTime() - c0);
                rawHeap = Math.max(rawHeap, peak());
            }
            if (valid != importRows) {
                out.printf("import: only %d of %d rows became entries%n", valid, importRows);
                return 1;
            }
            out.printf(Locale.ROOT, "import %,d rows  ours %.2f s wall, %.2f s cpu (peak heap %.0f MB)  bare event API %.2f s wall, %.2f s cpu"
                    + " (peak heap %.0f MB)  import_wall_ratio=%.2f  import_ratio=%.2f (cpu, goal <= 2)%n", importRows, imp / 1e9, impCpu / 1e9,
                    impHeap / 1048576.0, raw / 1e9, rawCpu / 1e9, rawHeap / 1048576.0, (double) imp / raw, (double) impCpu / rawCpu);
            // The write ratio on the thread's CPU time: wall time on this shared machine swings with the other builds' load.
            out.printf(Locale.ROOT, "ratio=%.2f%n", (double) oursCpu / bareCpu);
            return 0;
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void reset() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum over the heap pools of their peak use since {@link #reset}: an upper bound of the peak heap. */
    private static long peak() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
