package org.anchang.office;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anchang.rules.Param;
import org.anchang.rules.Presets;
import org.anchang.store.AuditLog;
import org.jdbi.v3.core.Handle;

/** The office's people, the day's rotation order and the regime: set up by the manager, audited like entries. */
public final class Staff {

    /** The roles of SPEC: 置业顾问, 内业, 主管, 经理, and channel agents. */
    public static final Set<String> ROLES = Set.of("consultant", "clerk", "supervisor", "manager", "agent");

    private final Office office;

    public Staff(Office office) {
        this.office = office;
    }

    /** Adds a person; the very first person of a new office (its manager) is added by {@code setup}. */
    public void addPerson(String id, String name, String role, String actor) {
        office.write(h -> {
            addPerson(h, office.now(), id, name, role, actor);
            return null;
        });
    }

    static void addPerson(Handle h, java.time.LocalDateTime now, String id, String name, String role, String actor) {
        boolean first = h.createQuery("SELECT COUNT(*) FROM consultant").mapTo(Integer.class).one() == 0;
        if (!(first && actor.equals("setup"))) {
            withRole(h, actor, Set.of("manager"), "操作人");
        }
        if (id == null || !id.matches("[A-Za-z0-9_-]{1,32}")) {
            throw new OfficeException("编号", "应为1–32位字母、数字、-或_");
        }
        if (name == null || name.isBlank()) {
            throw new OfficeException("姓名", "不能为空");
        }
        if (!ROLES.contains(role)) {
            throw new OfficeException("角色", "应为 " + String.join("、", ROLES) + " 之一");
        }
        if (h.createQuery("SELECT COUNT(*) FROM consultant WHERE id = :id").bind("id", id).mapTo(Integer.class).one() > 0) {
            throw new OfficeException("编号", "「" + id + "」已被使用");
        }
        h.createUpdate("INSERT INTO consultant(id, name, role, created_at, created_by) VALUES (:id, :name, :role, :at, :by)")
                .bind("id", id).bind("name", name.strip()).bind("role", role).bind("at", now).bind("by", actor).execute();
        AuditLog.append(h, now, actor, "consultant", id);
    }

    /** Sets a day's rotation order; a later order for the same day replaces it, the old one stays. */
    public void setRoster(LocalDate day, List<String> order, String actor) {
        office.write(h -> {
            setRoster(h, office.now(), day, order, actor);
            return null;
        });
    }

    static void setRoster(Handle h, java.time.LocalDateTime now, LocalDate day, List<String> order, String actor) {
        withRole(h, actor, Set.of("manager", "supervisor"), "操作人");
        if (order.isEmpty()) {
            throw new OfficeException("轮序", "当日顺序不能为空");
        }
        Set<String> seen = new HashSet<>();
        for (String id : order) {
            person(h, id, "轮序");
            if (!seen.add(id)) {
                throw new OfficeException("轮序", "「" + id + "」出现了两次");
            }
        }
        BoardDesk.checkNewOrder(h, day, order);
        long id = h.createUpdate("INSERT INTO roster(on_day, day_order, recorded_at, recorded_by) VALUES (:d, :o, :at, :by)")
                .bind("d", day).bind("o", String.join(",", order)).bind("at", now).bind("by", actor)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        AuditLog.append(h, now, actor, "roster", id);
    }

    /** Chooses the regime and its overrides; the whole office is judged again under it. */
    public void setPolicy(String presetId, Map<Param, String> overrides, String actor) {
        office.write(h -> {
            setPolicy(h, office.now(), presetId, overrides, actor);
            return null;
        });
    }

    static void setPolicy(Handle h, java.time.LocalDateTime now, String presetId, Map<Param, String> overrides, String actor) {
        withRole(h, actor, Set.of("manager"), "操作人");
        if (Presets.get(presetId).isEmpty()) {
            throw new OfficeException("制度", "未知制度「" + presetId + "」");
        }
        StringBuilder text = new StringBuilder();
        for (var e : overrides.entrySet()) {
            try {
                text.append(e.getKey().key()).append('=').append(e.getKey().check(e.getValue())).append(';');
            } catch (IllegalArgumentException x) {
                throw new OfficeException(e.getKey().label(), x.getMessage());
            }
        }
        setting(h, now, Settings.POLICY, presetId, actor);
        setting(h, now, Settings.OVERRIDES, text.toString(), actor);
    }

    /**
     * Sets a named office setting (manager only), e.g. {@code commission.rate.住宅}: a new row, the old
     * ones stay. {@code check} refuses a bad value with a message naming the field before anything is written.
     */
    public void setSetting(String name, String value, String field, java.util.function.UnaryOperator<String> check,
            String actor) {
        office.write(h -> {
            withRole(h, actor, Set.of("manager"), "操作人");
            String v;
            try {
                v = check.apply(value == null ? "" : value.strip());
            } catch (IllegalArgumentException x) {
                throw new OfficeException(field, x.getMessage());
            }
            setting(h, office.now(), name, v, actor);
            return null;
        });
    }

    /** One of the office's people, as the settings show them. */
    public record Member(String id, String name, String role) {
    }

    /** Everyone of the office (agents too), by id. */
    public List<Member> people() {
        return office.read(h -> h.attach(org.anchang.store.PeopleDao.class).all().stream()
                .map(p -> new Member(p.id(), p.name(), p.role())).toList());
    }

    /** The latest rotation order of {@code day}, if it has one. */
    public java.util.Optional<List<String>> roster(LocalDate day) {
        return office.read(h -> h.createQuery("SELECT day_order FROM roster WHERE on_day = :d ORDER BY id DESC LIMIT 1")
                .bind("d", day).mapTo(String.class).findFirst().map(s -> List.of(s.split(","))));
    }

    /**
     * One named setting of a batch for {@link #setSettings}: {@code check} returns the value normalised or throws
     * {@link IllegalArgumentException} with the reason; {@code field} names it in the refusal.
     */
    public record Setting(String name, String value, String field, java.util.function.UnaryOperator<String> check) {
    }

    /**
     * Sets several named settings as one user action (manager only): all of them or none; the first bad value is
     * refused naming its field before anything is written.
     */
    public void setSettings(List<Setting> settings, String actor) {
        office.write(h -> {
            withRole(h, actor, Set.of("manager"), "操作人");
            List<String> values = new java.util.ArrayList<>();
            for (Setting s : settings) {
                try {
                    values.add(s.check().apply(s.value() == null ? "" : s.value().strip()));
                } catch (IllegalArgumentException x) {
                    throw new OfficeException(s.field(), x.getMessage());
                }
            }
            var now = office.now();
            for (int i = 0; i < settings.size(); i++) {
                setting(h, now, settings.get(i).name(), values.get(i), actor);
            }
            return null;
        });
    }

    /** Names the project (项目名称). */
    public void setProject(String name, String actor) {
        office.write(h -> {
            setProject(h, office.now(), name, actor);
            return null;
        });
    }

    static void setProject(Handle h, java.time.LocalDateTime now, String name, String actor) {
        withRole(h, actor, Set.of("manager"), "操作人");
        if (name == null || name.isBlank()) {
            throw new OfficeException("项目名称", "不能为空");
        }
        setting(h, now, Settings.PROJECT, name.strip(), actor);
    }

    private static void setting(Handle h, java.time.LocalDateTime now, String name, String value, String actor) {
        long id = h.createUpdate("INSERT INTO setting(name, setting, recorded_at, recorded_by) VALUES (:n, :v, :at, :by)")
                .bind("n", name).bind("v", value).bind("at", now).bind("by", actor)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        AuditLog.append(h, now, actor, "setting", id);
    }

    /** The person's role; refuses an id that is not one of the office's people, naming the field. */
    static String person(Handle h, String id, String field) {
        return h.attach(org.anchang.store.PeopleDao.class).find(id).map(org.anchang.store.PeopleDao.Person::role)
                .orElseThrow(() -> new OfficeException(field, "「" + id + "」不是本案场的人员"));
    }

    static void withRole(Handle h, String id, Set<String> roles, String field) {
        String role = person(h, id, field);
        if (!roles.contains(role)) {
            throw new OfficeException(field, "「" + id + "」无此权限(需要" + String.join("或", roles) + ")");
        }
    }
}
