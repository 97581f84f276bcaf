package org.anchang.ui.about;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.anchang.office.Office;
import org.anchang.store.Database;
import org.anchang.testkit.TestClock;
import org.anchang.ui.shell.TaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 关于/诊断: the facts support asks for, and the log's tail copied (or 没有日志). */
class AboutViewModelTest {

    static final ResourceBundle M = ResourceBundle.getBundle("org.anchang.ui.messages", Locale.SIMPLIFIED_CHINESE);

    @TempDir
    Path dir;

    @Test
    void versionsDataDirectorySizeAndTheLogsTail() throws Exception {
        try (Office office = Office.open(Database.openFile(dir, Database.Durability.FLUSH),
                new TestClock(java.time.LocalDateTime.of(2026, 11, 28, 9, 0)))) {
            AboutViewModel vm = new AboutViewModel(office, Optional.empty(), dir, "21.0.11", M, TaskRunner.SAME_THREAD);
            List<String> done = new ArrayList<>();
            vm.load(() -> done.add("loaded"));
            assertThat(done).containsExactly("loaded");
            assertThat(vm.lines()).extracting(AboutViewModel.Line::label)
                    .containsExactly("应用版本", "Java", "JavaFX", "H2 数据库", "数据目录", "数据库大小", "最近备份", "日志文件");
            assertThat(vm.lines().get(2).value()).isEqualTo("21.0.11");
            assertThat(vm.lines().get(3).value()).startsWith("2.4.240");
            assertThat(vm.lines().get(4).value()).isEqualTo(dir.toString());
            assertThat(vm.lines().get(5).value()).endsWith(" MB");
            assertThat(vm.lines().get(6).value()).isEqualTo("尚无备份");

            List<String> clipboard = new ArrayList<>();
            vm.copyLog(clipboard::add);
            assertThat(clipboard).isEmpty();
            assertThat(vm.messageProperty().get()).isEqualTo("没有日志");

            Path log = dir.resolve("logs").resolve("anchang.log");
            Files.createDirectories(log.getParent());
            StringBuilder b = new StringBuilder();
            for (int i = 1; i <= 2000; i++) {
                b.append(String.format("2026-11-28 09:00:00 INFO 第 %04d 行 一些日志内容%n", i));
            }
            Files.writeString(log, b.toString());
            vm.copyLog(clipboard::add);
            assertThat(clipboard).hasSize(1);
            String tail = clipboard.get(0);
            assertThat(tail.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(64 * 1024);
            assertThat(tail).startsWith("2026-11-28").endsWith("第 2000 行 一些日志内容" + System.lineSeparator());
            assertThat(vm.messageProperty().get()).isEqualTo("已将日志末尾 " + tail.lines().count() + " 行复制到剪贴板");
        }
    }
}
