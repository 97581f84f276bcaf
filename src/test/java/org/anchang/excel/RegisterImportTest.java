package org.anchang.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.anchang.office.Office;
import org.anchang.register.Call;
import org.anchang.register.Entry;
import org.anchang.register.FollowUp;
import org.anchang.register.Prospect;
import org.anchang.register.Report;
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
            // Whole entries: the details (人数, 首访/复访, 来源, 意向, 备注, 跟踪方式 …) come back with the core fields.
            assertThat(ExcelOffice.standing(fresh)).containsExactlyElementsOf(before);
            assertThat(before.stream().filter(Detailed::hasDetails).map(Entry::kind).distinct())
                    .containsExactlyInAnyOrder("visit", "call", "followup", "report", "prospect");
            assertThat(before).anySatisfy(e -> assertThat(e).isInstanceOf(Visit.class)
                    .satisfies(v -> assertThat(((Visit) v).details()).isEqualTo(new Visit.Details(Optional.of(2), Optional.of(false),
                            Optional.empty(), Optional.of("A"), Optional.empty()))));
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

    /** An office's own register with the detail columns under its own headers, and bad values in them. */
    static final String DETAILS_CSV = String.join("\r\n",
            "登记日期,时间,类型,客户,手机号,顾问,来访人数,首访复访,来源渠道,意向程度,说明,方式,内容,下次跟进日期",
            "2026-03-02,09:30,来访,王强,13800001111,张三,3,首访,朋友介绍,A,\"带孩子,看三房\",,,",
            "2026-03-02,10:00,来电,刘女士,13900002222,李四,,,网络广告,B,问价格,,,",
            "2026-03-02,16:00,跟踪,王强,13800001111,张三,,,,,,电话,约周六看样板间,2026-03-07",
            "2026-03-03,11:00,来访,周先生,13700003333,张三,三个,首访,,,,,,",
            "2026-03-03,11:20,来访,吴女士,13600004444,张三,0,,,,,,,",
            "2026-03-03,11:40,来访,郑先生,13500005555,张三,2,第一次,,,,,,",
            "2026-03-03,16:00,跟踪,王强,13800001111,张三,,,,,,电话,再约,下周三",
            "2026-03-03,17:00,跟踪,王强,13800001111,张三,,,,,,电话,再约,2026-03-01");

    @Test
    void detailColumnsAreReadUnderTheirSynonymsAndABadValueIsARejectNamingItsRowAndColumn() throws Exception {
        Path csv = dir.resolve("登记明细.csv");
        Files.writeString(csv, DETAILS_CSV, StandardCharsets.UTF_8);
        List<RegisterImport.Sheet> sheets = RegisterImport.sheets(csv);
        assertThat(sheets).singleElement().satisfies(s -> assertThat(s.unmapped()).isEmpty());
        try (Office o = ExcelOffice.staffed(dir.resolve("o"))) {
            Imports.Preview p = preview(o, csv);
            // 人数 not a number, 首访/复访 not a word for it, 下次跟进 not a date: the file's column, in Chinese. 人数 0 and a next
            // follow-up before this one are the register's own refusals (RegisterDesk), naming its field.
            assertThat(p.rejects()).extracting(RegisterImport.Row::row, r -> r.column().orElse(""))
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(5, "人数"), org.assertj.core.groups.Tuple.tuple(6, "人数"),
                            org.assertj.core.groups.Tuple.tuple(7, "首访/复访"), org.assertj.core.groups.Tuple.tuple(8, "下次跟踪"),
                            org.assertj.core.groups.Tuple.tuple(9, "下次跟进"));
            assertThat(p.rejects().get(0).problem().orElseThrow()).contains("三个").contains("不是人数");
            assertThat(p.rejects().get(1).problem().orElseThrow()).contains("1–99");
            assertThat(p.rejects().get(2).problem().orElseThrow()).contains("第一次").contains("首访 或 复访");
            assertThat(p.rejects().get(3).problem().orElseThrow()).contains("下周三").contains("不是日期");
            assertThat(p.rejects().get(4).problem().orElseThrow()).contains("不能早于");
            assertThat(p.valid()).extracting(r -> r.entry().orElseThrow()).containsExactly(
                    Detailed.visit(Visit.plain(ExcelOffice.t("03-02 09:30"), "A", new org.anchang.customer.Contact("王强",
                            ExcelOffice.p("13800001111"))), new Visit.Details(Optional.of(3), Optional.of(true), Optional.of("朋友介绍"),
                                    Optional.of("A"), Optional.of("带孩子,看三房"))),
                    new Call(ExcelOffice.t("03-02 10:00"), "B", new org.anchang.customer.Contact("刘女士", ExcelOffice.p("13900002222")),
                            new Call.Details(Optional.of("网络广告"), Optional.of("B"), Optional.of("问价格"))),
                    new FollowUp(ExcelOffice.t("03-02 16:00"), "A", ExcelOffice.p("13800001111"), new FollowUp.Details(Optional.of("电话"),
                            Optional.of("约周六看样板间"), Optional.of(LocalDate.of(2026, 3, 7)))));
            Imports.Result r = Imports.commit(o, p, "K", dir);
            assertThat(r.recorded()).isEqualTo(3);
            assertThat(ExcelOffice.standing(o)).containsExactlyElementsOf(p.valid().stream().map(x -> x.entry().orElseThrow()).toList());
            try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(r.rejectsFile().orElseThrow()))) {
                Row first = wb.getSheet(RejectsWorkbook.SHEET).getRow(Sheets.HEAD);
                assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(5);
                assertThat(first.getCell(2).getStringCellValue()).isEqualTo("人数");
            }
        }
    }

    @Test
    void aReportsChannelColumnIsItsTeamAndAProspectSheetKeepsItsDetails() throws Exception {
        Path reports = dir.resolve("渠道报备.csv");
        Files.writeString(reports, "报备日期,时间,客户姓名,电话,经纪人,渠道,预计到访\n"
                + "2026-03-04,09:00,赵,136***45678,钱七,链家-滨江1队,2026-03-06 14:00\n", StandardCharsets.UTF_8);
        Path prospects = dir.resolve("拓客登记.csv");
        Files.writeString(prospects, "日期,时间,姓名,电话,顾问,业态,住址,公司,微信号,意向,备注\n"
                + "2026-03-04,15:00,陈总,13500004444,赵六,商铺,滨江路88号,杭州某科技有限公司,0571wx,高,商场展点\n", StandardCharsets.UTF_8);
        try (Office o = ExcelOffice.staffed(dir.resolve("o"))) {
            assertThat(preview(o, reports).valid()).singleElement().satisfies(r -> assertThat(r.entry().orElseThrow())
                    .isEqualTo(new Report(ExcelOffice.t("03-04 09:00"), "X", "赵", org.anchang.customer.MaskedPhone.parse("136***45678"),
                            ExcelOffice.t("03-06 14:00"), Optional.of("链家-滨江1队"))));
            // An archive written before the 拓客 sheet had its 拓客 lines on 其他登记, 业态 in the 明细.
            Path old = dir.resolve("其他登记.csv");
            Files.writeString(old, "登记号,日期,时间,类型,顾问,客户姓名,电话,金额,明细,状态\n"
                    + "8,2026-03-04,15:00,拓客,赵六,陈总,13500004444,,业态:商铺,有效\n", StandardCharsets.UTF_8);
            assertThat(preview(o, old).valid()).singleElement().satisfies(r -> assertThat(r.entry().orElseThrow())
                    .isEqualTo(new Prospect(ExcelOffice.t("03-04 15:00"), "D", new org.anchang.customer.Contact("陈总",
                            ExcelOffice.p("13500004444")), Optional.of("商铺"))));
            assertThat(RegisterImport.sheets(prospects)).singleElement().satisfies(s -> assertThat(s.layout()).contains(Layout.PROSPECT));
            assertThat(preview(o, prospects).valid()).singleElement().satisfies(r -> assertThat(r.entry().orElseThrow())
                    .isEqualTo(new Prospect(ExcelOffice.t("03-04 15:00"), "D", new org.anchang.customer.Contact("陈总",
                            ExcelOffice.p("13500004444")), Optional.of("商铺"), new Prospect.Details(Optional.of("滨江路88号"),
                                    Optional.of("杭州某科技有限公司"), Optional.of("0571wx"), Optional.of("高"), Optional.of("商场展点")))));
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
