package org.anchang;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.ContextInitializer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.anchang.cli.AnchangCommand;
import org.anchang.ui.shell.DeskHooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Logging: {@code logback.xml} writes {@code <data dir>/logs/anchang.log} and nothing to the console; the command line
 * prints exactly what it printed before (tests and scripts compare it); POI's log4j-api goes to the same file.
 */
class LoggingTest {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    /** The launcher in a fresh JVM, as {@code java -jar anchang.jar ARGS} runs it (the test JVM's class path). */
    Run launch(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Duser.home=" + dir.resolve("home"), "-cp", System.getProperty("java.class.path"),
                Launcher.class.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        pb.environment().put("XDG_DATA_HOME", dir.resolve("xdg").toString());
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the launcher finished").isTrue();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theCommandLinePrintsWhatItPrintedAndLogsIntoTheDataDirectory() throws Exception {
        Path dossier = Path.of(System.getProperty("anchang.shared", "../shared"), "casebook", "p14-knowing-poach-software-record.json");
        StringWriter inProcess = new StringWriter();
        AnchangCommand.run(new PrintWriter(inProcess), new PrintWriter(new StringWriter()), "judge", dossier.toAbsolutePath().toString());

        Run judge = launch("judge", dossier.toAbsolutePath().toString());
        assertThat(judge.code()).isZero();
        assertThat(judge.err()).isEmpty();
        assertThat(judge.out()).isEqualTo(inProcess.toString().replace("\n", System.lineSeparator()));

        Path office = dir.resolve("office");
        Run demo = launch("demo", "--data", office.toString());
        assertThat(demo.err()).as("stderr").isEmpty();
        assertThat(demo.code()).isZero();
        assertThat(demo.out().lines()).hasSize(1).allMatch(l -> l.startsWith("已建立示例案场「滨江·云栖府」于 " + office));
        assertThat(office.resolve("logs").resolve("anchang.log")).as("Logback's file in --data's logs folder").exists();
        assertThat(dir.resolve("xdg").resolve("anchang")).as("nothing in the user's data directory").doesNotExist();

        Run bad = launch("judge", dir.resolve("missing.json").toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.out()).isEmpty();
        assertThat(bad.err().lines()).hasSize(1).allMatch(l -> l.startsWith("错误: "));
    }

    /**
     * The shipped logback.xml, pointed at a temp data directory: our lines and POI's log4j-api lines land in
     * logs/anchang.log; the libraries' INFO chatter (H2, JDBI, Flyway) does not; an uncaught desk exception is
     * there with its stack trace.
     */
    @Test
    void logbackXmlWritesTheLogFileAndQuietsTheLibraries() throws Exception {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        String before = System.getProperty(Launcher.LOGS);
        Path logs = dir.resolve("data").resolve("logs");
        try {
            System.setProperty(Launcher.LOGS, logs.toString());
            context.reset();
            JoranConfigurator joran = new JoranConfigurator();
            joran.setContext(context);
            joran.doConfigure(Launcher.class.getResource("/logback.xml"));
            List<String> appenders = new ArrayList<>();
            context.getLoggerList().forEach(l -> l.iteratorForAppenders().forEachRemaining(a -> appenders.add(a.getClass().getSimpleName())));
            assertThat(appenders).as("no console appender: the command line prints only its own output").containsExactly("RollingFileAppender");

            LoggerFactory.getLogger("org.anchang.test").info("desk line 案场");
            LoggerFactory.getLogger("org.flywaydb.core.FlywayExecutor").info("flyway chatter");
            LoggerFactory.getLogger("org.jdbi.v3.core.Jdbi").info("jdbi chatter");
            LoggerFactory.getLogger("org.flywaydb.core.FlywayExecutor").warn("flyway warning");
            org.apache.logging.log4j.LogManager.getLogger("org.apache.poi.test").error("poi through log4j-api");
            DeskHooks.uncaught(new Thread("fx-test"), new IllegalStateException("boom for the log"));
        } finally {
            context.stop();
            if (before == null) {
                System.clearProperty(Launcher.LOGS);
            } else {
                System.setProperty(Launcher.LOGS, before);
            }
            context.reset();
            new ContextInitializer(context).autoConfig();
        }
        String log = Files.readString(logs.resolve("anchang.log"), StandardCharsets.UTF_8);
        assertThat(log).contains("INFO  [main] org.anchang.test - desk line 案场")
                .contains("WARN ").contains("flyway warning")
                .contains("ERROR").contains("poi through log4j-api")
                .contains("Uncaught exception in thread fx-test").contains("java.lang.IllegalStateException: boom for the log")
                .contains("\tat ")
                .doesNotContain("flyway chatter").doesNotContain("jdbi chatter");
    }
}
