package org.anchang.excel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.anchang.office.ArchiveDesk;
import org.anchang.office.BoardDesk;
import org.anchang.office.Office;
import org.anchang.office.OfficeException;
import org.anchang.office.RegisterDesk;
import org.anchang.register.Entry;

/**
 * The import use case: read the file, check every row exactly as the register forms' desk does
 * ({@link RegisterDesk#refusals}, after {@code customer.Phone} for the phone), show the preview, then record the
 * valid rows in one transaction ({@link RegisterDesk#recordAll}: all or none) and write a rejects workbook naming
 * each bad row and why. Nothing is ever half imported.
 */
public final class Imports {

    private Imports() {
    }

    /** The rows of a file after the office's checks, in the order they will be recorded. */
    public record Preview(Path file, List<String> sheets, List<RegisterImport.Row> rows) {
        public List<RegisterImport.Row> valid() {
            return rows.stream().filter(RegisterImport.Row::valid).toList();
        }

        /** The refused rows in the file's order: by sheet, then row. */
        public List<RegisterImport.Row> rejects() {
            return rows.stream().filter(r -> !r.skipped() && !r.valid())
                    .sorted(Comparator.comparingInt((RegisterImport.Row r) -> sheets.indexOf(r.sheet())).thenComparingInt(RegisterImport.Row::row))
                    .toList();
        }

        public long skipped() {
            return rows.stream().filter(RegisterImport.Row::skipped).count();
        }
    }

    /** What an import did. */
    public record Result(int recorded, int rejected, long skipped, Optional<Path> rejectsFile) {
    }

    /** A consultant's name or id as the office's id; a name two people share, or an unknown one, is passed on unchanged. */
    public static Function<String, String> people(Office office) {
        Map<String, String> names = new BoardDesk(office).names();
        Map<String, String> byName = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        names.forEach((id, name) -> {
            byName.put(name, id);
            seen.merge(name, 1, Integer::sum);
        });
        return text -> {
            String t = text.strip();
            if (names.containsKey(t)) {
                return t;
            }
            return seen.getOrDefault(t, 0) == 1 ? byName.get(t) : t;
        };
    }

    /** Reads {@code file} with {@code sheets}' mapping and checks every row as the register would, writing nothing. */
    public static Preview preview(Office office, Path file, List<RegisterImport.Sheet> sheets, String actor, Progress p) {
        for (RegisterImport.Sheet s : sheets) {
            s.problem().ifPresent(why -> {
                throw new ExcelFileException(why);
            });
        }
        List<RegisterImport.Row> rows = new ArrayList<>(RegisterImport.rows(file, sheets, people(office), p));
        // Recorded in time order (equal times in file order), as the registers were kept.
        rows.sort(Comparator.comparing((RegisterImport.Row r) -> r.at().orElse(java.time.LocalDateTime.MAX)));
        List<Integer> index = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).valid()) {
                index.add(i);
                entries.add(rows.get(i).entry().orElseThrow());
            }
        }
        List<Optional<OfficeException>> refusals = new RegisterDesk(office).refusals(entries, actor);
        for (int k = 0; k < refusals.size(); k++) {
            int i = index.get(k);
            refusals.get(k).ifPresent(x -> rows.set(i, rows.get(i).refused(x.field(), x.reason())));
        }
        return new Preview(file, sheets.stream().map(RegisterImport.Sheet::name).toList(), List.copyOf(rows));
    }

    /**
     * Records the preview's valid rows in one transaction and writes the rejects workbook beside {@code rejectsDir}
     * (when there are rejects). If the office refuses a row now (it changed since the preview), nothing is recorded
     * and the {@link OfficeException} names the sheet and row.
     */
    public static Result commit(Office office, Preview preview, String actor, Path rejectsDir) {
        List<RegisterImport.Row> valid = preview.valid();
        List<Entry> entries = valid.stream().map(r -> r.entry().orElseThrow()).toList();
        if (!entries.isEmpty()) {
            try {
                new RegisterDesk(office).recordAll(entries, actor);
            } catch (OfficeException e) {
                RegisterImport.Row r = valid.get(Math.max(0, e.row() - 1));
                throw new OfficeException(e.field(), "「" + r.sheet() + "」第 " + r.row() + " 行:" + e.reason());
            }
        }
        Optional<Path> rejectsFile = Optional.empty();
        List<RegisterImport.Row> rejects = preview.rejects();
        if (!rejects.isEmpty() && rejectsDir != null) {
            ArchiveDesk desk = new ArchiveDesk(office);
            String base = preview.file().getFileName().toString().replaceFirst("\\.[^.]*$", "");
            Path out = rejectsDir.resolve(RejectsWorkbook.fileName(base));
            WeeklyWorkbook.Written w = RejectsWorkbook.write(base, rejects, out);
            desk.recordFile("rejects", office.now().toLocalDate().toString(), out.getFileName().toString(), w.sha256(), desk.chainHead(),
                    false, actor);
            rejectsFile = Optional.of(out);
        }
        return new Result(entries.size(), rejects.size(), preview.skipped(), rejectsFile);
    }
}
