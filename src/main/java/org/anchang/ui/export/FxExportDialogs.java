package org.anchang.ui.export;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.anchang.excel.Field;
import org.anchang.excel.Layout;
import org.anchang.excel.RegisterImport;

/** {@link ExportDialogs} as JavaFX file choosers and a column-mapping dialog in large type. */
final class FxExportDialogs implements ExportDialogs {

    private static final String FONT = "-fx-font-size: 18px; -fx-font-family: 'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', "
            + "'WenQuanYi Micro Hei', sans-serif;";

    private final Window owner;
    private final ResourceBundle m;
    private File lastDir;

    FxExportDialogs(Window owner, ResourceBundle messages) {
        this.owner = owner;
        this.m = messages;
    }

    @Override
    public Optional<Path> saveAs(String suggested) {
        FileChooser c = new FileChooser();
        c.setTitle(m.getString("export.dialog.save"));
        c.setInitialFileName(suggested);
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel (*.xlsx)", "*.xlsx"));
        if (lastDir != null) {
            c.setInitialDirectory(lastDir);
        }
        File f = c.showSaveDialog(owner);
        if (f != null) {
            lastDir = f.getParentFile();
        }
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public Optional<Path> open() {
        FileChooser c = new FileChooser();
        c.setTitle(m.getString("export.dialog.open"));
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.getString("export.dialog.registers"), "*.xlsx", "*.csv"));
        if (lastDir != null) {
            c.setInitialDirectory(lastDir);
        }
        File f = c.showOpenDialog(owner);
        if (f != null) {
            lastDir = f.getParentFile();
        }
        return Optional.ofNullable(f).map(File::toPath);
    }

    /** One row per column of the sheet: its header and what it means (忽略 for columns we do not use). */
    @Override
    public Optional<RegisterImport.Sheet> mapColumns(RegisterImport.Sheet sheet) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(m.getString("export.map.title"));
        d.setHeaderText(java.text.MessageFormat.format(m.getString("export.map.header"), sheet.name(), sheet.headerRow()));
        GridPane g = new GridPane();
        g.setHgap(16);
        g.setVgap(8);
        String ignore = m.getString("export.map.ignore");
        ComboBox<String> kind = new ComboBox<>();
        kind.getItems().add(m.getString("export.map.kindByColumn"));
        for (Layout l : List.of(Layout.VISIT, Layout.CALL, Layout.FOLLOWUP, Layout.REPORT, Layout.PROSPECT)) {
            kind.getItems().add(l.word());
        }
        kind.setValue(sheet.layout().map(Layout::word).orElse(kind.getItems().get(0)));
        g.addRow(0, new Label(m.getString("export.map.kind")), kind);
        List<ComboBox<String>> boxes = new ArrayList<>();
        for (int i = 0; i < sheet.headers().size(); i++) {
            ComboBox<String> b = new ComboBox<>();
            b.getItems().add(ignore);
            for (Field f : Field.values()) {
                b.getItems().add(f.header());
            }
            b.setValue(Optional.ofNullable(sheet.columns().get(i)).map(Field::header).orElse(ignore));
            boxes.add(b);
            g.addRow(i + 1, new Label(sheet.headers().get(i).isBlank() ? "(" + (i + 1) + ")" : sheet.headers().get(i)), b);
        }
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(g);
        scroll.setPrefViewportHeight(Math.min(560, 44 * (boxes.size() + 1)));
        scroll.setFitToWidth(true);
        d.getDialogPane().setContent(scroll);
        d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        ((javafx.scene.control.Button) d.getDialogPane().lookupButton(ButtonType.OK)).setText(m.getString("export.map.use"));
        ((javafx.scene.control.Button) d.getDialogPane().lookupButton(ButtonType.CANCEL)).setText(m.getString("export.map.skip"));
        d.getDialogPane().setStyle(FONT);
        Optional<ButtonType> a = d.showAndWait();
        if (a.isEmpty() || a.get() != ButtonType.OK) {
            return Optional.empty();
        }
        RegisterImport.Sheet s = sheet.kind(Layout.byWord(kind.getValue()));
        for (int i = 0; i < boxes.size(); i++) {
            String v = boxes.get(i).getValue();
            s = s.map(i, java.util.Arrays.stream(Field.values()).filter(f -> f.header().equals(v)).findFirst());
        }
        return Optional.of(s);
    }
}
