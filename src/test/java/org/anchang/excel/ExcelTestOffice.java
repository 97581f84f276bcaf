package org.anchang.excel;

import java.nio.file.Path;
import org.anchang.office.Office;

/** {@link ExcelOffice} for tests of other packages (the 导出 screen). */
public final class ExcelTestOffice {

    private ExcelTestOffice() {
    }

    public static Office staffed(Path dir) {
        return ExcelOffice.staffed(dir);
    }

    public static Office full(Path dir) {
        return ExcelOffice.full(dir);
    }
}
