package org.anchang.excel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.anchang.office.ArchiveDesk;
import org.anchang.office.CommissionDesk;
import org.anchang.office.IsoWeek;
import org.anchang.office.Office;

/**
 * The export use cases: read what the office holds, write the workbook, record its SHA-256 in the audit log.
 * A target that is a directory gets the standard file name inside it.
 */
public final class Exports {

    private Exports() {
    }

    /** What an export wrote. */
    public record Result(Path file, String sha256, java.util.Map<String, Integer> counts, boolean masked) {
    }

    /** The weekly register workbook of {@code week}, exported by {@code actor}. */
    public static Result week(Office office, IsoWeek week, String actor, Path target, Progress p) {
        ArchiveDesk desk = new ArchiveDesk(office);
        ArchiveDesk.Week w = desk.week(week, actor);
        Path file = resolve(target, WeeklyWorkbook.fileName(w.project(), week));
        WeeklyWorkbook.Written written = WeeklyWorkbook.write(w, file, p);
        desk.recordFile("week", week.toString(), file.getFileName().toString(), written.sha256(), w.chainHead(), !w.privacy().whole(), actor);
        java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        for (Layout l : Layout.values()) {
            counts.put(l.sheet(), (int) w.lines().stream().filter(x -> RegisterRows.layout(x.kind()) == l).count());
        }
        counts.put(WeeklyWorkbook.BOARD, w.board().stream().mapToInt(d -> d.order().size()).sum());
        counts.put(WeeklyWorkbook.COLLISIONS, w.collisions().size());
        return new Result(file, written.sha256(), counts, !w.privacy().whole());
    }

    /** The commission statement of {@code month}, exported by {@code actor} (a consultant gets only their own lines). */
    public static Result commission(Office office, YearMonth month, String actor, Path target, Progress p) {
        CommissionDesk.Statement s = new CommissionDesk(office).statement(month, actor);
        ArchiveDesk desk = new ArchiveDesk(office);
        ArchiveDesk.Privacy privacy = desk.privacy(actor);
        Path file = resolve(target, CommissionWorkbook.fileName(s.project(), month));
        WeeklyWorkbook.Written written = CommissionWorkbook.write(s, privacy, file, p);
        String head = desk.chainHead();
        desk.recordFile("commission", month.toString(), file.getFileName().toString(), written.sha256(), head,
                !privacy.whole(), actor);
        return new Result(file, written.sha256(), java.util.Map.of(CommissionWorkbook.SHEET, s.statement().lines().size()), !privacy.whole());
    }

    static Path resolve(Path target, String name) {
        return target == null ? Path.of(name) : Files.isDirectory(target) ? target.resolve(name) : target;
    }
}
