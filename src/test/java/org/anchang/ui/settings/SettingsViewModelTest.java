package org.anchang.ui.settings;

import static org.anchang.ui.settings.SettingsOffice.DAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.anchang.board.BoardAction;
import org.anchang.office.BackupRoutine;
import org.anchang.office.BoardDesk;
import org.anchang.office.Office;
import org.anchang.office.SignIn;
import org.anchang.office.Staff;
import org.anchang.rules.Param;
import org.anchang.rules.Presets;
import org.anchang.ui.board.BoardViewModel;
import org.anchang.ui.shell.Dialogs;
import org.anchang.ui.shell.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every settings section without the toolkit: bad values refused naming the field, saved values read back. */
class SettingsViewModelTest {

    @TempDir
    Path dir;

    Office office;
    final AtomicInteger saves = new AtomicInteger();
    final TaskRunner same = TaskRunner.SAME_THREAD;

    @BeforeEach
    void open() {
        office = SettingsOffice.staffed(dir.resolve("office"));
    }

    @AfterEach
    void close() {
        office.close();
    }

    private <S extends Section> S loaded(S s) {
        s.setOnSaved(saves::incrementAndGet);
        s.load();
        return s;
    }

    private static SettingsForm.Field field(SettingsForm f, String name) {
        return f.fields().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
    }

    private int rows(String name) {
        return office.<Integer>read(h -> h.createQuery("SELECT COUNT(*) FROM setting WHERE name = :n").bind("n", name)
                .mapTo(Integer.class).one());
    }

    @Test
    void theProjectNameIsRequiredAndReadBack() {
        SettingsForm f = loaded(SettingsForm.project(office, "M", SettingsOffice.messages(), same));
        f.save();
        assertThat(f.messageProperty().get()).isEqualTo("没有改动");
        f.fields().get(0).valueProperty().set(" 翠湖·天玺 ");
        f.save();
        assertThat(f.errorProperty().get()).isFalse();
        assertThat(f.messageProperty().get()).isEqualTo("已保存:项目名称");
        assertThat(new BoardDesk(office).project()).contains("翠湖·天玺");
        f.fields().get(0).valueProperty().set("  ");
        f.save();
        assertThat(f.messageProperty().get()).isEqualTo("项目名称: 不能为空");
        assertThat(f.errorProperty().get()).isTrue();
        assertThat(new BoardDesk(office).project()).contains("翠湖·天玺");
        SettingsForm again = loaded(SettingsForm.project(office, "M", SettingsOffice.messages(), same));
        assertThat(again.fields().get(0).valueProperty().get()).isEqualTo("翠湖·天玺");
        assertThat(saves.get()).isEqualTo(1);
    }

    @Test
    void finesAreWholeYuanPerPenaltyAndOneBadValueWritesNothing() {
        SettingsForm f = loaded(SettingsForm.fines(office, "M", SettingsOffice.messages(), same));
        assertThat(f.fields()).extracting(SettingsForm.Field::name)
                .containsExactly("fine.PEN-1", "fine.PEN-2", "fine.PEN-3", "fine.PEN-4", "fine.PEN-5", "fine.PEN-6", "fine.PEN-7", "fine.PEN-8");
        assertThat(field(f, "fine.PEN-8").hint()).contains("罚非归属方100元").contains("48小时 判客流程3");
        f.save();
        assertThat(f.messageProperty().get()).isEqualTo("没有改动");
        field(f, "fine.PEN-1").valueProperty().set("300.0");
        field(f, "fine.PEN-2").valueProperty().set("五十");
        f.save();
        assertThat(f.messageProperty().get()).isEqualTo("PEN-2 罚款(元): 应为数字(单位:元,如 200),实为「五十」");
        assertThat(rows("fine.PEN-1")).isZero();
        field(f, "fine.PEN-2").valueProperty().set("12.5");
        f.save();
        assertThat(f.messageProperty().get()).isEqualTo("PEN-2 罚款(元): 应为整数,实为「12.5」");
        field(f, "fine.PEN-2").valueProperty().set("50");
        f.save();
        assertThat(f.messageProperty().get()).isEqualTo("已保存:PEN-1 罚款(元)、PEN-2 罚款(元)");
        assertThat(office.setting("fine.PEN-1")).contains("300");
        assertThat(field(f, "fine.PEN-1").valueProperty().get()).isEqualTo("300");
        assertThat(office.setting("fine.PEN-2")).contains("50");
        assertThat(rows("fine.PEN-3")).isZero();
        field(f, "fine.PEN-1").valueProperty().set("");
        f.save();
        assertThat(f.messageProperty().get()).startsWith("PEN-1 罚款(元): 不能为空");
        assertThat(office.setting("fine.PEN-1")).contains("300");
    }

    @Test
    void commissionRatesFollowTheProductListAndSaveTogether() {
        CommissionForm c = loaded(CommissionForm.of(office, "M", SettingsOffice.messages(), same));
        assertThat(c.products().valueProperty().get()).isEqualTo("高层住宅,排屋,商铺,车位");
        assertThat(c.fields()).extracting(SettingsForm.Field::name).containsExactly("commission.products",
                "commission.rate.高层住宅", "commission.rate.排屋", "commission.rate.商铺", "commission.rate.车位");
        field(c, "commission.rate.高层住宅").valueProperty().set("3");
        c.products().valueProperty().set("高层住宅、写字楼");
        c.applyProducts();
        assertThat(c.fields()).extracting(SettingsForm.Field::name)
                .containsExactly("commission.products", "commission.rate.高层住宅", "commission.rate.写字楼");
        assertThat(field(c, "commission.rate.高层住宅").valueProperty().get()).isEqualTo("3");
        field(c, "commission.rate.写字楼").valueProperty().set("1001");
        c.save();
        assertThat(c.messageProperty().get()).isEqualTo("写字楼 佣金费率(‰): 不能超过 1000");
        assertThat(office.setting("commission.products")).isEmpty();
        field(c, "commission.rate.写字楼").valueProperty().set("2.50");
        c.save();
        assertThat(c.errorProperty().get()).isFalse();
        assertThat(office.setting("commission.products")).contains("高层住宅,写字楼");
        assertThat(office.setting("commission.rate.高层住宅")).contains("3");
        assertThat(office.setting("commission.rate.写字楼")).contains("2.5");
        assertThat(org.anchang.office.OfficeSettings.products(office)).containsExactly("高层住宅", "写字楼");

        CommissionForm again = loaded(CommissionForm.of(office, "M", SettingsOffice.messages(), same));
        assertThat(again.fields()).extracting(f -> f.valueProperty().get()).containsExactly("高层住宅,写字楼", "3", "2.5");
    }

    @Test
    void gradingWeightsShowDefaultUntilSet() {
        SettingsForm g = loaded(SettingsForm.grading(office, "M", SettingsOffice.messages(), same));
        assertThat(g.fields()).extracting(SettingsForm.Field::label).containsExactly("财力", "购买动机", "信用", "社会背景", "沟通质量", "购买时机");
        assertThat(g.fields()).allSatisfy(f -> {
            assertThat(f.stored()).isEmpty();
            assertThat(f.valueProperty().get()).isEmpty();
        });
        assertThat(SettingsOffice.messages().getString("settings.default")).isEqualTo("默认");
        field(g, "grading.weight.finance").valueProperty().set("-1");
        g.save();
        assertThat(g.messageProperty().get()).isEqualTo("财力: 不能为负数");
        field(g, "grading.weight.finance").valueProperty().set("30");
        field(g, "grading.weight.timing").valueProperty().set("12.25");
        g.save();
        assertThat(office.setting("grading.weight.finance")).contains("30");
        assertThat(office.setting("grading.weight.timing")).contains("12.25");
        assertThat(office.setting("grading.weight.credit")).isEmpty();
    }

    @Test
    void foldersMustExistAndTheBackupFolderIsUsedByTheBackups() throws Exception {
        SettingsForm f = loaded(SettingsForm.folders(office, "M", SettingsOffice.messages(), same, "/x/backups"));
        assertThat(field(f, "folder.backup").hint()).contains("/x/backups");
        field(f, "folder.export").valueProperty().set("exports");
        f.save();
        assertThat(f.messageProperty().get()).startsWith("导出文件夹: 应为完整路径");
        field(f, "folder.export").valueProperty().set(dir.resolve("nowhere").toString());
        f.save();
        assertThat(f.messageProperty().get()).isEqualTo("导出文件夹: 文件夹「" + dir.resolve("nowhere") + "」不存在");
        Path exports = Files.createDirectories(dir.resolve("exports"));
        Path backups = Files.createDirectories(dir.resolve("usb"));
        field(f, "folder.export").valueProperty().set(exports.toString());
        field(f, "folder.backup").valueProperty().set(backups.toString());
        f.save();
        assertThat(office.setting("folder.export")).contains(exports.toString());
        assertThat(BackupRoutine.folder(office, dir.resolve("office"))).isEqualTo(backups);
    }

    @Test
    void everyParameterShowsItsPresetValueAndSeedAndABadOneIsRefusedByName() {
        PolicyViewModel p = loaded(new PolicyViewModel(office, "M", SettingsOffice.messages(), same));
        assertThat(p.presets()).hasSize(11);
        assertThat(p.presetProperty().get()).isEqualTo("sales-dept");
        assertThat(p.rows()).hasSize(Param.values().length);
        var base = Presets.get("sales-dept").orElseThrow();
        assertThat(p.rows()).allSatisfy(r -> {
            assertThat(r.presetValue()).isEqualTo(base.value(r.param()));
            assertThat(r.seed()).isEqualTo(base.source(r.param())).isNotBlank();
            assertThat(r.overridden()).isFalse();
        });
        PolicyViewModel.Row visit = p.rows().stream().filter(r -> r.param() == Param.VISIT_PROTECTION).findFirst().orElseThrow();
        assertThat(visit.seed()).contains("四 客户时效");

        visit.valueProperty().set("ten days");
        p.save();
        assertThat(p.messageProperty().get()).isEqualTo("来访保护期: 期限「ten days」应为 P7D(天)、PT48H(小时)、none 或 unlimited");
        assertThat(office.policy().value(Param.VISIT_PROTECTION)).isEqualTo("P7D");

        visit.valueProperty().set("P10D");
        assertThat(p.overrides()).containsOnlyKeys(Param.VISIT_PROTECTION);
        p.save();
        assertThat(office.policy().id()).isEqualTo("sales-dept");
        assertThat(office.policy().value(Param.VISIT_PROTECTION)).isEqualTo("P10D");
        assertThat(p.rows().stream().filter(PolicyViewModel.Row::overridden).map(r -> r.param()).toList())
                .containsExactly(Param.VISIT_PROTECTION);

        p.choose("rotation-15d");
        assertThat(p.titleProperty().get()).isEqualTo(Presets.get("rotation-15d").orElseThrow().title());
        assertThat(p.overrides()).isEmpty();
        p.save();
        assertThat(office.policy().id()).isEqualTo("rotation-15d");
        assertThat(office.policy().value(Param.VISIT_PROTECTION)).isEqualTo("P15D");
        assertThat(saves.get()).isEqualTo(2);
    }

    @Test
    void theBoardFollowsTheRosterReorderedAddedAndTrimmed() {
        RosterViewModel r = loaded(new RosterViewModel(office, "M", DAY, SettingsOffice.messages(), same));
        assertThat(r.order()).extracting(Staff.Member::id).containsExactly("A", "B", "C", "D");
        assertThat(r.available()).extracting(Staff.Member::id).containsExactly("S");
        assertThat(r.moveDown(0)).isEqualTo(1);
        assertThat(r.moveUp(3)).isEqualTo(2);
        r.add(r.available().get(0));
        r.remove(0);
        assertThat(r.order()).extracting(Staff.Member::id).containsExactly("A", "D", "C", "S");
        assertThat(r.available()).extracting(Staff.Member::id).containsExactly("B");
        r.save();
        assertThat(r.errorProperty().get()).isFalse();
        assertThat(r.messageProperty().get()).isEqualTo("已保存 2026-03-21 的轮序:张三、赵六、王五、主管-郑国栋");
        assertThat(new Staff(office).roster(DAY)).contains(List.of("A", "D", "C", "S"));

        BoardViewModel board = new BoardViewModel(new BoardDesk(office), DAY, "M", same, new NoDialogs(), SettingsOffice.messages());
        board.load();
        assertThat(board.cards()).extracting(BoardViewModel.Card::id).containsExactly("A", "D", "C", "S");
        assertThat(board.cards().get(0).phoneDuty()).isTrue();

        // Once the day has walk-ins, an order that would give one of them to someone else is refused.
        BoardDesk desk = new BoardDesk(office);
        for (String c : List.of("A", "D", "C", "S")) {
            desk.act(DAY, new BoardAction.Checkin(LocalTime.of(9, 0), c), "M");
        }
        desk.act(DAY, BoardAction.Walkin.newGroup(LocalTime.of(9, 5)), "M");
        r.moveDown(0);
        r.save();
        assertThat(r.messageProperty().get()).startsWith("轮序: 今日已按原顺序分配了来客");
        assertThat(new Staff(office).roster(DAY)).contains(List.of("A", "D", "C", "S"));

        RosterViewModel other = loaded(new RosterViewModel(office, "M", DAY.plusDays(1), SettingsOffice.messages(), same));
        assertThat(other.order()).isEmpty();
        assertThat(other.messageProperty().get()).isEqualTo("2026-03-22 尚未排轮序:从右侧加入顾问并保存。");
    }

    @Test
    void theManagerAddsPeopleAndSetsPasswordsThatMustBeChanged() {
        PeopleViewModel p = loaded(new PeopleViewModel(office, "M", SettingsOffice.messages(), same));
        assertThat(p.people()).extracting(PeopleViewModel.Row::id).containsExactly("A", "B", "C", "D", "K", "M", "S");
        assertThat(p.people().get(0).password()).isEqualTo("未设置");
        p.newIdProperty().set("A");
        p.newNameProperty().set("重名");
        p.add();
        assertThat(p.messageProperty().get()).isEqualTo("编号: 「A」已被使用");
        p.newIdProperty().set("X1");
        p.newNameProperty().set("渠道-王磊");
        p.newRoleProperty().set("agent");
        p.add();
        assertThat(p.messageProperty().get()).isEqualTo("已添加 渠道-王磊(X1,渠道)");
        assertThat(p.people()).filteredOn(r -> r.id().equals("X1")).extracting(PeopleViewModel.Row::password)
                .containsExactly("—(不登录案场电脑)");

        p.selectedProperty().set(p.people().get(0));
        p.passwordProperty().set("start-a1");
        p.confirmProperty().set("start-a2");
        p.setPassword();
        assertThat(p.messageProperty().get()).isEqualTo("确认密码: 两次输入不一致");
        p.confirmProperty().set("start-a1");
        p.setPassword();
        assertThat(p.messageProperty().get()).isEqualTo("已为 张三 设置初始密码;本人首次登录时须修改");
        assertThat(p.passwordProperty().get()).isEmpty();
        assertThat(p.people().get(0).password()).isEqualTo("已由经理设置,待本人修改");
        assertThat(new SignIn(office).signIn("A", "start-a1".toCharArray()).mustChange()).isTrue();
    }

    /** The board asks nothing in these tests. */
    static final class NoDialogs implements Dialogs {
        @Override
        public java.util.Optional<String> choose(String title, List<Choice> choices) {
            return java.util.Optional.empty();
        }
    }
}
