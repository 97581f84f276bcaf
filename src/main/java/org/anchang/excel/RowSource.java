package org.anchang.excel;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Streams the rows of a register file, sheet by sheet, without holding the workbook: .xlsx through POI's event API
 * (SAX over the sheet XML), .csv as text (UTF-8, or GB18030 as Excel saves Chinese CSV). Refuses what it cannot
 * read with an {@link ExcelFileException} that says why in Chinese: empty, password-protected, old .xls, not a
 * spreadsheet.
 */
final class RowSource {

    /** Receives rows: {@code number} is the sheet's row number as Excel shows it (from 1). */
    interface Visitor {
        /** A new sheet begins; return false to skip it. */
        boolean sheet(String name);

        void row(int number, List<String> cells);
    }

    /** Thrown by a visitor to stop reading the current sheet early. */
    static final class StopSheet extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StopSheet() {
            super(null, null, false, false);
        }
    }

    enum Kind { XLSX, CSV }

    private RowSource() {
    }

    /** What kind of file {@code f} is, or why it cannot be read. */
    static Kind kind(Path f) {
        String name = f.getFileName().toString();
        long size;
        try {
            size = Files.size(f);
        } catch (NoSuchFileException e) {
            throw new ExcelFileException("找不到文件「" + name + "」");
        } catch (IOException e) {
            throw new ExcelFileException("无法读取文件「" + name + "」:" + e.getMessage());
        }
        if (size == 0) {
            throw new ExcelFileException("文件「" + name + "」是空的(0 字节),没有可导入的登记");
        }
        FileMagic magic;
        try (InputStream in = FileMagic.prepareToCheckMagic(new BufferedInputStream(Files.newInputStream(f)))) {
            magic = FileMagic.valueOf(in);
        } catch (IOException e) {
            throw new ExcelFileException("无法读取文件「" + name + "」:" + e.getMessage());
        }
        if (magic == FileMagic.OOXML) {
            return Kind.XLSX;
        }
        if (magic == FileMagic.OLE2) {
            try (POIFSFileSystem fs = new POIFSFileSystem(f.toFile(), true)) {
                if (fs.getRoot().hasEntry("EncryptionInfo")) {
                    throw new ExcelFileException("文件「" + name + "」有密码保护,无法读取:请在 Excel 中打开,去掉密码(文件→信息→保护工作簿)后另存,再导入");
                }
            } catch (IOException e) {
                throw new ExcelFileException("文件「" + name + "」已损坏,无法读取");
            }
            throw new ExcelFileException("文件「" + name + "」是旧版 Excel(.xls)格式:请在 Excel 中另存为 .xlsx 或 .csv 后再导入");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if ((lower.endsWith(".csv") || lower.endsWith(".txt")) && looksLikeText(f)) {
            return Kind.CSV;
        }
        throw new ExcelFileException("文件「" + name + "」不是 Excel 工作簿(.xlsx)或 CSV 文件,无法导入");
    }

    private static boolean looksLikeText(Path f) {
        try (InputStream in = Files.newInputStream(f)) {
            byte[] head = in.readNBytes(4096);
            for (byte b : head) {
                if (b == 0) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Reads every sheet of {@code f} into {@code v}. */
    static void read(Path f, Visitor v) {
        if (kind(f) == Kind.XLSX) {
            xlsx(f, v);
        } else {
            csv(f, v);
        }
    }

    private static void xlsx(Path f, Visitor v) {
        String name = f.getFileName().toString();
        try (OPCPackage pkg = OPCPackage.open(f.toFile(), PackageAccess.READ)) {
            XSSFReader r = new XSSFReader(pkg);
            ReadOnlySharedStringsTable sst = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = r.getStylesTable();
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) r.getSheetsData();
            while (it.hasNext()) {
                try (InputStream in = it.next()) {
                    if (!v.sheet(it.getSheetName())) {
                        continue;
                    }
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, sst, new Rows(v), Cells.formatter(), false));
                    try {
                        parser.parse(new InputSource(in));
                    } catch (StopSheet stop) {
                        // the visitor has seen enough of this sheet
                    }
                }
            }
        } catch (ExcelFileException | java.util.concurrent.CancellationException e) {
            throw e;
        } catch (org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException | InvalidFormatException e) {
            throw new ExcelFileException("文件「" + name + "」不是 Excel 工作簿(.xlsx),无法导入", e);
        } catch (IOException | SAXException | OpenXML4JException | javax.xml.parsers.ParserConfigurationException
                | org.apache.poi.ooxml.POIXMLException | IllegalArgumentException e) {
            throw new ExcelFileException("文件「" + name + "」已损坏或不是登记表,无法读取(" + e.getClass().getSimpleName() + ")", e);
        }
    }

    /** Turns the event API's cells (A1-style references) into row lists, empty cells as "". */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Visitor v;
        private final List<String> cells = new ArrayList<>();

        Rows(Visitor v) {
            this.v = v;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            v.row(rowNum + 1, cells);
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            int col = column(ref);
            while (cells.size() < col) {
                cells.add("");
            }
            cells.add(value == null ? "" : value);
        }
    }

    /** The 0-based column of an A1 reference. */
    static int column(String ref) {
        int c = 0;
        for (int i = 0; i < ref.length(); i++) {
            char ch = ref.charAt(i);
            if (ch < 'A' || ch > 'Z') {
                break;
            }
            c = c * 26 + (ch - 'A' + 1);
        }
        return c - 1;
    }

    private static void csv(Path f, Visitor v) {
        String base = f.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        if (!v.sheet(base)) {
            return;
        }
        Charset cs = charset(f);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(f), cs), 1 << 16)) {
            if (cs == StandardCharsets.UTF_8) {
                in.mark(1);
                if (in.read() != '\uFEFF') {
                    in.reset();
                }
            }
            char sep = separator(f, cs);
            int number = 0;
            List<String> row;
            try {
                while ((row = csvRow(in, sep)) != null) {
                    v.row(++number, row);
                }
            } catch (StopSheet stop) {
                // seen enough
            }
        } catch (IOException e) {
            throw new ExcelFileException("无法读取 CSV 文件「" + f.getFileName() + "」:" + e.getMessage(), e);
        }
    }

    /** UTF-8 when the file decodes as UTF-8, else GB18030 (Excel's "CSV" on a Chinese Windows). */
    static Charset charset(Path f) {
        try (InputStream in = Files.newInputStream(f)) {
            byte[] head = in.readNBytes(1 << 16);
            int end = head.length;
            // Do not judge a multi-byte character cut at the end of the sample.
            while (end > 0 && end > head.length - 4 && (head[end - 1] & 0xC0) == 0x80) {
                end--;
            }
            if (end > 0 && (head[end - 1] & 0xC0) == 0xC0) {
                end--;
            }
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(head, 0, end));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return Charset.forName("GB18030");
        } catch (IOException e) {
            return StandardCharsets.UTF_8;
        }
    }

    private static char separator(Path f, Charset cs) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(f, cs)) {
            String first = in.readLine();
            if (first == null) {
                return ',';
            }
            long commas = first.chars().filter(c -> c == ',').count();
            long tabs = first.chars().filter(c -> c == '\t').count();
            long semis = first.chars().filter(c -> c == ';').count();
            return tabs > commas && tabs >= semis ? '\t' : semis > commas ? ';' : ',';
        }
    }

    /** One CSV record (RFC 4180: quotes, doubled quotes, line breaks inside quotes); null at the end. */
    static List<String> csvRow(Reader in, char sep) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int c;
        while ((c = in.read()) != -1) {
            any = true;
            if (quoted) {
                if (c == '"') {
                    in.mark(1);
                    int n = in.read();
                    if (n == '"') {
                        cell.append('"');
                    } else {
                        quoted = false;
                        if (n != -1) {
                            in.reset();
                        }
                    }
                } else {
                    cell.append((char) c);
                }
            } else if (c == '"' && cell.length() == 0) {
                quoted = true;
            } else if (c == sep) {
                out.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n') {
                break;
            } else if (c != '\r') {
                cell.append((char) c);
            }
        }
        if (!any) {
            return null;
        }
        out.add(cell.toString());
        return out;
    }
}
