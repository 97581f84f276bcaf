package org.anchang.office;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Set;
import org.anchang.register.Report;
import org.anchang.rules.Policy;
import org.anchang.rules.ReportWindow;
import org.anchang.register.Assign;
import org.anchang.register.Complaint;
import org.anchang.register.Entry;
import org.anchang.register.Recorded;
import org.anchang.register.Visit;
import org.anchang.store.EntryStore;
import org.jdbi.v3.core.Handle;

/**
 * Register entry (登记): records 来访, 来电, 跟踪, 拓客, 报备 and the other entries; corrects and withdraws them
 * with who and why, never overwriting (REG-5). Each call is one transaction; bad input is refused before
 * anything is written, with a Chinese message naming the field.
 */
public final class RegisterDesk {

    /** The longest text each register column holds (V1 schema); a form caps its fields at these. */
    public static final int NAME_MAX = 64;
    public static final int TEXT_MAX = 1000;
    public static final int SOURCE_MAX = 64;
    public static final int INTENT_MAX = 16;
    public static final int METHOD_MAX = 16;
    public static final int ADDRESS_MAX = 200;
    public static final int COMPANY_MAX = 100;
    public static final int WECHAT_MAX = 64;
    public static final int TEAM_MAX = 64;
    public static final int BUSINESS_MAX = 32;
    public static final int PARTY_MAX = 99;

    private final Office office;

    public RegisterDesk(Office office) {
        this.office = office;
    }

    /** Everyone of the office with their role (consultants and agents for a form's choices), by id. */
    public java.util.List<SignIn.Person> people() {
        return office.read(h -> h.attach(org.anchang.store.PeopleDao.class).all()).stream()
                .map(p -> new SignIn.Person(p.id(), p.name(), p.role())).toList();
    }

    /** Now, on the office clock (a form's default time). */
    public LocalDateTime now() {
        return office.now();
    }

    /** The regime in force, for a form's checks of a report's expected visit ({@link #expectedProblem}). */
    public Policy policy() {
        return office.policy();
    }

    /** What is wrong with an entry's time, in Chinese: a register records what happened, never the future. */
    public Optional<String> timeProblem(LocalDateTime at) {
        LocalDateTime now = office.now();
        return at.isAfter(now.plusMinutes(5)) ? Optional.of("不能晚于现在(" + now.toLocalDate() + " " + HHMM.format(now) + ")")
                : Optional.empty();
    }

    /**
     * What is wrong with a report's expected visit, in Chinese: not before the report's day, and within the report's
     * validity (RPT-2, {@link ReportWindow}).
     */
    public static Optional<String> expectedProblem(Policy policy, LocalDateTime at, LocalDateTime expected) {
        ReportWindow w = ReportWindow.of(policy, at);
        if (expected.toLocalDate().isBefore(at.toLocalDate())) {
            return Optional.of("不能早于报备当天(" + md(at.toLocalDate()) + ")");
        }
        if (!w.holds(expected)) {
            return Optional.of("应在报备起7天内,至 " + w.lastDay().map(RegisterDesk::md).orElse("") + "(RPT-2)");
        }
        return Optional.empty();
    }

    /**
     * A visit expected the same day as the report must say 上午 or 下午 (RPT-1); a day alone is stored at 00:00
     * ({@link Report}), so a same-day expected time of 00:00 is one without them.
     */
    public static Optional<String> halfDayProblem(LocalDateTime at, LocalDateTime expected) {
        return expected.toLocalDate().equals(at.toLocalDate()) && expected.toLocalTime().equals(LocalTime.MIDNIGHT)
                ? Optional.of("当天到访须注明上午或下午(RPT-1)") : Optional.empty();
    }

    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HH:mm");

    static String md(LocalDate d) {
        return d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    /** Records a new entry typed by {@code actor}; returns its number. */
    public long record(Entry e, String actor) {
        return office.write(h -> record(h, e, actor));
    }

    /**
     * Records {@code entries} (a day's paper sheet, an imported register) in one transaction: all or none.
     * A bad entry is refused naming its row, 「第 3 行 电话: …」, and nothing is written.
     */
    public java.util.List<Long> recordAll(java.util.List<? extends Entry> entries, String actor) {
        return office.write(h -> {
            java.util.List<Long> ids = new java.util.ArrayList<>(entries.size());
            for (int i = 0; i < entries.size(); i++) {
                try {
                    ids.add(record(h, entries.get(i), actor));
                } catch (OfficeException e) {
                    throw new OfficeException(e.field(), e.reason(), i + 1);
                }
            }
            return ids;
        });
    }

    /**
     * What {@link #recordAll} would refuse in {@code entries}, row by row, without writing anything: each row is
     * checked alone against the office as it is now, by the same checks as {@link #record}. Index {@code i} holds
     * row {@code i + 1}'s refusal, or empty when the row would be taken. For an import's preview.
     */
    public java.util.List<Optional<OfficeException>> refusals(java.util.List<? extends Entry> entries, String actor) {
        return office.read(h -> {
            java.util.List<Optional<OfficeException>> out = new java.util.ArrayList<>(entries.size());
            for (Entry e : entries) {
                try {
                    check(h, e, actor);
                    out.add(Optional.empty());
                } catch (OfficeException x) {
                    out.add(Optional.of(x));
                }
            }
            return out;
        });
    }

    /** Records within a transaction the caller holds (a batch that is one user action, e.g. loading a sample). */
    long record(Handle h, Entry e, String actor) {
        check(h, e, actor);
        return EntryStore.insert(h, Optional.of(e), office.now(), actor, Optional.empty(), Optional.empty());
    }

    /** Records {@code replacement} in place of entry {@code id}; the old entry stays, marked superseded. */
    public long correct(long id, Entry replacement, String actor, String reason) {
        return office.write(h -> {
            Recorded old = correctable(id, reason);
            if (!old.entry().map(Entry::kind).orElse("").equals(replacement.kind())) {
                throw new OfficeException("登记类型", "更正须与原登记同类(原为" + old.entry().map(Entry::kind).orElse("撤回") + ")");
            }
            check(h, replacement, actor);
            return EntryStore.insert(h, Optional.of(replacement), office.now(), actor, Optional.of(id), Optional.of(reason.strip()));
        });
    }

    /** Withdraws entry {@code id} (entered by mistake); it stays in the registers, marked withdrawn. */
    public long withdraw(long id, String actor, String reason) {
        return office.write(h -> {
            correctable(id, reason);
            Staff.person(h, actor, "操作人");
            return EntryStore.insert(h, Optional.empty(), office.now(), actor, Optional.of(id), Optional.of(reason.strip()));
        });
    }

    private Recorded correctable(long id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new OfficeException("更正原因", "请写明为何更正");
        }
        Recorded old = office.ledger().find(id).orElseThrow(() -> new OfficeException("登记编号", "没有第 " + id + " 号登记"));
        if (old.isWithdrawal()) {
            throw new OfficeException("登记编号", "第 " + id + " 号是一条撤回记录,不能再更正");
        }
        if (old.entry().filter(e -> e instanceof org.anchang.register.Ruling).isPresent()) {
            throw new OfficeException("登记编号", "第 " + id + " 号是判客裁定,一判终身(DSP-1),不能更正或撤回;可在判客向导中加批注");
        }
        if (office.ledger().isSuperseded(id)) {
            throw new OfficeException("登记编号", "第 " + id + " 号已被更正过,请更正最新的一条");
        }
        return old;
    }

    private void check(Handle h, Entry e, String actor) {
        Staff.person(h, actor, "操作人");
        if (e instanceof org.anchang.register.Ruling) {
            throw new OfficeException("登记类型", "判客裁定只能由经理在判客向导中签字记录(DSP-1)");
        }
        timeProblem(e.at()).ifPresent(why -> {
            throw new OfficeException("时间", why);
        });
        EntryChecks.check(e);
        if (e instanceof Report r) {
            expectedProblem(Office.policy(h), r.at(), r.expected()).ifPresent(why -> {
                throw new OfficeException("预计到访", why);
            });
            halfDayProblem(r.at(), r.expected()).ifPresent(why -> {
                throw new OfficeException("上午/下午", why);
            });
        }
        for (var ref : references(e).entrySet()) {
            ref.getValue().ifPresent(id -> Staff.person(h, id, ref.getKey()));
        }
        if (e instanceof Assign a) {
            Staff.withRole(h, a.by(), Set.of("manager"), "分配人");
        }
        if (e instanceof org.anchang.register.Grade g) {
            CustomerFile.checkGrade(h, g, office.now());
        }
        if (e instanceof org.anchang.register.Payment p) {
            CommissionDesk.check(h, p);
        }
    }

    /** The consultants an entry names, by the field a form shows them in. */
    private static java.util.Map<String, Optional<String>> references(Entry e) {
        java.util.Map<String, Optional<String>> refs = new java.util.LinkedHashMap<>();
        if (e instanceof Visit v) {
            refs.put("接待顾问", Optional.of(v.by()));
            refs.put("指名顾问", v.named());
            refs.put("代接对象", v.standInFor());
            refs.put("亲友所属顾问", v.friendOf());
            refs.put("争吵顾问", v.quarrelBy());
        } else if (e instanceof Complaint c) {
            refs.put("接手顾问", Optional.of(c.reassignTo()));
        } else if (e instanceof Assign a) {
            refs.put("分配给", Optional.of(a.to()));
        } else {
            refs.put("顾问", by(e));
        }
        return refs;
    }

    private static Optional<String> by(Entry e) {
        if (e instanceof org.anchang.register.Call c) {
            return Optional.of(c.by());
        } else if (e instanceof org.anchang.register.FollowUp f) {
            return Optional.of(f.by());
        } else if (e instanceof org.anchang.register.Prospect p) {
            return Optional.of(p.by());
        } else if (e instanceof org.anchang.register.Report r) {
            return Optional.of(r.by());
        } else if (e instanceof org.anchang.register.Deal d) {
            return Optional.of(d.by());
        } else if (e instanceof org.anchang.register.Assist a) {
            return Optional.of(a.by());
        } else if (e instanceof org.anchang.register.Confirm c) {
            return Optional.of(c.by());
        } else if (e instanceof org.anchang.register.Leave l) {
            return Optional.of(l.by());
        } else if (e instanceof org.anchang.register.Grade g) {
            return Optional.of(g.by());
        } else if (e instanceof org.anchang.register.Payment p) {
            return Optional.of(p.by());
        }
        return Optional.empty();
    }
}
