package org.anchang.office;

import java.util.Optional;
import java.util.Set;
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

    private final Office office;

    public RegisterDesk(Office office) {
        this.office = office;
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
        if (e.at().isAfter(office.now().plusMinutes(5))) {
            throw new OfficeException("时间", "不能晚于现在(" + office.now().toLocalDate() + ")");
        }
        for (var ref : references(e).entrySet()) {
            ref.getValue().ifPresent(id -> Staff.person(h, id, ref.getKey()));
        }
        if (e instanceof Assign a) {
            Staff.withRole(h, a.by(), Set.of("manager"), "分配人");
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
        }
        return Optional.empty();
    }
}
