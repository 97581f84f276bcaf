package org.anchang.ui.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.anchang.customer.Phone;
import org.anchang.customer.Relation;
import org.anchang.office.Office;
import org.anchang.office.RegisterDesk;
import org.anchang.register.Visit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The visit form without the toolkit: every field's rule, what a save writes, what the form remembers. */
class VisitViewModelTest {

    @TempDir
    Path dir;

    static VisitViewModel vm(Office o, String actor) {
        VisitViewModel vm = new VisitViewModel(RegisterOffice.context(o, actor));
        vm.load();
        return vm;
    }

    static void fill(VisitViewModel vm, String consultant, String name, String phone) {
        vm.textProperty("consultant").set(consultant);
        vm.textProperty("name").set(name);
        vm.textProperty("phone").set(phone);
        vm.textProperty("time").set("10:30");
    }

    static String error(EntryViewModel vm, String key) {
        return vm.errorProperty(key).get();
    }

    @Test
    void aNewFormShowsNoMessageUntilAFieldIsLeftOrASaveIsTried() {
        try (Office o = RegisterOffice.staffed(dir)) {
            VisitViewModel vm = vm(o, "K");
            assertThat(vm.dateProperty("date").get()).isEqualTo(RegisterOffice.DAY);
            assertThat(vm.textProperty("time").get()).isEqualTo("18:00");
            assertThat(vm.textProperty("consultant").get()).as("a clerk has no consultant of their own").isEmpty();
            assertThat(error(vm, "name")).isNull();
            assertThat(vm.validProperty().get()).isFalse();
            vm.textProperty("phone").set("1380000");
            assertThat(error(vm, "phone")).as("not while typing").isNull();
            vm.leave("phone");
            assertThat(error(vm, "phone")).isEqualTo("手机号「1380000」应为11位,实为7位(REG-2)");
            vm.save();
            assertThat(error(vm, "consultant")).isEqualTo("必填");
            assertThat(error(vm, "name")).isEqualTo("必填:登记须有客户姓名和电话(REG-2)");
            assertThat(vm.messageProperty().get()).isEqualTo("有 3 项需要改正(见标红处),未保存");
            assertThat(vm.firstErrorProperty().get()).isEqualTo("consultant");
            assertThat(RegisterOffice.entries(o)).isZero();
        }
    }

    @Test
    void reg2_phonesAreTakenAsTheirDigitsAndAnythingElseSaysWhatIsWrong() {
        try (Office o = RegisterOffice.staffed(dir)) {
            VisitViewModel vm = vm(o, "K");
            vm.save();
            String[][] cases = {
                {"+86 138-0000-1111", null, "识别为 138 0000 1111"},
                {"0086 13800001111", null, "识别为 138 0000 1111"},
                {"0571-8888 6666", null, "识别为 057188886666"},
                {"1380000111", "手机号「1380000111」应为11位,实为10位(REG-2)", ""},
                {"12800001111", "手机号「12800001111」第二位应为3–9(REG-2)", ""},
                {"138o0001111", "电话「138o0001111」含有非数字字符(REG-2)", ""},
                {"0571888", "固定电话「0571888」应为区号加7–8位号码(共10–12位),实为7位(REG-2)", ""},
                {"88886666", "电话「88886666」既不是手机号(1开头11位)也不是固定电话(0开头带区号)(REG-2)", ""},
                {"", "必填", ""}};
            for (String[] c : cases) {
                vm.textProperty("phone").set(c[0]);
                assertThat(error(vm, "phone")).as(c[0]).isEqualTo(c[1]);
                assertThat(vm.phoneHintProperty().get()).as(c[0]).isEqualTo(c[2]);
            }
        }
    }

    @Test
    void theTimeMustBeATimeAndAVisitInTheFutureIsRefused() {
        try (Office o = RegisterOffice.staffed(dir)) {
            VisitViewModel vm = vm(o, "K");
            vm.save();
            fill(vm, "A", "王强", "13800001111");
            for (String ok : new String[] {"10:30", "9:05", "1030", "10.30", "10点30", "18:05"}) {
                vm.textProperty("time").set(ok);
                assertThat(error(vm, "time")).as(ok).isNull();
            }
            vm.textProperty("time").set("25:00");
            assertThat(error(vm, "time")).isEqualTo("时间应为 时:分,例如 10:30");
            vm.textProperty("time").set("18:30");
            assertThat(error(vm, "time")).isEqualTo("不能晚于现在(2026-03-20 18:00)");
            vm.textProperty("time").set("09:00");
            vm.dateProperty("date").set(LocalDate.of(2026, 3, 21));
            assertThat(error(vm, "time")).isEqualTo("不能晚于现在(2026-03-20 18:00)");
            vm.dateProperty("date").set(null);
            assertThat(error(vm, "date")).isEqualTo("必填");
            vm.save();
            assertThat(RegisterOffice.entries(o)).isZero();
        }
    }

    @Test
    void theConsultantsMustBeOfTheOffice() {
        try (Office o = RegisterOffice.staffed(dir)) {
            VisitViewModel vm = vm(o, "K");
            fill(vm, "Z", "王强", "13800001111");
            vm.save();
            assertThat(error(vm, "consultant")).isEqualTo("「Z」不是本案场的人员,请从列表中选择");
            for (String ok : new String[] {"A", "a", "张三", "A 张三", "张"}) {
                vm.textProperty("consultant").set(ok);
                assertThat(error(vm, "consultant")).as(ok).isNull();
            }
            vm.textProperty("consultant").set("X");
            assertThat(error(vm, "consultant")).as("an agent receives no visit").isEqualTo("「X」不是本案场的人员,请从列表中选择");
            vm.textProperty("consultant").set("A");
            vm.textProperty("named").set("钱");
            assertThat(error(vm, "named")).isEqualTo("「钱」不是本案场的人员,请从列表中选择");
            vm.textProperty("named").set("");
            assertThat(error(vm, "named")).isNull();
        }
    }

    @Test
    void partySizeReferralAndRelationAreChecked() {
        try (Office o = RegisterOffice.staffed(dir)) {
            VisitViewModel vm = vm(o, "K");
            vm.save();
            fill(vm, "A", "王强", "13800001111");
            vm.textProperty("party").set("0");
            assertThat(error(vm, "party")).isEqualTo("人数应为1–99的整数");
            vm.textProperty("party").set("三");
            assertThat(error(vm, "party")).isEqualTo("人数应为1–99的整数");
            vm.textProperty("party").set("3");
            assertThat(error(vm, "party")).isNull();
            vm.flagProperty("accompanied").set(true);
            assertThat(error(vm, "accompanied")).isEqualTo("老客户陪同须填写介绍人电话");
            vm.textProperty("referredBy").set("138-0000-1111");
            assertThat(error(vm, "referredBy")).isEqualTo("13800001111 是客户本人的电话");
            vm.textProperty("referredBy").set("1390000");
            assertThat(error(vm, "referredBy")).isEqualTo("手机号「1390000」应为11位,实为7位(REG-2)");
            vm.textProperty("referredBy").set("13900003333");
            assertThat(error(vm, "referredBy")).isNull();
            assertThat(error(vm, "accompanied")).isNull();
            vm.textProperty("relationPhone").set("13600006666");
            assertThat(error(vm, "relationKind")).isEqualTo("请选择关系");
            vm.textProperty("relationPhone").set("");
            vm.pickProperty("relationKind").set("SPOUSE");
            assertThat(error(vm, "relationPhone")).isEqualTo("请填写关系人电话");
            vm.textProperty("relationPhone").set("13600006666");
            assertThat(vm.validProperty().get()).isTrue();
        }
    }

    @Test
    void aSaveWritesOneVisitWithEveryColumnAndRemembersConsultantAndSource() {
        try (Office o = RegisterOffice.staffed(dir)) {
            EntryViewModel.Context c = RegisterOffice.context(o, "K");
            VisitViewModel vm = new VisitViewModel(c);
            vm.load();
            fill(vm, "李四", "王强", "+86 138 0000 1111");
            vm.textProperty("party").set("3");
            vm.textProperty("source").set("老带新");
            vm.pickProperty("intent").set("高");
            vm.textProperty("named").set("A");
            vm.textProperty("referredBy").set("13900003333");
            vm.flagProperty("accompanied").set(true);
            vm.textProperty("relationPhone").set("13600006666");
            vm.pickProperty("relationKind").set("SPOUSE");
            vm.textProperty("notes").set("看了三房");
            long[] saved = {0};
            vm.setOnSaved(id -> saved[0] = id);
            vm.save();
            assertThat(vm.messageProperty().get()).isEqualTo("已保存(登记第 " + saved[0] + " 号)");
            assertThat(RegisterOffice.entries(o)).isEqualTo(1);
            Visit v = (Visit) RegisterOffice.stored(o).get(0);
            assertThat(v.at()).isEqualTo(LocalDateTime.of(2026, 3, 20, 10, 30));
            assertThat(v.by()).isEqualTo("B");
            assertThat(v.customer().phone()).isEqualTo(Phone.parse("13800001111"));
            assertThat(v.named()).contains("A");
            assertThat(v.referredBy()).contains(Phone.parse("13900003333"));
            assertThat(v.accompanied()).isTrue();
            assertThat(v.relation()).contains(new Relation(Phone.parse("13600006666"), Relation.Kind.SPOUSE));
            assertThat(v.details()).isEqualTo(new Visit.Details(Optional.of(3), Optional.of(true), Optional.of("老带新"), Optional.of("高"),
                    Optional.of("看了三房")));
            Optional<String> broken = o.read(org.anchang.store.AuditLog::verify);
            assertThat(broken).as("the entry_extra row is in the audit chain").isEmpty();
            // A new form: the typed customer is gone; the consultant and the source stay, here and in the call form.
            assertThat(vm.textProperty("name").get()).isEmpty();
            assertThat(vm.textProperty("consultant").get()).isEqualTo("李四");
            assertThat(vm.textProperty("source").get()).isEqualTo("老带新");
            CallViewModel call = new CallViewModel(c);
            call.load();
            assertThat(call.textProperty("consultant").get()).isEqualTo("李四");
            assertThat(call.textProperty("source").get()).isEqualTo("老带新");
        }
    }

    @Test
    void ctrlNStartsANewFormAndEscThrowsAwayWhatWasTyped() {
        try (Office o = RegisterOffice.staffed(dir)) {
            VisitViewModel vm = vm(o, "A");
            assertThat(vm.textProperty("consultant").get()).as("a consultant's own visits by default").isEqualTo("A 张三");
            vm.textProperty("name").set("王强");
            vm.textProperty("phone").set("13800001111");
            vm.save();
            vm.textProperty("name").set("李梅");
            vm.cancel();
            assertThat(vm.textProperty("name").get()).isEmpty();
            assertThat(vm.textProperty("phone").get()).isEmpty();
            assertThat(vm.messageProperty().get()).isEqualTo("已取消,未保存");
            vm.textProperty("phone").set("139");
            vm.newEntry();
            assertThat(vm.textProperty("phone").get()).isEmpty();
            assertThat(vm.errorProperty("phone").get()).isNull();
            assertThat(vm.collision().lines()).isEmpty();
            assertThat(RegisterOffice.entries(o)).isEqualTo(1);
        }
    }

    @Test
    void aKnownPhoneSuggestsARepeatVisitUntilTheClerkPicks() {
        try (Office o = RegisterOffice.staffed(dir)) {
            new RegisterDesk(o).record(RegisterOffice.visit("03-18 10:00", "A", "王强", "13800001111"), "K");
            VisitViewModel vm = vm(o, "K");
            assertThat(vm.pickProperty("visitType").get()).isEqualTo("first");
            vm.textProperty("phone").set("13800001111");
            assertThat(vm.pickProperty("visitType").get()).isEqualTo("repeat");
            vm.textProperty("phone").set("13900003333");
            assertThat(vm.pickProperty("visitType").get()).isEqualTo("first");
            vm.pickProperty("visitType").set("repeat");
            vm.textProperty("phone").set("13600006666");
            assertThat(vm.pickProperty("visitType").get()).as("the clerk's pick stays").isEqualTo("repeat");
        }
    }
}
