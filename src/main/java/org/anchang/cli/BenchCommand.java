package org.anchang.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code bench <what>}: performance benchmarks, one subcommand per thing measured ({@code judge}, {@code store}, {@code crash}, {@code startup}, {@code excel}, {@code form}). */
@Command(name = "bench", description = "性能基准测试(合成一年的案场数据)", subcommands = {BenchJudge.class, BenchStore.class, BenchCrash.class, BenchStartup.class,
        BenchExcel.class, BenchForm.class})
public final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Without a subcommand: the usage, and exit 2 as for any other missing argument. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("错误: 请指定要测试的对象,例如 bench judge");
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }
}
