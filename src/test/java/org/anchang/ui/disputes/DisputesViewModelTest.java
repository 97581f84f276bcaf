package org.anchang.ui.disputes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.anchang.office.CustomerCacheView;
import org.anchang.office.DisputeCase;
import org.anchang.office.Disputes;
import org.anchang.office.Office;
import org.anchang.office.SampleDisputes;
import org.anchang.ui.shell.TaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wizard's view model without the JavaFX toolkit, one test per step, on the sample office. */
class DisputesViewModelTest {

    /** d05 of the sample: a referred customer who named the absent owner; the last on duty took a deposit (REF-3 20/80). */
    static final String D05 = "13900006232";

    @TempDir
    Path dir;

    static ResourceBundle messages() {
        return ResourceBundle.getBundle("org.anchang.ui.messages", Locale.SIMPLIFIED_CHINESE);
    }

    /** Answers save dialogs with files in a folder, and remembers what was asked. */
    static final class Folder implements DisputeFiles {
        final Path dir;
        final Deque<String> asked = new ArrayDeque<>();

        Folder(Path dir) {
            this.dir = dir;
        }

        @Override
        public Optional<Path> saveAs(String title, String suggested) {
            asked.add(title);
            return Optional.of(dir.resolve(suggested));
        }
    }

    DisputesViewModel vm(Office o, Folder files) {
        return new DisputesViewModel(new Disputes(o), "M01", "何建平", TaskRunner.SAME_THREAD, files, messages());
    }

    /** Steps 1–3 for d05 as of its deposit. */
    static void openD05(DisputesViewModel vm) {
        vm.queryProperty().set(D05);
        vm.search();
        vm.momentProperty().set(vm.moments().stream().filter(x -> x.label().contains("9月22日")).findFirst().orElseThrow());
        vm.next();
    }

    @Test
    void step1SearchesByPhoneNameOrConsultantAndOffersTheGroupsDealsAsMoments() {
        try (Office o = SampleDisputes.open(dir.resolve("office"))) {
            DisputesViewModel vm = vm(o, new Folder(dir));
            assertThat(vm.canNextProperty().get()).isFalse();
            vm.search();
            assertThat(vm.hits()).hasSize(200);
            assertThat(vm.hits().get(0).collision()).isTrue();
            assertThat(vm.messageProperty().get()).isEqualTo("找到 200 个客户组");
            vm.queryProperty().set("6232");
            vm.search();
            assertThat(vm.hits()).anySatisfy(h -> assertThat(h.phones()).contains(D05));
            vm.queryProperty().set(D05);
            vm.search();
            assertThat(vm.selectedProperty().get().phones()).contains(D05);
            assertThat(vm.moments()).extracting(DisputesViewModel.Moment::label).first().isEqualTo("现在(截至今天的全部登记)");
            assertThat(vm.moments()).hasSizeGreaterThan(1);
            assertThat(vm.canNextProperty().get()).isTrue();
            vm.queryProperty().set("没有这个人");
            vm.search();
            assertThat(vm.hits()).isEmpty();
            assertThat(vm.canNextProperty().get()).isFalse();
        }
    }

    @Test
    void step2GathersTheRecordsWithTheJudgesReadingOfEach() {
        try (Office o = SampleDisputes.open(dir.resolve("office"))) {
            DisputesViewModel vm = vm(o, new Folder(dir));
            openD05(vm);
            assertThat(vm.stepProperty().get()).isEqualTo(1);
            assertThat(vm.rows()).hasSize(8);
            assertThat(vm.titleProperty().get()).startsWith("判客档案:").contains("张雅婷").contains("吴欣妍");
            assertThat(vm.rows().get(6).detail()).contains("指名 张雅婷").contains("原顾问不在场");
            assertThat(vm.rows()).allSatisfy(r -> assertThat(r.lines()).isNotEmpty());
            vm.back();
            assertThat(vm.stepProperty().get()).isZero();
        }
    }

    @Test
    void step3AnswersBecomeFactsAndTheVerdictFollows() {
        try (Office o = SampleDisputes.open(dir.resolve("office"))) {
            DisputesViewModel vm = vm(o, new Folder(dir));
            openD05(vm);
            vm.next();
            assertThat(vm.stepProperty().get()).isEqualTo(2);
            DisputeCase.Question absent = vm.questions().stream().filter(q -> q.key().equals("ownerAbsent")).findFirst().orElseThrow();
            assertThat(vm.dealsProperty().get()).contains("张雅婷 20.0%、吴欣妍 80.0%");
            vm.answer(absent.id(), "false");
            assertThat(vm.currentProperty().get().facts()).hasSize(1);
            assertThat(vm.dealsProperty().get()).contains("张雅婷 100.0%").doesNotContain("吴欣妍 80.0%");
            assertThat(vm.messageProperty().get()).startsWith("已记入事实");
            assertThat(vm.notices()).isEmpty();
        }
    }

    @Test
    void step4ShowsTheVerdictAndWhatEveryOtherPresetWouldDecide() {
        try (Office o = SampleDisputes.open(dir.resolve("office"))) {
            DisputesViewModel vm = vm(o, new Folder(dir));
            openD05(vm);
            vm.next();
            vm.next();
            assertThat(vm.stepProperty().get()).isEqualTo(3);
            assertThat(vm.ownerProperty().get()).startsWith("张雅婷");
            assertThat(vm.penaltiesProperty().get()).isEqualTo("无");
            assertThat(vm.trail()).anySatisfy(t -> assertThat(t.rule().id()).isEqualTo("REF-3"));
            assertThat(vm.whatIfs()).hasSize(10).extracting(DisputeCase.WhatIf::policy).doesNotContain("sales-dept");
            assertThat(o.policy().id()).isEqualTo("sales-dept");
        }
    }

    @Test
    void step5SavesPrintsRecordsAndThenOnlyAnnotates() throws Exception {
        try (Office o = SampleDisputes.open(dir.resolve("office"))) {
            Folder files = new Folder(dir);
            DisputesViewModel vm = vm(o, files);
            openD05(vm);
            vm.next();
            vm.next();
            vm.next();
            assertThat(vm.stepProperty().get()).isEqualTo(4);
            assertThat(vm.mediatorProperty().get().id()).isEqualTo("S01");
            assertThat(vm.clerkProperty().get().id()).isEqualTo("K01");
            assertThat(vm.canNextProperty().get()).isFalse();
            vm.save();
            assertThat(files.asked).containsExactly("保存判客档案");
            Path saved = dir.resolve("判客档案-" + D05 + "-20260922-1530.json");
            assertThat(Files.readString(saved)).contains("\"policy\" : \"sales-dept\"");
            vm.print();
            assertThat(Files.list(dir).filter(p -> p.toString().endsWith(".xlsx"))).hasSize(1);
            vm.annotate();
            assertThat(vm.errorProperty().get()).isTrue();
            vm.clerkProperty().set(null);
            assertThat(vm.canRecordProperty().get()).isFalse();
            vm.record();
            assertThat(vm.messageProperty().get()).isEqualTo("请先选择调解人和查档人");
            vm.clerkProperty().set(vm.clerks().get(0));
            vm.record();
            assertThat(vm.rulingProperty().get()).isNotNull();
            assertThat(vm.lockedProperty().get()).isTrue();
            assertThat(vm.messageProperty().get()).contains("一判终身");
            assertThat(CustomerCacheView.owner(o, D05)).contains("C03");
            // Recorded: no more answers, no second record, only notes.
            DisputeCase.Question q = vm.questions().get(0);
            vm.answer(q.id(), q.options().stream().filter(x -> !x.value().equals(q.current())).findFirst().orElseThrow().value());
            assertThat(vm.errorProperty().get()).isTrue();
            assertThat(vm.canRecordProperty().get()).isFalse();
            vm.noteProperty().set("双方已签字确认");
            vm.annotate();
            assertThat(vm.notes()).singleElement().satisfies(n -> assertThat(n).endsWith("何建平:双方已签字确认"));
            assertThat(vm.noteProperty().get()).isEmpty();
            assertThat(new Disputes(o).papers(vm.rulingProperty().get()).orElseThrow().verdict()).isEqualTo(vm.currentProperty().get().verdictJson());
            // Opened again later: already ruled, the wizard is locked from the start and says why.
            DisputesViewModel again = vm(o, files);
            openD05(again);
            assertThat(again.lockedProperty().get()).isTrue();
            assertThat(again.rulingProperty().get()).isEqualTo(vm.rulingProperty().get());
            assertThat(again.rows()).anySatisfy(r -> assertThat(r.kind()).isEqualTo("裁定"));
            assertThat(again.notes()).hasSize(1);
        }
    }

    @Test
    void aRefusalIsOneChineseLineNeverAStackTrace() {
        try (Office o = SampleDisputes.open(dir.resolve("office"))) {
            DisputesViewModel vm = new DisputesViewModel(new Disputes(o), "C01", "李晓琳", TaskRunner.SAME_THREAD, new Folder(dir), messages());
            vm.search();
            assertThat(vm.errorProperty().get()).isTrue();
            assertThat(vm.messageProperty().get()).startsWith("未能完成:操作人:").doesNotContain("Exception").doesNotContain("\tat ");
        }
    }
}
