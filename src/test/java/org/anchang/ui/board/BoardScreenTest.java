package org.anchang.ui.board;

import static org.anchang.ui.board.BoardOffice.DAY;
import static org.anchang.ui.board.BoardOffice.ORDER;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.anchang.board.BoardAction;
import org.anchang.board.BoardDay;
import org.anchang.board.BoardRules;
import org.anchang.board.BoardState;
import org.anchang.office.BoardDesk;
import org.anchang.office.Office;
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
 * The board screen headless (Monocle): a morning of walk-ins clicked and keyed through the real FXML ends
 * with the engine's assignments for the same actions, and a restart shows the same board. The work runs on
 * the same thread here so that every click has landed when the robot returns.
 */
@ExtendWith(ApplicationExtension.class)
class BoardScreenTest {

    @TempDir
    static Path dir;

    Office office;
    BoardViewModel vm;
    final BoardOffice.ScriptedDialogs dialogs = new BoardOffice.ScriptedDialogs();

    @Start
    void start(Stage stage) {
        office = BoardOffice.staffed(dir.resolve("office-" + System.nanoTime()));
        show(stage);
    }

    private void show(Stage stage) {
        vm = new BoardViewModel(new BoardDesk(office), DAY, "S", TaskRunner.SAME_THREAD, dialogs, BoardOffice.messages());
        stage.setScene(new Scene(new BoardView(vm, BoardOffice.messages()).load(), 1600, 900));
        stage.show();
        vm.load();
    }

    @AfterEach
    void close() {
        office.close();
    }

    @Test
    void aMorningOfWalkinsClickedThroughTheScreenEqualsTheEnginesReplay(FxRobot robot) {
        assertThat(robot.lookup(".banner").queryAs(Label.class).getText()).isEqualTo("暂无空闲顾问,来客请稍候");
        for (String c : List.of("A", "B", "C", "D")) {
            robot.clickOn("#card-" + c);
            robot.clickOn("#checkinButton");
        }
        assertThat(robot.lookup(".banner").queryAs(Label.class).getText()).isEqualTo("下一位:张三");
        robot.clickOn("#walkinButton");            // A
        robot.push(KeyCode.F1);                    // B
        robot.clickOn("#walkinButton");            // C
        robot.clickOn("#card-A");
        robot.clickOn("#doneButton");              // A free again
        robot.push(KeyCode.F1);                    // D
        robot.push(KeyCode.F1);                    // A
        robot.push(KeyCode.F1);                    // nobody free: waits
        robot.clickOn("#card-B");
        robot.push(KeyCode.F6);                    // B done, takes the waiting group
        WaitForAsyncUtils.waitForFxEvents();

        List<BoardAction> same = new ArrayList<>();
        LocalTime t = LocalTime.of(10, 0);
        ORDER.forEach(c -> same.add(new BoardAction.Checkin(t, c)));
        same.add(BoardAction.Walkin.newGroup(t));
        same.add(BoardAction.Walkin.newGroup(t));
        same.add(BoardAction.Walkin.newGroup(t));
        same.add(new BoardAction.Done(t, "A"));
        same.add(BoardAction.Walkin.newGroup(t));
        same.add(BoardAction.Walkin.newGroup(t));
        same.add(BoardAction.Walkin.newGroup(t));
        same.add(new BoardAction.Done(t, "B"));
        BoardState engine = new BoardDay(DAY, ORDER, BoardRules.SALES_DEPT, same).replay();
        assertThat(vm.stateProperty().get().assignments()).isEqualTo(engine.assignments());
        assertThat(new BoardDesk(office).day(DAY).assignments()).isEqualTo(engine.assignments());
        assertThat(robot.lookup("#card-B .card-state").queryAs(Label.class).getText()).isEqualTo("接待中 自 10:00");
        assertThat(dialogs.asked).isEmpty();
    }

    @Test
    void aRestartMidDayShowsTheSameBoard(FxRobot robot) throws Exception {
        robot.clickOn("#card-A");
        robot.clickOn("#checkinButton");
        robot.clickOn("#card-C");
        robot.clickOn("#checkinButton");
        robot.push(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        List<BoardViewModel.Card> before = List.copyOf(vm.cards());
        String banner = robot.lookup(".banner").queryAs(Label.class).getText();
        WaitForAsyncUtils.asyncFx(() -> {
            Stage stage = (Stage) robot.lookup(".banner").query().getScene().getWindow();
            show(stage);
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.cards()).isEqualTo(before);
        assertThat(robot.lookup(".banner").queryAs(Label.class).getText()).isEqualTo(banner).isEqualTo("下一位:王五");
    }
}
