package org.anchang.office;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.anchang.rules.RuleId;

/**
 * The names of the office's settings that the settings screen writes and other screens read (newest row wins,
 * see {@link Staff#setSetting}), and the checks their values pass. Each check returns the value normalised or
 * throws {@link IllegalArgumentException} with the reason in Chinese; the caller names the field.
 */
public final class OfficeSettings {

    /** The fine for a penalty rule, in yuan: {@code fine.PEN-1} … {@code fine.PEN-8}. */
    public static String fine(RuleId penalty) {
        return "fine." + penalty.id();
    }

    /** The penalty rules that carry a fine, PEN-1 … PEN-8. */
    public static List<RuleId> penalties() {
        return Arrays.stream(RuleId.values()).filter(r -> r.id().startsWith("PEN-")).toList();
    }

    /** The product types commission rates are set for, comma separated. */
    public static final String COMMISSION_PRODUCTS = "commission.products";
    /** The product types when the manager has set none (SPEC §10). */
    public static final List<String> DEFAULT_PRODUCTS = List.of("高层住宅", "排屋", "商铺", "车位");

    /** The commission rate of a product type, per mille of the amount: {@code commission.rate.高层住宅}. */
    public static String commissionRate(String product) {
        return "commission.rate." + product;
    }

    /** The grading factors (SPEC §9): 财力, 购买动机, 信用, 社会背景, 沟通质量, 购买时机. */
    public static final List<String> GRADING_FACTORS = List.of("finance", "motive", "credit", "background", "contact", "timing");

    /** The weight of a grading factor: {@code grading.weight.finance}; unset means the grading's default. */
    public static String gradingWeight(String factor) {
        return "grading.weight." + factor;
    }

    /** Where exports are written. */
    public static final String EXPORT_FOLDER = "folder.export";
    /** Where backups are written ({@link BackupRoutine}). */
    public static final String BACKUP_FOLDER = BackupRoutine.FOLDER;

    private OfficeSettings() {
    }

    /** The office's product types: the setting, or {@link #DEFAULT_PRODUCTS} when unset. */
    public static List<String> products(Office office) {
        return office.setting(COMMISSION_PRODUCTS).filter(s -> !s.isBlank()).map(OfficeSettings::productList)
                .orElse(DEFAULT_PRODUCTS);
    }

    /** Splits a product list as stored (or typed with 、,,;). */
    public static List<String> productList(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String p : text.split("[,,、;;]")) {
            if (!p.isBlank()) {
                out.add(p.strip());
            }
        }
        return new ArrayList<>(out);
    }

    /** A fine: whole yuan, 0 to 100000. */
    public static String yuan(String v) {
        return number(v, 0, "单位:元,如 200", new BigDecimal(100_000), true);
    }

    /** A commission rate per mille (‰): 0 to 1000, at most two decimals (2.5 is 2.5‰). */
    public static String perMille(String v) {
        return number(v, 2, "单位:‰,如 3 或 2.5", new BigDecimal(1000), false);
    }

    /** A grading weight: 0 to 100, at most two decimals. */
    public static String weight(String v) {
        return number(v, 2, "0–100", new BigDecimal(100), false);
    }

    /** The product list: one to twenty names of at most 16 characters, no duplicates; stored comma separated. */
    public static String products(String v) {
        List<String> list = productList(v);
        if (list.isEmpty()) {
            throw new IllegalArgumentException("至少填写一种产品类型,用逗号分隔");
        }
        if (list.size() > 20) {
            throw new IllegalArgumentException("最多 20 种产品类型");
        }
        for (String p : list) {
            if (p.length() > 16 || p.contains("=") || p.contains(".")) {
                throw new IllegalArgumentException("产品类型「" + p + "」应为不超过16个字、不含 = 和 . 的名称");
            }
        }
        return String.join(",", list);
    }

    /** A folder: an absolute path to an existing folder this PC may write in. */
    public static String folder(String v) {
        String t = v.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("不能为空,请选择文件夹");
        }
        Path p;
        try {
            p = Path.of(t);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("「" + t + "」不是有效的路径");
        }
        if (!p.isAbsolute()) {
            throw new IllegalArgumentException("应为完整路径(如 D:\\案场\\备份),实为「" + t + "」");
        }
        if (!Files.isDirectory(p)) {
            throw new IllegalArgumentException("文件夹「" + t + "」不存在");
        }
        if (!Files.isWritable(p)) {
            throw new IllegalArgumentException("文件夹「" + t + "」不可写入");
        }
        return p.normalize().toString();
    }

    private static String number(String v, int decimals, String unit, BigDecimal max, boolean whole) {
        String t = v.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("不能为空(" + unit + ")");
        }
        BigDecimal d;
        try {
            d = new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("应为数字(" + unit + "),实为「" + t + "」");
        }
        if (d.signum() < 0) {
            throw new IllegalArgumentException("不能为负数");
        }
        if (d.compareTo(max) > 0) {
            throw new IllegalArgumentException("不能超过 " + max.toPlainString());
        }
        d = d.stripTrailingZeros();
        if (d.scale() > decimals) {
            throw new IllegalArgumentException(whole ? "应为整数,实为「" + t + "」" : "最多 " + decimals + " 位小数,实为「" + t + "」");
        }
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }
}
