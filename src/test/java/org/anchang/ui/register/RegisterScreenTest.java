package org.anchang.ui.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.anchang.office.Office;
import org.anchang.office.RegisterDesk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The register screen headless (Monocle), typed into with the keyboard as a clerk or a consultant would. The
 * signed-in person is consultant C (王五); 李四 (B) owns 王强's phone. Work runs on the same thread, so every
 * keystroke's check has landed when the robot returns.
 */
@ExtendWith(ApplicationExtension.class)
class RegisterScreenTest {

    @TempDir
    static Path dir;

    Office office;
    RegisterView screen;
    int boardKeys;
    int deskKeys;

    @Start
    void start(Stage stage) {
        office = RegisterOffice.staffed(dir.resolve("office-" + System.nanoTime()));
        new RegisterDesk(office).record(RegisterOffice.visit("03-18 10:00", "B", "王强", "13800001111"), "K");
        screen = new RegisterView(RegisterOffice.context(office, "C"));
        Scene scene = new Scene(screen.root(), 1800, 1000);
        // As in the desk: the board, once shown, leaves its keys on the window's scene.
        scene.getAccelerators().put(new javafx.scene.input.KeyCodeCombination(KeyCode.F1), () -> boardKeys++);
        scene.getAccelerators().put(new javafx.scene.input.KeyCodeCombination(KeyCode.F12), () -> deskKeys++);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        office.close();
    }

    private List<String> checkLines(FxRobot robot) {
        Pane box = robot.lookup("#collision").queryAs(Pane.class);
        return box.getChildren().stream().map(n -> ((Label) n).getText()).toList();
    }

    @Test
    void typingThePhoneOfAnotherConsultantsProtectedCustomerShowsTheOwnerAndTheDateWithThePhoneMasked(FxRobot robot) {
        robot.clickOn("#name").write("王强");
        robot.push(KeyCode.TAB);
        robot.write("138 0000 111");
        assertThat(checkLines(robot)).as("ten digits: not yet").containsExactly("输入完整电话后即显示此客户的归属");
        robot.write("1");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(checkLines(robot)).containsExactly("撞单预警:「王强」138****1111 已属 李四,保护至 3月25日(还剩 5 天) (OWN-1)");
        assertThat(robot.lookup("#collision .check-line").queryAs(Label.class).getStyleClass()).contains("warn");
        assertThat(robot.lookup("#phoneHint").queryAs(Label.class).getText()).isEqualTo("识别为 138 0000 1111");
    }

    @Test
    void anInvalidPhoneShowsItsMessageAndEnterSavesNothing(FxRobot robot) {
        int before = RegisterOffice.entries(office);
        robot.clickOn("#name").write("李梅");
        robot.push(KeyCode.TAB);
        robot.write("1390000333");
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#phoneError").queryAs(Label.class).getText()).isEqualTo("手机号「1390000333」应为11位,实为10位(REG-2)");
        assertThat(robot.lookup("#phoneError").queryAs(Label.class).isVisible()).isTrue();
        assertThat(robot.lookup("#message").queryAs(Label.class).getText()).startsWith("有 1 项需要改正");
        assertThat(RegisterOffice.entries(office)).isEqualTo(before);
        assertThat(robot.lookup("#phone").queryAs(Node.class).isFocused()).as("the caret goes to the field to correct").isTrue();
        robot.write("3");
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(RegisterOffice.entries(office)).as("consultant C's own visit, saved with Enter").isEqualTo(before + 1);
        assertThat(robot.lookup("#message").queryAs(Label.class).getText()).startsWith("已保存");
        assertThat(robot.lookup("#name").queryAs(javafx.scene.control.TextField.class).getText()).isEmpty();
    }

    @Test
    void escCancelsAndCtrlTwoOpensTheCallForm(FxRobot robot) {
        robot.clickOn("#name").write("李梅");
        robot.push(KeyCode.F1);
        assertThat(boardKeys).as("F1 typed in a form records no walk-in on the board").isZero();
        robot.push(KeyCode.F12);
        assertThat(deskKeys).as("the desk's own F12 still works").isEqualTo(1);
        robot.push(KeyCode.ESCAPE);
        assertThat(robot.lookup("#name").queryAs(javafx.scene.control.TextField.class).getText()).isEmpty();
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".form-head").queryAs(Label.class).getText()).isEqualTo("来电登记");
    }

    @Test
    void aPastedSheetOfFiftyRowsWithThreeBadOnesSavesNothingUntilFixedThenFifty(FxRobot robot) {
        int before = RegisterOffice.entries(office);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT6);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(BatchViewModelTest.fifty());
            Clipboard.getSystemClipboard().setContent(c);
        });
        @SuppressWarnings("unchecked")
        TableView<BatchViewModel.Row> table = robot.lookup(".batch-table").queryAs(TableView.class);
        robot.clickOn(table);
        robot.push(KeyCode.CONTROL, KeyCode.V);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSize(50);
        robot.push(KeyCode.CONTROL, KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#message").queryAs(Label.class).getText()).isEqualTo("第 7、23、41 行有错误:改正或删除后再保存,未保存任何一行");
        assertThat(RegisterOffice.entries(office)).isEqualTo(before);
        robot.interact(() -> table.scrollTo(6));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".error-row").queryAll()).as("the bad rows stay red").isNotEmpty();
        type(robot, table, 6, "phone", "13800000007");
        type(robot, table, 22, "name", "客户23");
        type(robot, table, 40, "consultant", "王五");
        assertThat(table.getItems().get(40).cell("consultant").get()).isEqualTo("王五");
        robot.push(KeyCode.CONTROL, KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#message").queryAs(Label.class).getText()).isEqualTo("已保存 50 条登记(一次保存,全部或全不)");
        assertThat(RegisterOffice.entries(office)).isEqualTo(before + 50);
    }

    /** Puts the focus on a cell (as the arrow keys would) and types a new value over it, then Enter. */
    private static void type(FxRobot robot, TableView<BatchViewModel.Row> table, int row, String column, String text) {
        robot.interact(() -> {
            table.scrollTo(Math.max(0, row - 2));
            var col = table.getColumns().stream().filter(c -> ("col-" + column).equals(c.getId())).findFirst().orElseThrow();
            table.getSelectionModel().clearAndSelect(row, col);
            table.getFocusModel().focus(row, col);
            table.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        // The first key opens the cell with that key as its text; the rest follows it.
        robot.write(text);
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
