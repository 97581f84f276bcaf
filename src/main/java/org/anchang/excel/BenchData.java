package org.anchang.excel;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.anchang.customer.Contact;
import org.anchang.customer.Phone;
import org.anchang.office.ArchiveDesk;
import org.anchang.office.IsoWeek;
import org.anchang.register.Visit;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The two sides of {@code bench excel}: our weekly-sheet writer and importer against bare POI on the same synthetic
 * visits (generated on the fly, never held), so that the bench measures what our formatting and checks cost.
 */
public final class BenchData {

    private BenchData() {
    }

    static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"};
    static final String[] GIVEN = {"强", "敏", "静", "伟", "芳", "娜", "磊", "洋", "艳", "军", "杰", "婷"};
    static final LocalDateTime START = LocalDateTime.of(2026, 3, 2, 9, 0);

    /** Visit {@code i}: who, when and whom, the same for both sides. */
    static LocalDateTime at(long i) {
        return START.plusMinutes(i % 5000);
    }

    static String consultant(long i) {
        return "C" + (10 + i % 30);
    }

    static String name(long i) {
        return SURNAMES[(int) (i % 10)] + GIVEN[(int) ((i / 10) % 12)];
    }

    static String phone(long i) {
        return "13" + String.format("%09d", i % 1_000_000_000L);
    }

    /** A week whose names cover the bench's consultants and that shows phones whole. */
    public static ArchiveDesk.Week week() {
        Map<String, String> names = new HashMap<>();
        for (int c = 10; c < 40; c++) {
            names.put("C" + c, "顾问" + c);
        }
        return new ArchiveDesk.Week("基准案场", IsoWeek.parse("2026-W10"), new ArchiveDesk.Person("M", "经理", "manager"), START,
                new ArchiveDesk.Privacy(true, Set.of()), List.of(), List.of(), List.of(), "0".repeat(64), 0, names, Map.of());
    }

    /** {@code n} stored visits, made as they are read. */
    static Iterator<ArchiveDesk.Line> lines(long n) {
        return new Iterator<>() {
            long i;

            @Override
            public boolean hasNext() {
                return i < n;
            }

            @Override
            public ArchiveDesk.Line next() {
                long k = i++;
                Visit v = Visit.plain(at(k), consultant(k), new Contact(name(k), new Phone(phone(k))));
                return new ArchiveDesk.Line(k + 1, "visit", Optional.of(v), v.at(), v.at().plusHours(8), "K", Optional.empty(),
                        Optional.empty(), Optional.empty(), false);
            }
        };
    }

    /** Ours: {@code n} visits as the weekly workbook's 来访客户登记表 (with its cover), written to {@code file}. */
    public static void ours(long n, Path file) {
        ArchiveDesk.Week w = week();
        try (WeeklyWorkbook book = new WeeklyWorkbook(w.project(), WeeklyWorkbook.period(w.week()))) {
            int rows = book.register(Layout.VISIT, lines(n), w, Progress.NONE);
            book.cover(w, Map.of(Layout.VISIT.sheet(), rows));
            book.save(file, Progress.NONE);
        }
    }

    /** Bare SXSSF: the same cells, one date style, nothing else. */
    public static void bare(long n, Path file) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(null, WeeklyWorkbook.WINDOW, true, false)) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            SXSSFSheet s = wb.createSheet(Layout.VISIT.sheet());
            Row h = s.createRow(0);
            List<Layout.Column> cols = Layout.VISIT.columns();
            for (int c = 0; c < cols.size(); c++) {
                h.createCell(c).setCellValue(cols.get(c).header());
            }
            for (long i = 0; i < n; i++) {
                Row r = s.createRow((int) i + 1);
                LocalDateTime at = at(i);
                r.createCell(0).setCellValue(i + 1);
                Cell d = r.createCell(1);
                d.setCellValue(at.toLocalDate());
                d.setCellStyle(date);
                Cell t = r.createCell(2);
                t.setCellValue(at.toLocalTime().toSecondOfDay() / 86400.0);
                t.setCellStyle(date);
                r.createCell(3).setCellValue(name(i));
                r.createCell(4).setCellValue(phone(i));
                r.createCell(5).setCellValue("顾问" + consultant(i).substring(1));
                r.createCell(9).setCellValue("看房");
                r.createCell(15).setCellValue("K");
                Cell ra = r.createCell(16);
                ra.setCellValue(at.plusHours(8));
                ra.setCellStyle(date);
                r.createCell(17).setCellValue("有效");
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ours: the import's reading of {@code file} into checked-for-form entries (header mapping, dates, phones, names). */
    public static int importOurs(Path file) {
        List<RegisterImport.Sheet> sheets = RegisterImport.sheets(file);
        List<RegisterImport.Row> rows = RegisterImport.rows(file, sheets, id -> id.startsWith("顾问") ? "C" + id.substring(2) : id,
                Progress.NONE);
        int valid = 0;
        for (RegisterImport.Row r : rows) {
            if (r.valid()) {
                valid++;
            }
        }
        return valid;
    }

    /** Bare POI event API: every sheet's cells as text, counted. */
    public static long importBare(Path file) {
        long[] cells = {0};
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader r = new XSSFReader(pkg);
            ReadOnlySharedStringsTable sst = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) r.getSheetsData();
            while (it.hasNext()) {
                try (InputStream in = it.next()) {
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(r.getStylesTable(), null, sst, new XSSFSheetXMLHandler.SheetContentsHandler() {
                        @Override
                        public void startRow(int rowNum) {
                        }

                        @Override
                        public void endRow(int rowNum) {
                        }

                        @Override
                        public void cell(String ref, String value, XSSFComment comment) {
                            cells[0] += value == null ? 0 : 1;
                        }
                    }, new DataFormatter(), false));
                    parser.parse(new InputSource(in));
                }
            }
            return cells[0];
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The bench's import file: {@code n} visits written by our writer. */
    public static void importFile(long n, Path file) {
        ours(n, file);
    }
}
