package org.anchang.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.anchang.office.Office;
import org.anchang.register.Call;
import org.anchang.register.Entry;
import org.anchang.register.Visit;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Import of register files: our own archive back into a fresh office, an office's CSV, bad rows and bad files. */
class RegisterImportTest {

    @TempDir
    Path dir;

    static Imports.Preview preview(Office o, Path file) {
        return Imports.preview(o, file, RegisterImport.sheets(file), "K", Progress.NONE);
    }

    @Test
    void theExportedWeekImportedIntoAFreshOfficeGivesTheSameRegisters() {
        Path file;
        List<Entry> before;
        try (Office o = ExcelOffice.full(dir.resolve("a"))) {
            file = Exports.week(o, ExcelOffice.WEEK, "M", dir, Progress.NONE).file();
            before = ExcelOffice.standing(o).stream().filter(e -> !e.at().isBefore(ExcelOffice.WEEK.monday().atStartOfDay())
                    && e.at().isBefore(ExcelOffice.WEEK.sunday().plusDays(1).atStartOfDay())).toList();
        }
        try (Office fresh = ExcelOffice.staffed(dir.resolve("b"))) {
            Imports.Preview p = preview(fresh, file);
            assertThat(p.rejects()).isEmpty();
            // The call superseded by its correction and the withdrawn call are skipped, not imported.
            assertThat(p.skipped()).isEqualTo(2);
            Imports.Result r = Imports.commit(fresh, p, "K", dir);
            assertThat(r.recorded()).isEqualTo(before.size());
            assertThat(r.rejectsFile()).isEmpty();
            assertThat(ExcelOffice.standing(fresh)).containsExactlyElementsOf(before);
            assertThat(before).anySatisfy(e -> assertThat(e).isInstanceOf(Visit.class)
                    .satisfies(v -> assertThat(((Visit) v).standInFor()).contains("A")));
            assertThat(before).anySatisfy(e -> assertThat(e).isInstanceOf(Call.class)
                    .satisfies(c -> assertThat(((Call) c).by()).isEqualTo("C")));
        }
    }

    /** An office's own register: a title row, then headers of its own words; GB18030 as Excel saves CSV in China. */
    static final String OFFICE_CSV = String.join("\r\n",
            "滨江项目来访来电登记簿,,,,,,",
            "日期,时间,客户姓名,联系电话,销售代表,来访/来电,备注",
            "2026/3/2,9:30,王强,138-0000-1111,张三,来访,首次",
            "2026/3/2,10:15,刘女士,+86 139 0000 2222,李四,来电,",
            "2026/3/3,11:00,周先生,1380000,张三,来访,电话少位",
            "2026/3/3,11:20,吴女士,13700003333,小明,来访,不是本案场的人",
            "2026/3/32,12:00,郑先生,13600004444,王五,来访,日期错",
            "2026/3/4,14:00,,13500005555,王五,来电,没名字",
            "2026/3/4,15:00,孙女士,13400006666,王五,到访,类型错",
            "2026/3/5,09:00,钱先生,13300007777,赵六,来访,",
            "",
            "2099/3/5,09:00,未来,13200008888,赵六,来访,将来的日期");

    @Test
    void aFileWithBadRowsYieldsExactlyThoseRejectsAndImportsTheRestInOneGo() throws Exception {
        Path csv = dir.resolve("三月登记.csv");
        Files.write(csv, OFFICE_CSV.getBytes(Charset.forName("GB18030")));
        try (Office o = ExcelOffice.staffed(dir.resolve("o"))) {
            Imports.Preview p = preview(o, csv);
            assertThat(p.rejects()).extracting(RegisterImport.Row::row, r -> r.column().orElse(""))
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(5, "电话"), org.assertj.core.groups.Tuple.tuple(6, "接待顾问"),
                            org.assertj.core.groups.Tuple.tuple(7, "日期"), org.assertj.core.groups.Tuple.tuple(8, "客户姓名"),
                            org.assertj.core.groups.Tuple.tuple(9, "类型"), org.assertj.core.groups.Tuple.tuple(12, "时间"));
            assertThat(p.rejects().get(0).problem().orElseThrow()).contains("手机号").contains("11位");
            assertThat(p.rejects().get(1).problem().orElseThrow()).contains("小明").contains("不是本案场的人员");
            assertThat(p.valid()).hasSize(3);
            assertThat(p.skipped()).isEqualTo(1);
            int before = o.summary().entries();
            Imports.Result r = Imports.commit(o, p, "K", dir);
            assertThat(r.recorded()).isEqualTo(3);
            assertThat(o.summary().entries()).isEqualTo(before + 3);
            assertThat(ExcelOffice.standing(o)).extracting(Entry::kind).containsExactly("visit", "call", "visit");
            assertThat(((Visit) ExcelOffice.standing(o).get(0)).customer().phone().digits()).isEqualTo("13800001111");
            // The rejects workbook names each bad row and why.
            try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(r.rejectsFile().orElseThrow()))) {
                Sheet s = wb.getSheet(RejectsWorkbook.SHEET);
                assertThat(s.getLastRowNum() - Sheets.HEAD + 1).isEqualTo(6);
                Row first = s.getRow(Sheets.HEAD);
                assertThat(first.getCell(0).getStringCellValue()).isEqualTo("三月登记");
                assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(5);
                assertThat(first.getCell(2).getStringCellValue()).isEqualTo("电话");
                assertThat(first.getCell(3).getStringCellValue()).contains("11位");
                assertThat(first.getCell(4).getStringCellValue()).contains("周先生");
            }
        }
    }

    @Test
    void anEmptyFileANonExcelFileAndAPasswordProtectedWorkbookEachSayWhatIsWrong() throws Exception {
        Path empty = Files.createFile(dir.resolve("空.xlsx"));
        assertThatThrownBy(() -> RegisterImport.sheets(empty)).isInstanceOf(ExcelFileException.class)
                .hasMessageContaining("空的").hasMessageContaining("0 字节");
        Path text = Files.writeString(dir.resolve("登记.xlsx"), "这不是表格,是一封信。");
        assertThatThrownBy(() -> RegisterImport.sheets(text)).isInstanceOf(ExcelFileException.class)
                .hasMessageContaining("不是 Excel 工作簿");
        Path png = Files.write(dir.resolve("照片.csv"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        assertThatThrownBy(() -> RegisterImport.sheets(png)).isInstanceOf(ExcelFileException.class)
                .hasMessageContaining("不是 Excel 工作簿(.xlsx)或 CSV 文件");
        Path locked = dir.resolve("加密.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem(); XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("来访").createRow(0).createCell(0).setCellValue("电话");
            Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            enc.confirmPassword("123456");
            try (OutputStream os = enc.getDataStream(fs)) {
                wb.write(os);
            }
            try (OutputStream out = Files.newOutputStream(locked)) {
                fs.writeFilesystem(out);
            }
        }
        assertThatThrownBy(() -> RegisterImport.sheets(locked)).isInstanceOf(ExcelFileException.class)
                .hasMessageContaining("密码保护");
        Path zip = dir.resolve("压缩包.xlsx");
        try (var z = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
            z.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> RegisterImport.sheets(zip)).isInstanceOf(ExcelFileException.class).hasMessageContaining("文件「压缩包.xlsx」");
    }

    @Test
    void aConsultantsMaskedCopyCannotBeImportedAndSaysWhy() {
        Path file;
        try (Office o = ExcelOffice.full(dir.resolve("a"))) {
            file = Exports.week(o, ExcelOffice.WEEK, "B", dir, Progress.NONE).file();
        }
        try (Office fresh = ExcelOffice.staffed(dir.resolve("b"))) {
            Imports.Preview p = preview(fresh, file);
            assertThat(p.rejects()).isNotEmpty().allSatisfy(r -> assertThat(r.problem().orElseThrow()).contains("隐号"));
        }
    }

    @Test
    void columnsAreMappedByTheirHeadersAndTheRestCanBeMappedByHand() throws Exception {
        Path csv = dir.resolve("来电.csv");
        Files.writeString(csv, "\uFEFF来电日期,来电时间,姓名,手机,接听人员\n2026-03-02,09:00,王强,13800001111,张三\n", StandardCharsets.UTF_8);
        List<RegisterImport.Sheet> sheets = RegisterImport.sheets(csv);
        assertThat(sheets).singleElement().satisfies(s -> {
            assertThat(s.layout()).contains(Layout.CALL);
            assertThat(s.unmapped()).containsExactly(4);
            assertThat(s.problem()).isEmpty();
        });
        try (Office o = ExcelOffice.staffed(dir.resolve("o"))) {
            Imports.Preview unmapped = Imports.preview(o, csv, sheets, "K", Progress.NONE);
            assertThat(unmapped.rejects()).singleElement().satisfies(r -> assertThat(r.column()).contains("置业顾问"));
            List<RegisterImport.Sheet> mapped = List.of(sheets.get(0).map(4, java.util.Optional.of(Field.CONSULTANT)));
            Imports.Preview p = Imports.preview(o, csv, mapped, "K", Progress.NONE);
            assertThat(p.valid()).singleElement().satisfies(r -> assertThat(r.entry().orElseThrow()).isInstanceOf(Call.class));
        }
    }
}
