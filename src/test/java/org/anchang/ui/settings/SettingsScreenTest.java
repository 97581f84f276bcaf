package org.anchang.ui.settings;

import static org.anchang.ui.settings.SettingsOffice.DAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.anchang.office.Office;
import org.anchang.office.SignIn;
import org.anchang.office.Staff;
import org.anchang.ui.board.BoardView;
import org.anchang.ui.shell.Desk;
import org.anchang.ui.shell.Screen;
import org.anchang.ui.shell.Shell;
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
 * The settings screen headless, in the shell beside the board: the roster reordered by keyboard alone (Alt+↑),
 * saved with Ctrl+S, and the board shows the new order when it is opened again.
 */
@ExtendWith(ApplicationExtension.class)
class SettingsScreenTest {

    @TempDir
    static Path dir;

    Office office;

    @Start
    void start(Stage stage) {
        office = SettingsOffice.staffed(dir.resolve("office-" + System.nanoTime()));
        Desk desk = new Desk(office, new SignIn.Person("M", "经理-孙八", "manager"), DAY, stage, SettingsOffice.messages(),
                TaskRunner.SAME_THREAD, new SettingsViewModelTest.NoDialogs());
        Shell shell = new Shell(SettingsOffice.messages(), List.of(
                new Screen("nav.board", () -> BoardView.screen(desk), true),
                new Screen("nav.settings", () -> SettingsView.screen(desk), true)), "status");
        stage.setScene(new Scene(shell.root(), 1600, 1000));
        stage.show();
    }

    @AfterEach
    void close() {
        office.close();
    }

    private List<String> cards(FxRobot robot) {
        return robot.lookup(".card").queryAll().stream().map(Node::getId).toList();
    }

    @Test
    void theRosterReorderedByKeyboardAndSavedIsTheBoardsOrder(FxRobot robot) {
        assertThat(cards(robot)).containsExactly("card-A", "card-B", "card-C", "card-D");
        robot.clickOn("#nav-settings");
        robot.clickOn("轮序");
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> order = robot.lookup(".roster-list").queryAllAs(ListView.class).iterator().next();
        assertThat(order.getItems()).hasSize(4);
        robot.clickOn("3. 王五(C)");
        robot.push(KeyCode.ALT, KeyCode.UP);
        robot.push(KeyCode.ALT, KeyCode.UP);
        robot.push(KeyCode.ALT, KeyCode.DOWN);
        robot.push(KeyCode.ALT, KeyCode.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(order.getItems()).extracting(p -> ((Staff.Member) p).id()).containsExactly("C", "A", "B", "D");
        assertThat(order.getSelectionModel().getSelectedIndex()).isZero();
        assertThat(new Staff(office).roster(DAY)).contains(List.of("A", "B", "C", "D"));

        robot.push(KeyCode.CONTROL, KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(new Staff(office).roster(DAY)).contains(List.of("C", "A", "B", "D"));
        assertThat(robot.lookup(".message").queryAllAs(Label.class).stream().map(Label::getText))
                .contains("已保存 2026-03-21 的轮序:王五、张三、李四、赵六");
        assertThat(robot.lookup("1. 王五(C)  ☎ 电话值日").tryQuery()).isPresent();

        robot.clickOn("#nav-board");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cards(robot)).containsExactly("card-C", "card-A", "card-B", "card-D");
    }
}
