package org.anchang.ui.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.anchang.customer.Contact;
import org.anchang.customer.Phone;
import org.anchang.office.Office;
import org.anchang.office.RegisterDesk;
import org.anchang.register.Call;
import org.anchang.register.Entry;
import org.anchang.register.Visit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The end-of-day sheet without the toolkit: rows checked as typed or pasted, saved all at once or not at all. */
class BatchViewModelTest {

    @TempDir
    Path dir;

    static BatchViewModel sheet(Office o) {
        BatchViewModel vm = new BatchViewModel(RegisterOffice.context(o, "K"));
        vm.load();
        vm.dateProperty().set(LocalDate.of(2026, 3, 19));
        return vm;
    }

    /** 50 rows as Excel copies them (tabs, CRLF); rows 7, 23 and 41 are wrong: a short phone, no name, an unknown consultant. */
    static String fifty() {
        StringBuilder b = new StringBuilder();
        String[] who = {"张三", "李四", "王五", "赵六"};
        for (int i = 1; i <= 50; i++) {
            String phone = "1380000" + String.format("%04d", i);
            String name = "客户" + i;
            String consultant = who[i % 4];
            if (i == 7) {
                phone = "1380000007";
            } else if (i == 23) {
                name = "";
            } else if (i == 41) {
                consultant = "孙悟空";
            }
            b.append(String.format("%02d:%02d", 9 + i / 6, i % 6 * 10)).append('\t').append(name).append('\t').append(phone).append('\t')
                    .append(consultant).append('\t').append(i % 2 == 0 ? "自然来访" : "朋友介绍").append('\t').append("中").append('\t')
                    .append(i == 5 ? "\"带了\t孩子\"" : "").append("\r\n");
        }
        return b.toString();
    }

    @Test
    void fiftyPastedRowsWithThreeBadOnesSaveNothingUntilFixedThenAllFifty() {
        try (Office o = RegisterOffice.staffed(dir)) {
            BatchViewModel vm = sheet(o);
            assertThat(vm.paste(fifty())).isEqualTo(50);
            assertThat(vm.rows()).hasSize(50);
            assertThat(vm.rows().stream().filter(BatchViewModel.Row::hasError).map(vm.rows()::indexOf)).containsExactly(6, 22, 40);
            assertThat(vm.rows().get(6).statusProperty().get()).isEqualTo("电话:手机号「1380000007」应为11位,实为10位(REG-2)");
            assertThat(vm.rows().get(22).statusProperty().get()).isEqualTo("姓名:必填:登记须有客户姓名和电话(REG-2)");
            assertThat(vm.rows().get(40).statusProperty().get()).isEqualTo("置业顾问:「孙悟空」不是本案场的人员,请从列表中选择");
            assertThat(vm.rows().get(6).stateProperty().get()).isEqualTo("error");
            assertThat(vm.rows().get(4).cell("notes").get()).as("a quoted cell keeps its tab").isEqualTo("带了\t孩子");
            assertThat(vm.countsProperty().get()).isEqualTo("共 50 行,3 行有错误,0 行撞单预警");
            vm.save();
            assertThat(vm.messageProperty().get()).isEqualTo("第 7、23、41 行有错误:改正或删除后再保存,未保存任何一行");
            assertThat(RegisterOffice.entries(o)).isZero();
            vm.rows().get(6).cell("phone").set("13800000007");
            vm.rows().get(22).cell("name").set("客户23");
            vm.save();
            assertThat(RegisterOffice.entries(o)).as("one bad row left: still nothing").isZero();
            assertThat(vm.messageProperty().get()).isEqualTo("第 41 行有错误:改正或删除后再保存,未保存任何一行");
            vm.rows().get(40).cell("consultant").set("C");
            vm.save();
            assertThat(vm.messageProperty().get()).isEqualTo("已保存 50 条登记(一次保存,全部或全不)");
            List<Entry> stored = RegisterOffice.stored(o);
            assertThat(stored).hasSize(50);
            Visit first = (Visit) stored.get(0);
            assertThat(first.at()).isEqualTo(LocalDateTime.of(2026, 3, 19, 9, 10));
            assertThat(first.by()).isEqualTo("B");
            assertThat(first.customer()).isEqualTo(new Contact("客户1", Phone.parse("13800000001")));
            assertThat(first.details().source()).contains("朋友介绍");
            assertThat(first.details().intent()).contains("中");
            assertThat(vm.rows()).allMatch(BatchViewModel.Row::isEmpty);
        }
    }

    @Test
    void aHeaderRowSaysWhichColumnIsWhichAndARemovedBadRowLetsTheRestSave() {
        try (Office o = RegisterOffice.staffed(dir)) {
            new RegisterDesk(o).record(RegisterOffice.visit("03-18 10:00", "A", "王强", "13800001111"), "K");
            BatchViewModel vm = sheet(o);
            vm.kindProperty().set("call");
            vm.paste("电话\t姓名\t来电时间\t接听顾问\t备注\n13800001111\t王强\t10:05\t李四\t再问户型\n139000\t李梅\t10:30\t张三\t\n\n");
            assertThat(vm.rows().get(0).cell("phone").get()).isEqualTo("13800001111");
            assertThat(vm.rows().get(0).cell("time").get()).isEqualTo("10:05");
            assertThat(vm.rows().get(0).stateProperty().get()).isEqualTo("warn");
            assertThat(vm.rows().get(0).statusProperty().get()).isEqualTo("撞单预警:「王强」138****1111 已属 张三,保护至 3月25日(还剩 5 天) (OWN-1)");
            assertThat(vm.rows().get(1).hasError()).isTrue();
            vm.remove(List.of(vm.rows().get(1)));
            vm.save();
            assertThat(RegisterOffice.stored(o)).last().isEqualTo(new Call(LocalDateTime.of(2026, 3, 19, 10, 5), "B",
                    new Contact("王强", Phone.parse("13800001111")), new Call.Details(Optional.empty(), Optional.empty(), Optional.of("再问户型"))));
        }
    }

    @Test
    void timesAreCheckedOnTheSheetsDayAndAnEmptySheetSavesNothing() {
        try (Office o = RegisterOffice.staffed(dir)) {
            BatchViewModel vm = sheet(o);
            vm.save();
            assertThat(vm.messageProperty().get()).isEqualTo("表中没有可保存的行");
            BatchViewModel.Row r = vm.rows().get(0);
            r.cell("name").set("王强");
            r.cell("phone").set("13800001111");
            r.cell("consultant").set("A");
            assertThat(r.problem("time")).contains("必填");
            r.cell("time").set("9点");
            assertThat(r.problem("time")).isEmpty();
            r.cell("time").set("19:00");
            assertThat(r.problem("time")).isEmpty();
            vm.dateProperty().set(LocalDate.of(2026, 3, 20));
            assertThat(r.problem("time")).contains("不能晚于现在(2026-03-20 18:00)");
            assertThat(vm.rows().get(1).hasError()).as("an empty row is no error").isFalse();
        }
    }

    @Test
    void cellsAreSplitAsExcelCopiesThem() {
        assertThat(BatchViewModel.cells("a\tb\r\nc\t\"d\r\ne\"\tf\n")).containsExactly(List.of("a", "b"), List.of("c", "d\r\ne", "f"));
        assertThat(BatchViewModel.cells("\"say \"\"hi\"\"\"\tx")).containsExactly(List.of("say \"hi\"", "x"));
        assertThat(BatchViewModel.cells("")).isEmpty();
    }
}
