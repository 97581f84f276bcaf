package org.anchang.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * The database's own guard for rulings (一判终身, DSP-1): refuses UPDATE and DELETE of a {@code ruling} row, of a
 * {@code ruling_note}, and of an {@code entry} row whose kind is {@code ruling} (V5__ruling.sql). Whatever tool writes
 * to the database, a ruling stays as it was recorded; an annotation is a new row.
 */
public final class FinalRows implements Trigger {

    private String table;

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type) {
        this.table = tableName.toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        // entry: id, kind, … — only a ruling's entry row is guarded here.
        if (table.equals("entry") && (oldRow == null || !"ruling".equals(oldRow[1]))) {
            return;
        }
        throw new SQLException("裁定一判终身(DSP-1):" + table + " 的记录不能修改或删除,只能加批注", "45000");
    }
}
