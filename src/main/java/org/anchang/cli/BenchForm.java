package org.anchang.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.anchang.office.CollisionCheck;
import org.anchang.office.Office;
import org.anchang.office.RegisterDesk;
import org.anchang.ui.register.EntryView;
import org.anchang.ui.register.EntryViewModel;
import org.anchang.ui.register.RegisterMemory;
import org.anchang.ui.register.VisitViewModel;
import org.anchang.ui.shell.FxTaskRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench form}: how long after the 11th digit of a phone the visit form shows the collision check, on an
 * office on disk (the sample office of {@code demo}). The real visit form in a real window: the first ten digits
 * are set, then the 11th is appended to the phone field as a keystroke would; timed until the answer lands on the
 * JavaFX thread ({@code answer}) and until the end of the next layout pulse after it, the frame that shows it
 * ({@code shown}). Needs a display (e.g. {@code xvfb-run}). Prints percentiles and how many were within one 60 Hz
 * frame (16.7 ms).
 */
@Command(name = "form", description = "登记表单基准:在案场数据上测量输入电话第11位到撞单预警显示的时间(需要图形界面,例如 xvfb-run)")
public final class BenchForm implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "案场数据目录(例如 demo 建立的示例案场)")
    Path data;

    @Option(names = "--rounds", description = "计时次数(默认 ${DEFAULT-VALUE})")
    int rounds = 300;

    @Option(names = "--warmup", description = "预热次数(默认 ${DEFAULT-VALUE})")
    int warmup = 60;

    @Option(names = "--user", description = "登记人编号(默认第一位内业,否则第一位置业顾问)")
    String user;

    @Option(names = "--seed", description = "随机种子(默认 ${DEFAULT-VALUE})")
    long seed = 20261128L;

    private static final double FRAME_MS = 1000.0 / 60;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.exists(data.resolve("office.mv.db"))) {
            throw new BadInputException("--data: 目录中没有案场数据(office.mv.db): " + data);
        }
        if (rounds < 1 || warmup < 0) {
            throw new BadInputException("--rounds 至少为 1, --warmup 不能为负");
        }
        try (Office office = Office.openDirectory(data)) {
            List<String[]> customers = office.read(h -> h.createQuery("SELECT phone, name FROM customer WHERE name IS NOT NULL")
                    .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)}).list());
            if (customers.isEmpty()) {
                throw new BadInputException("--data: 案场中没有客户");
            }
            String who = user != null ? user : office.read(h -> h.createQuery("SELECT id FROM consultant WHERE role IN ('clerk', "
                    + "'consultant') ORDER BY CASE role WHEN 'clerk' THEN 0 ELSE 1 END, id").mapTo(String.class).first());
            Random rnd = new Random(seed);
            Collections.shuffle(customers, rnd);
            List<String[]> asked = new ArrayList<>();
            for (int i = 0; i < warmup + rounds; i++) {
                // one in ten a phone nobody knows, typed with a customer's name
                String[] c = customers.get(i % customers.size());
                asked.add(i % 10 == 9 ? new String[] {"147" + String.format(Locale.ROOT, "%08d", rnd.nextInt(100_000_000)), c[1]} : c);
            }
            startToolkit();
            Form form = onFx(() -> new Form(office, who));
            form.ready.await(30, TimeUnit.SECONDS);
            long[] answer = new long[rounds];
            long[] shown = new long[rounds];
            long[] toThread = new long[rounds];
            long[] work = new long[rounds];
            long[] toFx = new long[rounds];
            for (int i = 0; i < asked.size(); i++) {
                long[] t = form.round(asked.get(i)[0], asked.get(i)[1]).get(10, TimeUnit.SECONDS);
                if (i >= warmup) {
                    answer[i - warmup] = t[1] - t[0];
                    shown[i - warmup] = t[2] - t[0];
                    toThread[i - warmup] = t[3] - t[0];
                    work[i - warmup] = t[4] - t[3];
                    toFx[i - warmup] = t[1] - t[4];
                }
                Thread.sleep(20);
            }
            onFx(() -> {
                form.stage.close();
                return null;
            });
            out.printf(Locale.ROOT, "bench form  office=%s  customers=%d  user=%s  rounds=%d (after %d warm-up)%n", data, customers.size(), who,
                    rounds, warmup);
            out.println("each round: the visit form (Visit.fxml, VisitViewModel, CheckRunner, CollisionCheck on the office's replay) in a "
                    + "1600x1000 window; name set, ten digits set, then the 11th appended to the phone field");
            out.printf(Locale.ROOT, "answer = 11th digit -> the check's lines set on the JavaFX thread: p50_ms=%.2f  p95_ms=%.2f  p99_ms=%.2f  "
                    + "max_ms=%.2f%n", ms(answer, 50), ms(answer, 95), ms(answer, 99), ms(answer, 100));
            out.printf(Locale.ROOT, "shown  = 11th digit -> end of the next layout pulse after it (the frame that draws it): p50_ms=%.2f  "
                    + "p95_ms=%.2f  p99_ms=%.2f  max_ms=%.2f%n", ms(shown, 50), ms(shown, 95), ms(shown, 99), ms(shown, 100));
            out.printf(Locale.ROOT, "  of which: keystroke -> the check's thread running p50_ms=%.2f p99_ms=%.2f;  the check (CollisionCheck.check) "
                    + "p50_ms=%.2f p99_ms=%.2f;  its end -> the answer on the JavaFX thread p50_ms=%.2f p99_ms=%.2f%n", ms(toThread, 50),
                    ms(toThread, 99), ms(work, 50), ms(work, 99), ms(toFx, 50), ms(toFx, 99));
            out.printf(Locale.ROOT, "within_one_frame: answer %d/%d, shown %d/%d (16.7 ms); load average %.2f on %d processors%n",
                    within(answer), rounds, within(shown), rounds, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
            out.flush();
            Platform.exit();
            return 0;
        }
    }

    /** The desk's {@link CheckRunner} with the moments of the last check: its thread started it, finished it. */
    private static final class Timing implements org.anchang.ui.shell.TaskRunner {
        final org.anchang.ui.register.CheckRunner fx = new org.anchang.ui.register.CheckRunner();
        volatile long started;
        volatile long finished;

        @Override
        public <T> void run(Callable<T> work, java.util.function.Consumer<T> done, java.util.function.Consumer<Throwable> failed) {
            fx.run(() -> {
                started = System.nanoTime();
                try {
                    return work.call();
                } finally {
                    finished = System.nanoTime();
                }
            }, done, failed);
        }
    }

    /** The visit form in its window, and one timed keystroke at a time. */
    private static final class Form {
        final Timing timing = new Timing();
        final VisitViewModel vm;
        final Stage stage = new Stage();
        final Scene scene;
        final TextField phone;
        final CountDownLatch ready = new CountDownLatch(1);

        Form(Office office, String who) {
            ResourceBundle m = ResourceBundle.getBundle("org.anchang.ui.messages", Locale.SIMPLIFIED_CHINESE);
            EntryViewModel.Context c = new EntryViewModel.Context(new RegisterDesk(office), new CollisionCheck(office), who,
                    office.now().toLocalDate(), new FxTaskRunner(), timing, m, new RegisterMemory());
            vm = new VisitViewModel(c);
            Parent root = new EntryView(vm, m).load("Visit.fxml");
            phone = (TextField) root.lookup("#phone");
            scene = new Scene(root, 1600, 1000);
            stage.setScene(scene);
            stage.show();
            vm.busyProperty().addListener((o, a, busy) -> {
                if (!busy) {
                    ready.countDown();
                }
            });
            vm.load();
        }

        /** Types {@code digits} into a new form, the last digit timed: t0 the keystroke, t1 the answer, t2 the pulse after. */
        CompletableFuture<long[]> round(String digits, String name) {
            CompletableFuture<long[]> done = new CompletableFuture<>();
            Platform.runLater(() -> {
                vm.newEntry();
                vm.textProperty("name").set(name);
                phone.setText(digits.substring(0, 10));
                long[] t = new long[5];
                vm.collision().setOnShown(() -> {
                    t[1] = System.nanoTime();
                    t[3] = timing.started;
                    t[4] = timing.finished;
                    vm.collision().setOnShown(null);
                    Runnable[] pulse = new Runnable[1];
                    pulse[0] = () -> {
                        t[2] = System.nanoTime();
                        scene.removePostLayoutPulseListener(pulse[0]);
                        done.complete(t);
                    };
                    scene.addPostLayoutPulseListener(pulse[0]);
                });
                t[0] = System.nanoTime();
                phone.appendText(digits.substring(10));
            });
            return done;
        }
    }

    private static void startToolkit() {
        CountDownLatch up = new CountDownLatch(1);
        try {
            Platform.startup(up::countDown);
        } catch (IllegalStateException alreadyUp) {
            up.countDown();
        } catch (UnsupportedOperationException | Error noDisplay) {
            throw new BadInputException("需要图形界面(例如 xvfb-run -a java -jar anchang.jar bench form ...): " + noDisplay.getMessage());
        }
        Platform.setImplicitExit(false);
        try {
            up.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.call());
            } catch (Exception e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(60, TimeUnit.SECONDS);
    }

    private static double ms(long[] ns, int p) {
        return BenchStore.pct(ns, p) / 1e6;
    }

    private static int within(long[] ns) {
        int n = 0;
        for (long x : ns) {
            n += x / 1e6 <= FRAME_MS ? 1 : 0;
        }
        return n;
    }
}
