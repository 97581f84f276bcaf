package org.anchang.ui.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import org.anchang.customer.MaskedPhone;
import org.anchang.customer.Phone;
import org.anchang.office.Office;
import org.anchang.office.RegisterDesk;
import org.anchang.office.Staff;
import org.anchang.register.Call;
import org.anchang.register.FollowUp;
import org.anchang.register.Prospect;
import org.anchang.register.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The call, follow-up, prospecting and channel report forms without the toolkit (now is 3月20日 18:00). */
class FormViewModelsTest {

    @TempDir
    Path dir;

    static <T extends EntryViewModel> T loaded(T vm) {
        vm.load();
        return vm;
    }

    static String error(EntryViewModel vm, String key) {
        return vm.errorProperty(key).get();
    }

    @Test
    void aCallNeedsWhoAnsweredNameAndPhoneAndKeepsSourceIntentAndNotes() {
        try (Office o = RegisterOffice.staffed(dir)) {
            CallViewModel vm = loaded(new CallViewModel(RegisterOffice.context(o, "K")));
            vm.save();
            assertThat(error(vm, "consultant")).isEqualTo("必填");
            assertThat(error(vm, "name")).isEqualTo("必填:登记须有客户姓名和电话(REG-2)");
            assertThat(error(vm, "phone")).isEqualTo("必填");
            vm.textProperty("consultant").set("C");
            vm.textProperty("name").set("周先生");
            vm.textProperty("phone").set("139 0000 3333");
            vm.textProperty("time").set("9:40");
            vm.textProperty("source").set("网络");
            vm.pickProperty("intent").set("中");
            vm.textProperty("notes").set("问价格");
            vm.save();
            assertThat(RegisterOffice.stored(o)).containsExactly(new Call(LocalDateTime.of(2026, 3, 20, 9, 40), "C",
                    new org.anchang.customer.Contact("周先生", Phone.parse("13900003333")),
                    new Call.Details(Optional.of("网络"), Optional.of("中"), Optional.of("问价格"))));
        }
    }

    @Test
    void prot3_aFollowUpNeedsContentNotBeforeItsDayAndSaysWhenItRenewsNothing() {
        try (Office o = RegisterOffice.staffed(dir)) {
            new RegisterDesk(o).record(RegisterOffice.visit("03-18 10:00", "A", "王强", "13800001111"), "K");
            FollowUpViewModel vm = loaded(new FollowUpViewModel(RegisterOffice.context(o, "K")));
            vm.save();
            assertThat(error(vm, "content")).isEqualTo("必填");
            assertThat(error(vm, "phone")).isEqualTo("必填");
            vm.textProperty("consultant").set("B");
            vm.textProperty("phone").set("13800001111");
            assertThat(vm.ownerHintProperty().get()).isEqualTo("李四 不是归属顾问,此跟进不改变归属和保护期(PROT-3)");
            vm.textProperty("consultant").set("A");
            assertThat(vm.ownerHintProperty().get()).isEmpty();
            vm.textProperty("phone").set("13900003333");
            assertThat(vm.ownerHintProperty().get()).isEqualTo("此电话尚无登记:跟进不产生归属");
            vm.textProperty("phone").set("13800001111");
            vm.textProperty("content").set("约周六看样板间");
            vm.dateProperty("next").set(LocalDate.of(2026, 3, 19));
            assertThat(error(vm, "next")).isEqualTo("不能早于本次跟进日期");
            vm.dateProperty("next").set(LocalDate.of(2026, 3, 22));
            vm.pickProperty("method").set("微信");
            vm.textProperty("time").set("11:00");
            vm.save();
            assertThat(RegisterOffice.stored(o)).last().isEqualTo(new FollowUp(LocalDateTime.of(2026, 3, 20, 11, 0), "A",
                    Phone.parse("13800001111"), new FollowUp.Details(Optional.of("微信"), Optional.of("约周六看样板间"),
                            Optional.of(LocalDate.of(2026, 3, 22)))));
        }
    }

    @Test
    void aProspectKeepsWechatCompanyAddressBusinessTypeIntentAndNotes() {
        try (Office o = RegisterOffice.staffed(dir)) {
            ProspectViewModel vm = loaded(new ProspectViewModel(RegisterOffice.context(o, "D")));
            assertThat(vm.textProperty("consultant").get()).isEqualTo("D 赵六");
            vm.textProperty("name").set("钱总");
            vm.textProperty("phone").set("13600006666");
            vm.textProperty("wechat").set("qian-666");
            vm.textProperty("company").set("某某科技");
            vm.textProperty("address").set("滨江区江南大道1号");
            vm.textProperty("businessType").set("写字楼");
            vm.pickProperty("intent").set("低");
            vm.textProperty("notes").set("下月再联系");
            vm.textProperty("time").set("14:00");
            vm.save();
            assertThat(vm.messageProperty().get()).startsWith("已保存");
            Prospect p = (Prospect) RegisterOffice.stored(o).get(0);
            assertThat(p.by()).isEqualTo("D");
            assertThat(p.businessType()).contains("写字楼");
            assertThat(p.details()).isEqualTo(new Prospect.Details(Optional.of("滨江区江南大道1号"), Optional.of("某某科技"),
                    Optional.of("qian-666"), Optional.of("低"), Optional.of("下月再联系")));
        }
    }

    @Test
    void rpt1_rpt2_aReportNeedsAnAgentAPhoneWholeOrMaskedAndAnExpectedVisitWithinSevenDays() {
        try (Office o = RegisterOffice.staffed(dir)) {
            ReportViewModel vm = loaded(new ReportViewModel(RegisterOffice.context(o, "K")));
            vm.save();
            assertThat(error(vm, "agent")).isEqualTo("必填");
            vm.textProperty("agent").set("A");
            assertThat(error(vm, "agent")).as("a consultant is no channel agent").isEqualTo("「A」不是本案场的人员,请从列表中选择");
            vm.textProperty("agent").set("钱七");
            assertThat(error(vm, "agent")).isNull();
            vm.textProperty("agent").set("渠道-钱七");
            vm.textProperty("name").set("蒋");
            vm.textProperty("time").set("10:00");
            vm.textProperty("phone").set("135*1*60000");
            assertThat(error(vm, "phone")).isEqualTo("报备电话「135*1*60000」的星号应连在一起,例如 138***88888(REG-2, REG-6)");
            vm.textProperty("phone").set("135***6000");
            assertThat(error(vm, "phone")).startsWith("报备电话「135***6000」应为前三位和后五位");
            vm.textProperty("phone").set("1351236000");
            assertThat(error(vm, "phone")).startsWith("手机号「1351236000」应为11位");
            vm.textProperty("phone").set("135***60000");
            assertThat(error(vm, "phone")).isNull();
            assertThat(vm.dateProperty("expectedDate").get()).as("the report's day by default").isEqualTo(RegisterOffice.DAY);
            assertThat(error(vm, "half")).isEqualTo("当天到访须注明上午或下午(RPT-1)");
            vm.pickProperty("half").set("pm");
            assertThat(error(vm, "half")).isNull();
            vm.dateProperty("expectedDate").set(LocalDate.of(2026, 3, 28));
            assertThat(error(vm, "expectedDate")).isEqualTo("应在报备起7天内,至 3月27日(RPT-2)");
            vm.dateProperty("expectedDate").set(LocalDate.of(2026, 3, 19));
            assertThat(error(vm, "expectedDate")).isEqualTo("不能早于报备当天(3月20日)");
            vm.dateProperty("expectedDate").set(LocalDate.of(2026, 3, 27));
            vm.pickProperty("half").set("none");
            assertThat(error(vm, "expectedDate")).isNull();
            assertThat(error(vm, "half")).as("another day needs no half").isNull();
            vm.textProperty("team").set("钱七队");
            vm.save();
            assertThat(RegisterOffice.stored(o)).containsExactly(new Report(LocalDateTime.of(2026, 3, 20, 10, 0), "X", "蒋",
                    MaskedPhone.parse("135***60000"), LocalDateTime.of(2026, 3, 27, 0, 0), Optional.of("钱七队")));
        }
    }

    @Test
    void rpt2_theValidityIsTheRegimes() {
        try (Office o = RegisterOffice.staffed(dir)) {
            new Staff(o).setPolicy("protection-48h", Map.of(), "M");
            ReportViewModel vm = loaded(new ReportViewModel(RegisterOffice.context(o, "K")));
            vm.textProperty("time").set("10:00");
            vm.dateProperty("expectedDate").set(LocalDate.of(2026, 3, 22));
            vm.pickProperty("half").set("pm");
            vm.save();
            assertThat(error(vm, "expectedDate")).isEqualTo("应在报备起7天内,至 3月22日(RPT-2)");
            vm.pickProperty("half").set("am");
            assertThat(error(vm, "expectedDate")).as("48 hours: 3月22日 10:00").isNull();
        }
    }

    @Test
    void theDeskRefusesWhatAFormLetThroughAndTheFormShowsItOnTheField() {
        try (Office o = RegisterOffice.staffed(dir)) {
            ReportViewModel vm = loaded(new ReportViewModel(RegisterOffice.context(o, "K")));
            vm.textProperty("agent").set("X");
            vm.textProperty("name").set("蒋");
            vm.textProperty("phone").set("13512360000");
            vm.textProperty("time").set("10:00");
            vm.dateProperty("expectedDate").set(LocalDate.of(2026, 3, 27));
            // The manager picks a 48-hour regime after the form was opened: the desk's check is the one that counts.
            new Staff(o).setPolicy("protection-48h", Map.of(), "M");
            vm.save();
            assertThat(vm.messageProperty().get()).isEqualTo("未保存:预计到访: 应在报备起7天内,至 3月22日(RPT-2)");
            assertThat(error(vm, "expectedDate")).isEqualTo("应在报备起7天内,至 3月22日(RPT-2)");
            assertThat(RegisterOffice.entries(o)).isZero();
            vm.dateProperty("expectedDate").set(LocalDate.of(2026, 3, 21));
            assertThat(error(vm, "expectedDate")).as("a new value clears the desk's message").isNull();
        }
    }
}
