package org.anchang.ui.export;

import java.nio.file.Path;
import java.util.Optional;
import org.anchang.excel.RegisterImport;

/** The questions the 导出 screen asks: where to save, which file to import, what the columns mean. */
public interface ExportDialogs {

    /** Where to save a workbook named {@code suggested}; empty when cancelled. */
    Optional<Path> saveAs(String suggested);

    /** Which register file to import (.xlsx or .csv); empty when cancelled. */
    Optional<Path> open();

    /**
     * Asks what the sheet's unmapped columns mean, and its register kind when the sheet's name does not say;
     * empty when the user skips the sheet.
     */
    Optional<RegisterImport.Sheet> mapColumns(RegisterImport.Sheet sheet);
}
