package org.anchang.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.anchang.board.BoardAction;
import org.anchang.store.Backups;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings in one action, the roster's guard for a day already on the board, and the backup folder. */
class StaffSettingsTest {

    @TempDir
    Path dir;

    static final LocalDate DAY = OfficeFixture.NOW.toLocalDate();

    static String positive(String v) {
        if (!v.matches("\\d+")) {
            throw new IllegalArgumentException("应为整数,实为「" + v + "」");
        }
        return v;
    }

    @Test
    void aBatchOfSettingsIsAllOrNothingAndRefusedNamingItsField() {
        try (Office o = OfficeFixture.staffed(dir.resolve("o"))) {
            Staff s = new Staff(o);
            s.setSettings(List.of(new Staff.Setting("fine.PEN-1", "200", "PEN-1 罚款", StaffSettingsTest::positive)), "M");
            assertThatThrownBy(() -> s.setSettings(List.of(
                    new Staff.Setting("fine.PEN-1", "300", "PEN-1 罚款", StaffSettingsTest::positive),
                    new Staff.Setting("fine.PEN-2", "五十", "PEN-2 罚款", StaffSettingsTest::positive)), "M"))
                    .hasMessage("PEN-2 罚款: 应为整数,实为「五十」");
            assertThat(o.setting("fine.PEN-1")).contains("200");
            assertThat(o.setting("fine.PEN-2")).isEmpty();
            assertThatThrownBy(() -> s.setSettings(List.of(new Staff.Setting("fine.PEN-1", "1", "PEN-1 罚款",
                    StaffSettingsTest::positive)), "A")).hasMessageStartingWith("操作人");
            s.setSettings(List.of(new Staff.Setting("fine.PEN-1", " 300 ", "PEN-1 罚款", StaffSettingsTest::positive)), "M");
            assertThat(o.setting("fine.PEN-1")).contains("300");
            assertThat(o.<Integer>read(h -> h.createQuery("SELECT COUNT(*) FROM setting WHERE name = 'fine.PEN-1'")
                    .mapTo(Integer.class).one())).isEqualTo(2);
        }
    }

    @Test
    void aNewOrderMayNotGiveAnEarlierWalkinToSomeoneElse() {
        try (Office o = OfficeFixture.staffed(dir.resolve("o"))) {
            Staff s = new Staff(o);
            s.setRoster(DAY, List.of("A", "B", "C"), "M");
            BoardDesk board = new BoardDesk(o);
            LocalTime t = LocalTime.of(9, 0);
            for (String c : List.of("A", "B", "C")) {
                board.act(DAY, new BoardAction.Checkin(t, c), "M");
            }
            board.act(DAY, BoardAction.Walkin.newGroup(t), "M");      // A
            assertThatThrownBy(() -> s.setRoster(DAY, List.of("B", "A", "C"), "M")).hasMessageStartingWith("轮序: 今日已按原顺序分配");
            assertThatThrownBy(() -> s.setRoster(DAY, List.of("A", "B"), "M")).hasMessageStartingWith("轮序: 今日看板已有操作");
            s.setRoster(DAY, List.of("A", "C", "B", "D"), "M");          // the ones not yet reached change places
            assertThat(board.day(DAY).order()).containsExactly("A", "C", "B", "D");
            assertThat(board.day(DAY).next()).contains("C");
            assertThat(s.roster(DAY)).contains(List.of("A", "C", "B", "D"));
        }
    }

    @Test
    void backupsGoToTheBackupFolderWhenTheManagerChoseOne() throws Exception {
        Path data = dir.resolve("o");
        Path chosen = dir.resolve("elsewhere");
        java.nio.file.Files.createDirectories(chosen);
        try (Office o = OfficeFixture.staffed(data)) {
            assertThat(BackupRoutine.folder(o, data)).isEqualTo(data.resolve("backups"));
            new Staff(o).setSettings(List.of(new Staff.Setting(BackupRoutine.FOLDER, chosen.toString(), "备份文件夹", v -> v)), "M");
            assertThat(BackupRoutine.folder(o, data)).isEqualTo(chosen);
            try (BackupRoutine r = BackupRoutine.start(o, data)) {
                for (int i = 0; i < 200 && r.last().isEmpty(); i++) {
                    Thread.sleep(50);
                }
                assertThat(r.last()).hasValueSatisfying(p -> assertThat(p.getParent()).isEqualTo(chosen));
                assertThat(r.lastError()).isEmpty();
            }
            assertThat(Backups.listIn(chosen)).hasSize(1);
            assertThat(Backups.list(data)).isEmpty();
        }
    }
}
