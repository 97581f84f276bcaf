package org.anchang.ui.disputes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.anchang.cli.AnchangCommand;
import org.anchang.office.CustomerCacheView;
import org.anchang.office.DisputeCase;
import org.anchang.office.Disputes;
import org.anchang.office.Office;
import org.anchang.office.SampleDisputes;
import org.anchang.ui.shell.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The wizard headless (Monocle) on the sample office: a dispute walked through by keyboard from search to the recorded
 * verdict; the saved dossier re-judged by the command line equals the recorded verdict; afterwards only notes are offered.
 */
@ExtendWith(ApplicationExtension.class)
class DisputesScreenTest {

    @TempDir
    static Path dir;

    Office office;
    DisputesViewModel vm;

    /** Loading the sample takes longer than TestFX waits for a start: loaded before, copied in the start. */
    @BeforeAll
    static void loadSample() {
        SampleDisputes.open(dir.resolve("warm-up")).close();
    }

    @Start
    void start(Stage stage) {
        office = SampleDisputes.open(dir.resolve("office-" + System.nanoTime()));
        vm = new DisputesViewModel(new Disputes(office), "M01", "何建平", TaskRunner.SAME_THREAD, new DisputesViewModelTest.Folder(dir),
                DisputesViewModelTest.messages());
        stage.setScene(new Scene(new DisputesView(vm, DisputesViewModelTest.messages()).load(), 1600, 1000));
        stage.show();
    }

    @AfterEach
    void close() {
        office.close();
    }

    private static void alt(FxRobot robot, KeyCode key) {
        robot.push(KeyCode.ALT, key);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aSampleDisputeWalkedThroughByKeyboardIsRecordedFinalAndReJudgedAlikeByTheCommandLine(FxRobot robot) throws Exception {
        robot.clickOn("#queryField").write(DisputesViewModelTest.D05).push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#hitTable").queryAs(TableView.class).getItems()).hasSize(1);
        assertThat(vm.stepProperty().get()).isZero();      // Enter in the search field searched; it did not move on
        robot.interact(() -> vm.momentProperty().set(vm.moments().stream().filter(x -> x.label().contains("9月22日")).findFirst().orElseThrow()));
        alt(robot, KeyCode.N);                              // 记录
        assertThat(vm.stepProperty().get()).isEqualTo(1);
        assertThat(robot.lookup("#recordsPane").query().isVisible()).isTrue();
        assertThat(robot.lookup("#rowTable").queryAs(TableView.class).getItems()).hasSize(8);
        assertThat(robot.lookup("#step-2").queryAs(Label.class).getStyleClass()).contains("current");
        alt(robot, KeyCode.B);
        assertThat(vm.stepProperty().get()).isZero();
        robot.clickOn(robot.lookup("#hitTable .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        robot.push(KeyCode.ENTER);                          // on the list, Enter is the default button: 下一步
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.stepProperty().get()).isEqualTo(1);
        alt(robot, KeyCode.N);                              // 事实
        DisputeCase.Question absent = vm.questions().stream().filter(q -> q.key().equals("ownerAbsent")).findFirst().orElseThrow();
        String combo = "#q-" + absent.id().replace('@', '-');
        robot.clickOn(combo).clickOn("原顾问在场");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.currentProperty().get().facts()).hasSize(1);
        alt(robot, KeyCode.N);                              // 裁定
        assertThat(robot.lookup("#ownerLabel").queryAs(Label.class).getText()).startsWith("张雅婷");
        assertThat(robot.lookup("#dealsLabel").queryAs(Label.class).getText()).contains("张雅婷 100.0%");
        assertThat(robot.lookup("#whatIfList").queryAs(ListView.class).getItems()).hasSize(10);
        alt(robot, KeyCode.N);                              // 签字
        assertThat(robot.lookup("#deciderLabel").queryAs(Label.class).getText()).isEqualTo("何建平");
        alt(robot, KeyCode.S);                              // save the dossier
        Path saved = Files.list(dir).filter(p -> p.getFileName().toString().startsWith("判客档案-")).findFirst().orElseThrow();
        robot.push(KeyCode.ENTER);                          // the default button here records
        WaitForAsyncUtils.waitForFxEvents();
        Long id = vm.rulingProperty().get();
        assertThat(id).isNotNull();
        assertThat(robot.lookup("#rulingLabel").queryAs(Label.class).getText()).contains("一判终身");
        assertThat(CustomerCacheView.owner(office, DisputesViewModelTest.D05)).contains("C03");

        StringWriter out = new StringWriter();
        int code = AnchangCommand.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "judge", saved.toString());
        assertThat(code).isZero();
        assertThat(out.toString().strip()).isEqualTo(new Disputes(office).papers(id).orElseThrow().verdict().strip());

        // Final: the record button and the answers are gone for good; a note is what is left.
        assertThat(robot.lookup("#recordButton").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#mediatorBox").queryAs(ComboBox.class).isDisabled()).isTrue();
        robot.clickOn("#noteField").write("已告知双方").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#noteList").queryAs(ListView.class).getItems()).hasSize(1);
        alt(robot, KeyCode.B);
        alt(robot, KeyCode.B);
        assertThat(vm.stepProperty().get()).isEqualTo(2);
        assertThat(robot.lookup(combo).queryAs(ComboBox.class).isDisabled()).isTrue();
    }
}
