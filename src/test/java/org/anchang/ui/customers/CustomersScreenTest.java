package org.anchang.ui.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.stage.Stage;
import org.anchang.office.CustomerFile;
import org.anchang.office.Office;
import org.anchang.office.RegisterDesk;
import org.anchang.ui.shell.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The customers screen headless, by keyboard only: type part of a phone, ↓ into the results, and the file
 * shows the owner and the protection date; Ctrl+G, a few digits and Enter record a grading.
 */
@ExtendWith(ApplicationExtension.class)
class CustomersScreenTest {

    @TempDir
    static Path dir;

    Office office;
    final AtomicInteger boardKeys = new AtomicInteger();
    final AtomicInteger deskKeys = new AtomicInteger();

    @Start
    void start(Stage stage) {
        office = CustomersOffice.open(dir.resolve("office-" + System.nanoTime()));
        CustomerFile files = new CustomerFile(office);
        GradeFormModel form = new GradeFormModel(new RegisterDesk(office), "A", TaskRunner.SAME_THREAD, CustomersOffice.messages(),
                office::now);
        CustomersViewModel vm = new CustomersViewModel(files, form, CustomersOffice.A, TaskRunner.SAME_THREAD, CustomersOffice.messages());
        MyCustomersViewModel mine = new MyCustomersViewModel(files, CustomersOffice.A, TaskRunner.SAME_THREAD, CustomersOffice.messages());
        Scene scene = new Scene(new CustomersView(vm, mine, CustomersOffice.messages()).load(), 1600, 900);
        // The board screen puts its F-keys on the window's scene; on this screen they must not act.
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F1), boardKeys::incrementAndGet);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, javafx.scene.input.KeyCombination.SHORTCUT_DOWN),
                boardKeys::incrementAndGet);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F12), deskKeys::incrementAndGet);
        stage.setScene(scene);
        stage.show();
        mine.load();
    }

    @AfterEach
    void close() {
        office.close();
    }

    static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void searchOpenTheFileAndSeeTheOwnerAndProtectionDate(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("0000111");
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".hits").queryAs(TableView.class).getItems()).hasSize(1);
        assertThat(text(robot, "#fileTitle")).isEqualTo("王强");
        assertThat(text(robot, "#fileOwner")).isEqualTo("归属:张三");
        assertThat(text(robot, "#fileProtection")).isEqualTo("保护至 3月26日,还剩 6 天");
        assertThat(robot.lookup("#timeline").queryAs(TableView.class).getItems()).hasSize(3);
        robot.type(KeyCode.F1);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(boardKeys.get()).as("the board's F1 and Ctrl+Z do not fire here").isZero();
        robot.type(KeyCode.F12);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(deskKeys.get()).as("the desk's F12 (关于/诊断) does").isEqualTo(1);
    }

    @Test
    void gradingByKeyboardRecordsANewEntry(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("王强");
        robot.type(KeyCode.DOWN);
        robot.press(KeyCode.CONTROL).type(KeyCode.G).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#gradePane").query().isVisible()).isTrue();
        for (String score : new String[] {"4", "5", "4", "3", "5", "5"}) {
            robot.write(score);                // the focused score, then Tab to the next
            robot.type(KeyCode.TAB);
        }
        WaitForAsyncUtils.waitForFxEvents();
        // (3·25 + 4·20 + 3·10 + 2·10 + 4·10 + 4·25) / 4 = 86.25
        assertThat(text(robot, "#gradeResult")).isEqualTo("得分 86 → A 优质");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#gradePane").query().isVisible()).isFalse();
        assertThat(text(robot, "#fileGrade")).isEqualTo("评级:A 优质(86 分)");
        String stored = office.read(h -> h.createQuery("SELECT CONCAT(finance, motive, credit, background, contact, timing) FROM grade")
                .mapTo(String.class).one());
        assertThat(stored).isEqualTo("454355");
        int grades = office.read(h -> h.createQuery("SELECT COUNT(*) FROM grade").mapTo(Integer.class).one());
        assertThat(grades).isEqualTo(1);
    }
}
