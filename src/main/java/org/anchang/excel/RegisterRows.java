package org.anchang.excel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.anchang.customer.Contact;
import org.anchang.customer.MaskedPhone;
import org.anchang.customer.Phone;
import org.anchang.customer.Relation;
import org.anchang.office.ArchiveDesk;
import org.anchang.register.Assign;
import org.anchang.register.Assist;
import org.anchang.register.Call;
import org.anchang.register.Complaint;
import org.anchang.register.Confirm;
import org.anchang.register.Deal;
import org.anchang.register.Entry;
import org.anchang.register.FollowUp;
import org.anchang.register.Leave;
import org.anchang.register.Payment;
import org.anchang.register.Prospect;
import org.anchang.register.Report;
import org.anchang.register.Visit;

/**
 * A register line as a row of cells and back: what the weekly workbook writes for each stored line, and the
 * entry an imported row stands for. Writing and reading use the same words (类型, 来意, 接待情况, 明细), so an
 * exported workbook imports as the registers it came from.
 */
public final class RegisterRows {

    private RegisterRows() {
    }

    /** The sheet a line goes to. */
    public static Layout layout(String kind) {
        return switch (kind) {
            case "visit" -> Layout.VISIT;
            case "call" -> Layout.CALL;
            case "followup" -> Layout.FOLLOWUP;
            case "report" -> Layout.REPORT;
            case "prospect" -> Layout.PROSPECT;
            default -> Layout.OTHER;
        };
    }

    /** The 类型 word of the kinds on the 其他登记 sheet. */
    static final Map<String, String> WORDS = Map.of("prospect", "拓客", "deal", "成交", "payment", "收款", "assist", "协助",
            "confirm", "确认", "complaint", "投诉", "assign", "分配", "leave", "离职", "withdraw", "撤回");

    // ---- writing ----

    /** Each layout's column of each field (-1 when the layout has no such column). */
    private static final Map<Layout, int[]> POSITIONS = new java.util.EnumMap<>(Layout.class);

    static {
        for (Layout l : Layout.values()) {
            int[] pos = new int[Field.values().length];
            java.util.Arrays.fill(pos, -1);
            for (int i = 0; i < l.columns().size(); i++) {
                pos[l.columns().get(i).field().ordinal()] = i;
            }
            POSITIONS.put(l, pos);
        }
    }

    /** The cells of {@code line} in {@code layout}'s column order: String, Number, LocalDate, LocalTime, LocalDateTime or null. */
    public static Object[] cells(Layout layout, ArchiveDesk.Line line, ArchiveDesk.Week w) {
        RowCells out = new RowCells(POSITIONS.get(layout), new Object[layout.columns().size()]);
        values(line, w, out);
        return out.values;
    }

    /** A row being filled: puts a field's value in its column, if the layout has one. */
    private record RowCells(int[] pos, Object[] values) {
        void put(Field f, Object v) {
            int i = pos[f.ordinal()];
            if (i >= 0) {
                values[i] = v;
            }
        }
    }

    private static void values(ArchiveDesk.Line l, ArchiveDesk.Week w, RowCells v) {
        v.put(Field.ID, l.id());
        v.put(Field.DATE, l.at().toLocalDate());
        v.put(Field.TIME, l.at().toLocalTime());
        v.put(Field.RECORDER, w.name(l.recordedBy()));
        v.put(Field.RECORDED_AT, l.recordedAt());
        String status = l.status();
        if (l.supersedes().isPresent() && l.entry().isPresent()) {
            status += "·更正第" + l.supersedes().get() + "号" + l.reason().map(r -> "(" + r + ")").orElse("");
        }
        v.put(Field.STATUS, status);
        v.put(Field.KIND, WORDS.getOrDefault(l.kind(), l.kind()));
        if (l.entry().isEmpty()) {
            v.put(Field.DETAIL, "撤回第" + l.supersedes().map(String::valueOf).orElse("?") + "号:" + l.reason().orElse(""));
            return;
        }
        Entry e = l.entry().get();
        e.phone().ifPresent(p -> {
            v.put(Field.PHONE, w.privacy().show(p));
            v.put(Field.NAME, w.customers().get(p.digits()));
        });
        if (e instanceof Visit vi) {
            v.put(Field.NAME, vi.customer().name());
            v.put(Field.CONSULTANT, w.name(vi.by()));
            Visit.Details d = vi.details();
            v.put(Field.PARTY, d.partySize().orElse(null));
            v.put(Field.FIRST, d.firstVisit().map(f -> f ? FIRST_VISIT : REPEAT_VISIT).orElse(null));
            v.put(Field.SOURCE, d.source().orElse(null));
            v.put(Field.INTENT, d.intent().orElse(null));
            v.put(Field.NOTES, d.notes().orElse(null));
            v.put(Field.PURPOSE, switch (vi.purpose()) {
                case VIEW -> "看房";
                case DEPOSIT -> "交定金";
                case SIGN -> "签约";
            });
            v.put(Field.NAMED, vi.named().map(w::name).orElse(null));
            v.put(Field.REFERRED, vi.referredBy().map(p -> w.privacy().show(p)).orElse(null));
            v.put(Field.RELATION, vi.relation().map(r -> r.kind().chinese() + " " + w.privacy().show(r.to())).orElse(null));
            v.put(Field.FACTS, facts(vi, w::name));
        } else if (e instanceof Call c) {
            v.put(Field.NAME, c.customer().name());
            v.put(Field.CONSULTANT, w.name(c.by()));
            v.put(Field.SOURCE, c.details().source().orElse(null));
            v.put(Field.INTENT, c.details().intent().orElse(null));
            v.put(Field.NOTES, c.details().notes().orElse(null));
        } else if (e instanceof FollowUp f) {
            v.put(Field.CONSULTANT, w.name(f.by()));
            v.put(Field.METHOD, f.details().method().orElse(null));
            v.put(Field.CONTENT, f.details().content().orElse(null));
            v.put(Field.NEXT, f.details().next().orElse(null));
        } else if (e instanceof Report r) {
            v.put(Field.NAME, r.name());
            v.put(Field.PHONE, r.masked().whole().map(p -> w.privacy().show(p)).orElse(r.masked().toString()));
            v.put(Field.CONSULTANT, w.name(r.by()));
            v.put(Field.TEAM, r.team().orElse(null));
            v.put(Field.EXPECTED, r.expected());
        } else if (e instanceof Prospect p) {
            v.put(Field.NAME, p.customer().name());
            v.put(Field.CONSULTANT, w.name(p.by()));
            v.put(Field.BUSINESS, p.businessType().orElse(null));
            v.put(Field.ADDRESS, p.details().address().orElse(null));
            v.put(Field.COMPANY, p.details().company().orElse(null));
            v.put(Field.WECHAT, p.details().wechat().orElse(null));
            v.put(Field.INTENT, p.details().intent().orElse(null));
            v.put(Field.NOTES, p.details().notes().orElse(null));
        } else if (e instanceof Deal d) {
            v.put(Field.CONSULTANT, w.name(d.by()));
            v.put(Field.AMOUNT, d.amount());
            v.put(Field.DETAIL, (d.stage() == Deal.Stage.CONTRACT ? "签约" : "定金") + (d.knowing() ? ";知情" : "")
                    + (d.developerRelation() ? ";开发商关系" : ""));
        } else if (e instanceof Payment p) {
            v.put(Field.CONSULTANT, w.name(p.by()));
            v.put(Field.AMOUNT, p.amount());
            v.put(Field.DETAIL, p.type().chinese() + ";产品:" + p.product());
        } else if (e instanceof Assist a) {
            v.put(Field.CONSULTANT, w.name(a.by()));
            v.put(Field.DETAIL, (a.major() ? "重大促进" : "一般协助") + (a.knowing() ? ";知情" : ""));
        } else if (e instanceof Confirm c) {
            v.put(Field.CONSULTANT, w.name(c.by()));
        } else if (e instanceof Complaint c) {
            v.put(Field.CONSULTANT, w.name(c.reassignTo()));
            v.put(Field.DETAIL, "转给接手顾问");
        } else if (e instanceof Assign a) {
            v.put(Field.CONSULTANT, w.name(a.to()));
            v.put(Field.DETAIL, "经理:" + w.name(a.by()));
        } else if (e instanceof Leave le) {
            v.put(Field.CONSULTANT, w.name(le.by()));
        }
    }

    /** The 首访/复访 cell's words. */
    static final String FIRST_VISIT = "首访";
    static final String REPEAT_VISIT = "复访";

    /** The 接待情况 cell: the visit's facts in words, separated by ;. */
    static String facts(Visit v, Function<String, String> name) {
        List<String> f = new ArrayList<>();
        if (!v.registered()) {
            f.add("未登记");
        }
        if (v.accompanied()) {
            f.add("陪同");
        }
        v.standInFor().ifPresent(s -> f.add("代接:" + name.apply(s)));
        if (v.delegated()) {
            f.add("已委托");
        }
        if (v.ownerAbsent()) {
            f.add("原顾问不在");
        }
        v.friendOf().ifPresent(s -> f.add("亲友:" + name.apply(s)));
        if (v.groupBuyer()) {
            f.add("团体");
        }
        if (v.notifiedLate()) {
            f.add("迟报");
        }
        v.quarrelBy().ifPresent(s -> f.add("争吵:" + name.apply(s)));
        return String.join(";", f);
    }

    // ---- reading ----

    /** A row that cannot be a register line: the column (its header) and why, in Chinese. */
    public static final class RowProblem extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String column;

        public RowProblem(String column, String message) {
            super(message);
            this.column = column;
        }

        public String column() {
            return column;
        }
    }

    /**
     * The entry a row stands for. {@code layout} is the sheet's kind (for {@code OTHER}, the row's 类型 says it);
     * {@code person} turns a name or id in a consultant column into the office's id (unknown text is passed on,
     * and the register refuses it naming the field). Throws {@link RowProblem} naming the column.
     */
    public static Entry entry(Layout layout, Map<Field, String> row, Function<String, String> person) {
        Layout kind = layout;
        String word = text(row, Field.KIND);
        if (!word.isEmpty()) {
            Optional<Layout> byWord = Layout.byWord(word);
            if (byWord.isPresent()) {
                kind = byWord.get();
            } else if (WORDS.containsValue(word)) {
                kind = Layout.OTHER;
            } else {
                throw new RowProblem(Field.KIND.header(), "「" + word + "」不是登记类型(来访、来电、跟踪、报备、拓客、成交、收款……)");
            }
        } else if (layout == Layout.OTHER) {
            throw new RowProblem(Field.KIND.header(), "不能为空");
        }
        LocalDateTime at = when(row);
        switch (kind) {
            case VISIT:
                return visit(at, row, person);
            case CALL:
                return new Call(at, consultant(row, person), contact(row),
                        new Call.Details(opt(row, Field.SOURCE), opt(row, Field.INTENT), opt(row, Field.NOTES)));
            case FOLLOWUP:
                return new FollowUp(at, consultant(row, person), phone(row, Field.PHONE),
                        new FollowUp.Details(opt(row, Field.METHOD), opt(row, Field.CONTENT), opt(row, Field.NEXT).map(RegisterRows::next)));
            case REPORT:
                return report(at, row, person);
            case PROSPECT:
                return prospect(at, row, person);
            default:
                return other(word, at, row, person);
        }
    }

    private static Visit visit(LocalDateTime at, Map<Field, String> row, Function<String, String> person) {
        String by = consultant(row, person);
        Contact who = contact(row);
        Optional<String> named = opt(row, Field.NAMED).map(person);
        Optional<Phone> referred = opt(row, Field.REFERRED).map(t -> phone(Field.REFERRED, t));
        Optional<Relation> relation = opt(row, Field.RELATION).map(RegisterRows::relation);
        Visit.Purpose purpose = switch (text(row, Field.PURPOSE)) {
            case "", "看房" -> Visit.Purpose.VIEW;
            case "交定金", "定金" -> Visit.Purpose.DEPOSIT;
            case "签约" -> Visit.Purpose.SIGN;
            default -> throw new RowProblem(Field.PURPOSE.header(), "应为 看房、交定金 或 签约");
        };
        boolean registered = true;
        boolean accompanied = false;
        boolean delegated = false;
        boolean ownerAbsent = false;
        boolean group = false;
        boolean late = false;
        Optional<String> standIn = Optional.empty();
        Optional<String> friend = Optional.empty();
        Optional<String> quarrel = Optional.empty();
        for (String f : text(row, Field.FACTS).split("[;;、,,]")) {
            String t = f.strip();
            int colon = Math.max(t.indexOf(':'), t.indexOf(':'));
            String key = colon < 0 ? t : t.substring(0, colon);
            Optional<String> whom = colon < 0 ? Optional.empty() : Optional.of(person.apply(t.substring(colon + 1).strip()));
            switch (key) {
                case "" -> { }
                case "未登记" -> registered = false;
                case "陪同" -> accompanied = true;
                case "已委托" -> delegated = true;
                case "原顾问不在" -> ownerAbsent = true;
                case "团体" -> group = true;
                case "迟报" -> late = true;
                case "代接" -> standIn = need(whom, key);
                case "亲友" -> friend = need(whom, key);
                case "争吵" -> quarrel = need(whom, key);
                default -> throw new RowProblem(Field.FACTS.header(), "不认识「" + t + "」(可写:未登记;陪同;代接:姓名;已委托;原顾问不在;亲友:姓名;团体;迟报;争吵:姓名)");
            }
        }
        Visit.Details details = new Visit.Details(opt(row, Field.PARTY).map(RegisterRows::party), opt(row, Field.FIRST).map(RegisterRows::first),
                opt(row, Field.SOURCE), opt(row, Field.INTENT), opt(row, Field.NOTES));
        return new Visit(at, by, who, registered, named, referred, accompanied, relation, standIn, delegated, ownerAbsent, purpose,
                friend, group, late, quarrel, details);
    }

    /** A 人数 cell: a whole number (3, 3人, 3.0); its range is the register's to check. */
    private static int party(String text) {
        String t = text.replaceFirst("\\s*人$", "").strip();
        try {
            return new BigDecimal(t).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new RowProblem(Field.PARTY.header(), "「" + text + "」不是人数,应为整数(如 3)");
        }
    }

    /** A 首访/复访 cell. */
    private static boolean first(String text) {
        return switch (text) {
            case FIRST_VISIT, "首次", "首次来访", "新客", "新客户", "是" -> true;
            case REPEAT_VISIT, "二访", "再访", "多次", "老客", "老客户", "否" -> false;
            default -> throw new RowProblem(Field.FIRST.header(), "「" + text + "」应为 首访 或 复访");
        };
    }

    /** A 下次跟踪 cell: a date; that it is not before this follow-up is the register's to check. */
    private static LocalDate next(String text) {
        return Cells.date(text).orElseThrow(() -> new RowProblem(Field.NEXT.header(), "「" + text + "」不是日期(如 2026-03-05)"));
    }

    /** A 拓客 line; one on the 其他登记 sheet of an archive written before the 拓客 sheet has its 业态 in the 明细. */
    private static Prospect prospect(LocalDateTime at, Map<Field, String> row, Function<String, String> person) {
        Optional<String> business = opt(row, Field.BUSINESS).or(() -> List.of(text(row, Field.DETAIL).split("[;;]")).stream()
                .filter(p -> p.startsWith("业态:") || p.startsWith("业态:")).map(p -> p.substring(3).strip()).findFirst());
        return new Prospect(at, consultant(row, person), contact(row), business, new Prospect.Details(opt(row, Field.ADDRESS),
                opt(row, Field.COMPANY), opt(row, Field.WECHAT), opt(row, Field.INTENT), opt(row, Field.NOTES)));
    }

    private static Optional<String> need(Optional<String> who, String key) {
        if (who.isEmpty() || who.get().isEmpty()) {
            throw new RowProblem(Field.FACTS.header(), "「" + key + "」后应写顾问姓名,例如 " + key + ":张三");
        }
        return who;
    }

    private static Relation relation(String text) {
        String[] parts = text.strip().split("[\\s::]+", 2);
        for (Relation.Kind k : Relation.Kind.values()) {
            if (parts.length == 2 && k.chinese().equals(parts[0])) {
                return new Relation(phone(Field.RELATION, parts[1]), k);
            }
        }
        throw new RowProblem(Field.RELATION.header(), "应写成「夫妻 13800001111」(夫妻、父母、子女、兄弟姐妹、朋友 加对方电话)");
    }

    private static Report report(LocalDateTime at, Map<Field, String> row, Function<String, String> person) {
        String by = consultant(row, person);
        String name = required(row, Field.NAME);
        MaskedPhone masked;
        try {
            masked = MaskedPhone.parse(required(row, Field.PHONE));
        } catch (IllegalArgumentException e) {
            throw new RowProblem(Field.PHONE.header(), e.getMessage());
        }
        String exp = required(row, Field.EXPECTED);
        LocalDateTime expected = Cells.dateTime(exp).orElseThrow(() -> new RowProblem(Field.EXPECTED.header(),
                "「" + exp + "」不是日期时间(如 2026-03-05 14:00)"));
        // A 渠道 column is read as 来源 (the visit and call registers' word); on a report it is the agent's team.
        return new Report(at, by, name, masked, expected, opt(row, Field.TEAM).or(() -> opt(row, Field.SOURCE)));
    }

    private static Entry other(String word, LocalDateTime at, Map<Field, String> row, Function<String, String> person) {
        String detail = text(row, Field.DETAIL);
        List<String> parts = List.of(detail.split("[;;]"));
        return switch (word) {
            case "成交" -> {
                Deal.Stage stage = switch (parts.get(0).strip()) {
                    case "签约" -> Deal.Stage.CONTRACT;
                    case "定金" -> Deal.Stage.DEPOSIT;
                    default -> throw new RowProblem(Field.DETAIL.header(), "成交的明细应以「签约」或「定金」开头");
                };
                yield new Deal(at, consultant(row, person), phone(row, Field.PHONE), stage, amount(row), parts.contains("知情"),
                        parts.contains("开发商关系"));
            }
            case "收款" -> {
                Payment.Type type = Payment.Type.of(parts.get(0)).orElseThrow(() -> new RowProblem(Field.DETAIL.header(),
                        "收款的明细应以 定金、首付款、按揭放款、分期付款 或 交房 开头"));
                String product = parts.stream().filter(p -> p.startsWith("产品:") || p.startsWith("产品:")).map(p -> p.substring(3).strip())
                        .findFirst().orElseThrow(() -> new RowProblem(Field.DETAIL.header(), "收款须写明产品类型,例如 首付款;产品:高层住宅"));
                yield new Payment(at, consultant(row, person), phone(row, Field.PHONE), type, amount(row), product);
            }
            case "协助" -> new Assist(at, consultant(row, person), phone(row, Field.PHONE), parts.contains("重大促进"), parts.contains("知情"));
            case "确认" -> new Confirm(at, consultant(row, person), phone(row, Field.PHONE));
            case "投诉" -> new Complaint(at, phone(row, Field.PHONE), consultant(row, person));
            case "分配" -> new Assign(at, phone(row, Field.PHONE), consultant(row, person), parts.stream()
                    .filter(p -> p.startsWith("经理:") || p.startsWith("经理:")).map(p -> person.apply(p.substring(3).strip())).findFirst()
                    .orElseThrow(() -> new RowProblem(Field.DETAIL.header(), "分配须写明经理,例如 经理:何建平")));
            case "离职" -> new Leave(at, consultant(row, person));
            case "撤回" -> throw new RowProblem(Field.KIND.header(), "撤回记录不是登记,不导入");
            default -> throw new RowProblem(Field.KIND.header(), "不能为空");
        };
    }

    private static BigDecimal amount(Map<Field, String> row) {
        String a = required(row, Field.AMOUNT).replace(",", "").replace(",", "").replace("元", "").replace("¥", "").strip();
        try {
            return new BigDecimal(a);
        } catch (NumberFormatException e) {
            throw new RowProblem(Field.AMOUNT.header(), "「" + a + "」不是金额");
        }
    }

    /** When the row happened: 日期 + 时间, or 日期时间, or a 日期 that carries its time. */
    static LocalDateTime when(Map<Field, String> row) {
        String dt = text(row, Field.DATETIME);
        if (!dt.isEmpty()) {
            return Cells.dateTime(dt).orElseThrow(() -> new RowProblem(Field.DATETIME.header(), "「" + dt + "」不是日期时间(如 2026-03-05 14:00)"));
        }
        String d = required(row, Field.DATE);
        Optional<LocalDateTime> full = Cells.dateTime(d);
        LocalDate date = Cells.date(d).orElseThrow(() -> new RowProblem(Field.DATE.header(), "「" + d + "」不是日期(如 2026-03-05)"));
        String t = text(row, Field.TIME);
        if (t.isEmpty()) {
            return full.orElse(date.atStartOfDay());
        }
        LocalTime time = Cells.time(t).orElseThrow(() -> new RowProblem(Field.TIME.header(), "「" + t + "」不是时间(如 14:30)"));
        return date.atTime(time);
    }

    private static String consultant(Map<Field, String> row, Function<String, String> person) {
        return person.apply(required(row, Field.CONSULTANT));
    }

    private static Contact contact(Map<Field, String> row) {
        return new Contact(required(row, Field.NAME), phone(row, Field.PHONE));
    }

    private static Phone phone(Map<Field, String> row, Field f) {
        return phone(f, required(row, f));
    }

    private static Phone phone(Field f, String text) {
        if (text.contains("*")) {
            throw new RowProblem(f.header(), "「" + text + "」是隐号,登记须完整电话(隐号只用于渠道报备)");
        }
        try {
            return Phone.parse(text);
        } catch (IllegalArgumentException e) {
            throw new RowProblem(f.header(), e.getMessage());
        }
    }

    private static String required(Map<Field, String> row, Field f) {
        String t = text(row, f);
        if (t.isEmpty()) {
            throw new RowProblem(f.header(), "不能为空");
        }
        return t;
    }

    private static Optional<String> opt(Map<Field, String> row, Field f) {
        String t = text(row, f);
        return t.isEmpty() ? Optional.empty() : Optional.of(t);
    }

    static String text(Map<Field, String> row, Field f) {
        String t = row.get(f);
        return t == null ? "" : t.strip();
    }
}
