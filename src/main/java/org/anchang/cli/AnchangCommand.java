package org.anchang.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: one subcommand class per verb. Exit 0 done, 1 a check failed, 2 bad input. */
@Command(name = "anchang", mixinStandardHelpOptions = true, version = "anchang 0.1",
        description = "案场客户归属: 判客、轮序、登记",
        subcommands = {JudgeCommand.class, ExplainCommand.class, PoliciesCommand.class, RulesCommand.class, BoardCommand.class,
            BenchCommand.class, VerifyCommand.class, BackupCommand.class, RestoreCommand.class, DemoCommand.class,
            SampleCommand.class, ServerCommand.class, ExportCommand.class, ImportCommand.class})
public final class AnchangCommand implements Runnable {

    /** Runs the command line and returns the exit status; never lets a stack trace reach the user. */
    public static int run(String... args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        return run(out, err, args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new AnchangCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("错误: " + ex.getMessage());
            return 2;
        });
        cl.setExecutionExceptionHandler((ex, c, parse) -> {
            if (ex instanceof BadInputException bad) {
                err.println("错误: " + bad.getMessage());
                return 2;
            }
            err.println("内部错误: " + ex);
            return 3;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
