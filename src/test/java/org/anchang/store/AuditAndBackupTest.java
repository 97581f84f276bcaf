package org.anchang.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.anchang.cli.AnchangCommand;
import org.anchang.customer.Contact;
import org.anchang.customer.Phone;
import org.anchang.office.Office;
import org.anchang.office.RegisterDesk;
import org.anchang.office.Staff;
import org.anchang.register.FollowUp;
import org.anchang.register.Visit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit chain finds a register row changed behind the app's back; a backup restores every row. */
class AuditAndBackupTest {

    @TempDir
    Path dir;

    static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = AnchangCommand.run(new PrintWriter(out), new PrintWriter(err), args);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    private void fill(Path data) {
        java.time.Clock clock = java.time.Clock.fixed(LocalDateTime.of(2026, 3, 20, 18, 0).atZone(Office.ZONE).toInstant(),
                java.time.ZoneOffset.UTC);
        try (Office o = Office.open(Database.openFile(data), clock)) {
            Staff s = new Staff(o);
            s.addPerson("M", "经理", "manager", "setup");
            s.addPerson("A", "张三", "consultant", "M");
            s.setRoster(java.time.LocalDate.of(2026, 3, 20), List.of("A"), "M");
            RegisterDesk desk = new RegisterDesk(o);
            for (int i = 0; i < 20; i++) {
                Phone p = Phone.parse(String.format("139000%05d", i));
                desk.record(Visit.plain(LocalDateTime.of(2026, 3, 18, 9, 0).plusMinutes(i * 7), "A", new Contact("客户" + i, p)), "M");
                desk.record(new FollowUp(LocalDateTime.of(2026, 3, 19, 9, 0).plusMinutes(i), "A", p), "M");
            }
        }
    }

    @Test
    void verifyFindsAVisitChangedWithRawSql() {
        fill(dir);
        String[] ok = run("verify", "--data", dir.toString());
        assertThat(ok[0]).isEqualTo("0");
        assertThat(ok[1]).startsWith("审计链完好: 83 条记录");
        try (Database db = Database.openFile(dir)) {
            db.jdbi().useHandle(h -> h.execute("UPDATE visit SET phone = '13912345678' WHERE entry_id = 7"));
        }
        String[] broken = run("verify", "--data", dir.toString());
        assertThat(broken[0]).isEqualTo("1");
        assertThat(broken[1]).contains("visit #7 的内容已被改动");
        assertThat(broken[1]).doesNotContain("13912345678");
    }

    @Test
    void verifyFindsADeletedRowAndACutChain() {
        fill(dir);
        try (Database db = Database.openFile(dir)) {
            db.jdbi().useHandle(h -> h.execute("DELETE FROM follow_up WHERE entry_id = 10"));
        }
        assertThat(run("verify", "--data", dir.toString())[1]).contains("follow_up #10 已不存在");
        try (Database db = Database.openFile(dir)) {
            db.jdbi().useHandle(h -> h.execute("DELETE FROM audit WHERE seq = 5"));
        }
        assertThat(run("verify", "--data", dir.toString())[1]).contains("第 5 条缺失");
    }

    @Test
    void aRestoredBackupHasEveryRow() {
        Path office = dir.resolve("office");
        fill(office);
        Map<String, List<Map<String, Object>>> before = dump(office);
        String[] backup = run("backup", "--data", office.toString());
        assertThat(backup[0]).isEqualTo("0");
        Path zip = Backups.list(office).get(0);
        Path elsewhere = dir.resolve("elsewhere");
        assertThat(run("restore", "--data", elsewhere.toString(), zip.toString())[0]).isEqualTo("0");
        assertThat(dump(elsewhere)).isEqualTo(before);
        String[] again = run("restore", "--data", elsewhere.toString(), zip.toString());
        assertThat(again[1]).contains("原数据库已另存为");
        assertThat(run("restore", "--data", elsewhere.toString(), dir.resolve("nope.zip").toString())[0]).isEqualTo("2");
    }

    @Test
    void onlyTheNewestThirtyBackupsAreKept() {
        try (Database db = Database.openFile(dir)) {
            for (int i = 0; i < 33; i++) {
                Backups.take(db, dir, LocalDateTime.of(2026, 3, 1, 0, 0).plusDays(i));
            }
        }
        List<Path> kept = Backups.list(dir);
        assertThat(kept).hasSize(30);
        assertThat(kept.get(0).getFileName().toString()).isEqualTo("anchang-20260304-000000.zip");
    }

    private static Map<String, List<Map<String, Object>>> dump(Path data) {
        try (Database db = Database.openFile(data)) {
            Map<String, List<Map<String, Object>>> out = new java.util.TreeMap<>();
            for (String t : List.of("consultant", "roster", "customer", "entry", "visit", "follow_up", "audit", "customer_state", "setting")) {
                out.put(t, db.jdbi().withHandle(h -> h.createQuery("SELECT * FROM " + t + " ORDER BY 1").mapToMap().list()));
            }
            return out;
        }
    }
}
