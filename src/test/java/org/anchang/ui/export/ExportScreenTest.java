package org.anchang.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.anchang.excel.ExcelTestOffice;
import org.anchang.office.Office;
import org.anchang.ui.shell.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The 导出 screen headless: the week exported by clicking, the commission statement shown in its tab. */
@ExtendWith(ApplicationExtension.class)
class ExportScreenTest {

    @TempDir
    static Path dir;

    Office office;
    final ExportViewModelTest.Scripted dialogs = new ExportViewModelTest.Scripted();

    @Start
    void start(Stage stage) {
        office = ExcelTestOffice.full(dir.resolve("office-" + System.nanoTime()));
        ExportViewModel vm = new ExportViewModel(office, "M", LocalDate.of(2026, 3, 12), TaskRunner.SAME_THREAD, dialogs,
                ExportViewModelTest.messages(), Runnable::run);
        stage.setScene(new Scene(new ExportView(vm, ExportViewModelTest.messages()).load(), 1600, 900));
        stage.show();
    }

    @AfterEach
    void close() {
        office.close();
    }

    @Test
    void theWeekIsExportedByClickingAndTheCommissionTabShowsTheStatement(FxRobot robot) {
        assertThat(robot.lookup("#weekLabel").queryAs(Label.class).getText()).isEqualTo("2026-W10(3月2日–3月8日)");
        Path out = dir.resolve("out-" + System.nanoTime());
        out.toFile().mkdirs();
        dialogs.files.push(Optional.of(out));
        robot.clickOn("导出周登记表(E)……");
        assertThat(out.resolve("案场登记_云栖府_2026-W10.xlsx")).exists();
        assertThat(robot.lookup("#message").queryAs(Label.class).getText()).startsWith("已导出");
        robot.clickOn("佣金结算");
        robot.clickOn("查看佣金(V)");
        TableView<?> table = robot.lookup("#commissionTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(2);
        assertThat(robot.lookup("#commissionTotal").queryAs(Label.class).getText()).contains("972.00");
    }
}
