package org.anchang.ui.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.anchang.office.Office;
import org.anchang.office.RegisterDesk;
import org.anchang.office.SignIn;
import org.anchang.office.Staff;
import org.anchang.register.Visit;
import org.anchang.ui.board.BoardView;
import org.anchang.ui.shell.Desk;
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
 * The board's walk-in opens the quick visit form for its taker (headless): Esc closes it without saving, Enter
 * saves the visit under the taker and closes it; the check warns while the phone is typed.
 */
@ExtendWith(ApplicationExtension.class)
class QuickVisitScreenTest {

    @TempDir
    static Path dir;

    Office office;

    @Start
    void start(Stage stage) {
        office = RegisterOffice.staffed(dir.resolve("office-" + System.nanoTime()));
        new Staff(office).setRoster(RegisterOffice.DAY, List.of("A", "B", "C", "D"), "M");
        new RegisterDesk(office).record(RegisterOffice.visit("03-18 10:00", "C", "王强", "13800001111"), "K");
        Desk desk = new Desk(office, new SignIn.Person("K", "内业-周敏", "clerk"), RegisterOffice.DAY, stage, RegisterOffice.messages(),
                TaskRunner.SAME_THREAD, (title, choices) -> Optional.empty());
        stage.setScene(new Scene(BoardView.screen(desk), 1600, 900));
        stage.show();
    }

    @AfterEach
    void close() {
        office.close();
    }

    private static Optional<Stage> quick() {
        return Window.getWindows().stream().filter(w -> w.isShowing() && w.getScene() != null && w.getScene().lookup("#quick-head") != null)
                .map(Stage.class::cast).findFirst();
    }

    @Test
    void aWalkinOpensTheQuickVisitForItsTakerEscClosesItAndEnterSavesIt(FxRobot robot) {
        int before = RegisterOffice.entries(office);
        robot.clickOn("#card-A");
        robot.clickOn("#checkinButton");
        robot.push(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        Stage first = quick().orElseThrow(() -> new AssertionError("no quick visit form after the walk-in"));
        assertThat(((Label) first.getScene().lookup("#quick-head")).getText()).isEqualTo("来客登记:张三 接待(18:00)");
        robot.clickOn(first.getScene().lookup("#name")).write("李梅");
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(first.isShowing()).isFalse();
        assertThat(RegisterOffice.entries(office)).as("Esc saves nothing").isEqualTo(before);

        robot.clickOn("#card-B");
        robot.clickOn("#checkinButton");
        robot.push(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        Stage second = quick().orElseThrow();
        @SuppressWarnings("unchecked")
        ComboBox<String> consultant = (ComboBox<String>) second.getScene().lookup("#consultant");
        assertThat(consultant.getEditor().getText()).isEqualTo("B 李四");
        robot.clickOn(second.getScene().lookup("#name")).write("王强");
        robot.push(KeyCode.TAB);
        robot.write("13800001111");
        WaitForAsyncUtils.waitForFxEvents();
        Label warning = (Label) second.getScene().lookup("#collision .check-line");
        assertThat(warning.getText()).isEqualTo("撞单预警:「王强」138****1111 已属 王五,保护至 3月25日(还剩 5 天) (OWN-1)");
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(second.isShowing()).isFalse();
        assertThat(RegisterOffice.entries(office)).isEqualTo(before + 1);
        Visit v = (Visit) RegisterOffice.stored(office).get(RegisterOffice.stored(office).size() - 1);
        assertThat(v.by()).isEqualTo("B");
        assertThat(v.customer().name()).isEqualTo("王强");
        assertThat(v.at().toLocalDate()).isEqualTo(RegisterOffice.DAY);

        robot.push(KeyCode.F1);                    // 张三 and 李四 are both receiving: the group waits
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(quick()).as("no form for a group nobody took yet (nor again for 李四's)").isEmpty();
    }
}
