package org.anchang.excel;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A register column, by what it means: the header the weekly workbook writes, the other headers offices use for it
 * (an import maps a column by any of them), its width in Chinese characters and how its cells are typed.
 */
public enum Field {
    ID("登记号", 5, Type.NUMBER, "序号", "编号"),
    DATE("日期", 6, Type.DATE, "来访日期", "来电日期", "报备日期", "跟踪日期", "登记日期", "跟踪时间日期"),
    TIME("时间", 4, Type.TIME, "来访时间", "来电时间", "到访时间"),
    DATETIME("日期时间", 9, Type.DATETIME, "登记时间", "来访日期时间"),
    KIND("类型", 4, Type.TEXT, "登记类型", "来访/来电", "来访来电", "来访或来电"),
    NAME("客户姓名", 6, Type.TEXT, "姓名", "客户", "客户名称", "客户名"),
    PHONE("电话", 8, Type.TEXT, "联系电话", "手机", "手机号", "手机号码", "客户电话", "电话号码", "联系方式"),
    CONSULTANT("置业顾问", 6, Type.TEXT, "销售代表", "接待顾问", "接听顾问", "顾问", "销售", "经纪人", "接待人", "跟踪人", "销售员"),
    PARTY("人数", 3, Type.NUMBER, "来访人数", "到访人数"),
    FIRST("首访/复访", 5, Type.TEXT, "首访复访", "首访或复访", "首复访", "是否首访", "来访性质"),
    SOURCE("来源", 6, Type.TEXT, "客户来源", "来源渠道", "渠道", "渠道来源", "客户渠道", "获知途径", "媒体来源"),
    INTENT("意向", 4, Type.TEXT, "意向程度", "意向度", "意向等级", "意向级别", "客户意向"),
    PURPOSE("来意", 4, Type.TEXT),
    NAMED("指名顾问", 5, Type.TEXT),
    REFERRED("介绍人电话", 8, Type.TEXT),
    RELATION("关系", 10, Type.TEXT, "亲属关系"),
    FACTS("接待情况", 10, Type.TEXT),
    METHOD("跟踪方式", 5, Type.TEXT, "方式", "跟进方式", "回访方式"),
    CONTENT("跟踪内容", 16, Type.TEXT, "内容", "回访内容", "跟进内容", "沟通内容"),
    NEXT("下次跟踪", 6, Type.DATE, "下次", "下次跟踪日期", "下次跟进", "下次跟进日期", "下次回访", "下次回访日期"),
    TEAM("渠道队名", 7, Type.TEXT, "队名", "渠道名称", "报备渠道"),
    BUSINESS("业态", 5, Type.TEXT, "意向业态", "物业类型"),
    ADDRESS("地址", 12, Type.TEXT, "住址", "客户地址", "联系地址", "居住地址"),
    COMPANY("单位", 10, Type.TEXT, "公司", "工作单位", "单位名称", "公司名称"),
    WECHAT("微信", 8, Type.TEXT, "微信号"),
    EXPECTED("预计到访", 9, Type.DATETIME, "预约时间", "预计来访", "预约到访"),
    AMOUNT("金额", 8, Type.MONEY, "金额(元)"),
    DETAIL("明细", 14, Type.TEXT),
    NOTES("备注", 14, Type.TEXT, "说明", "备注说明"),
    RECORDER("录入人", 5, Type.TEXT),
    RECORDED_AT("录入时间", 9, Type.DATETIME),
    STATUS("状态", 8, Type.TEXT, "登记状态");

    /** How a column's cells are written. */
    public enum Type { TEXT, NUMBER, MONEY, DATE, TIME, DATETIME }

    private final String header;
    private final int width;
    private final Type type;
    private final List<String> synonyms;

    Field(String header, int width, Type type, String... synonyms) {
        this.header = header;
        this.width = width;
        this.type = type;
        this.synonyms = List.of(synonyms);
    }

    /** The header the weekly workbook writes. */
    public String header() {
        return header;
    }

    /** The column's width in Chinese characters. */
    public int width() {
        return width;
    }

    public Type type() {
        return type;
    }

    /** The field a header names, ignoring spaces, case and a trailing colon; empty when none does. */
    public static Optional<Field> byHeader(String header) {
        String h = normal(header);
        if (h.isEmpty()) {
            return Optional.empty();
        }
        for (Field f : values()) {
            if (normal(f.header).equals(h) || f.synonyms.stream().anyMatch(s -> normal(s).equals(h))) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    static String normal(String s) {
        return s == null ? "" : s.replaceAll("[\\s\u3000::*]", "").toLowerCase(Locale.ROOT);
    }
}
