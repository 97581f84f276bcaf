package org.anchang.office;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.anchang.store.AuditLog;
import org.jdbi.v3.core.Handle;

/**
 * Desk sign-in with roles (置业顾问 consultant, 内业 clerk, 主管 supervisor, 经理 manager). Passwords are kept as
 * salted PBKDF2 hashes; a person without one yet chooses it at the first sign-in (the sample office has none).
 */
public final class SignIn {

    /** Someone signed in. */
    public record Person(String id, String name, String role) {
        /** The board's overseer rights: undo of others' clicks, away without leave. */
        public boolean oversees() {
            return role.equals("supervisor") || role.equals("manager");
        }
    }

    private static final Set<String> DESK_ROLES = Set.of("consultant", "clerk", "supervisor", "manager");
    private static final int MIN_LENGTH = 6;

    private final Office office;

    public SignIn(Office office) {
        this.office = office;
    }

    /** The people who may sign in at a desk (not channel agents), by id. */
    public List<Person> people() {
        return office.read(h -> h.createQuery("SELECT id, name, role FROM consultant ORDER BY id")
                .map((rs, ctx) -> new Person(rs.getString(1), rs.getString(2), rs.getString(3))).list())
                .stream().filter(p -> DESK_ROLES.contains(p.role())).toList();
    }

    /** Whether {@code id} has chosen a password yet. */
    public boolean hasPassword(String id) {
        return office.read(h -> latest(h, id)).isPresent();
    }

    /**
     * Signs {@code id} in. A wrong password is refused naming the 密码 field; a person without a password sets
     * {@code password} as theirs (stored as a hash, audited).
     */
    public Person signIn(String id, char[] password) {
        return office.write(h -> {
            Person p = person(h, id);
            Optional<String> stored = latest(h, id);
            if (stored.isEmpty()) {
                store(h, id, password, id);
            } else if (!Passwords.matches(password, stored.get())) {
                throw new OfficeException("密码", "密码不正确");
            }
            return p;
        });
    }

    /** Sets {@code id}'s password: the person themself or a manager. */
    public void setPassword(String id, char[] password, String actor) {
        office.write(h -> {
            person(h, id);
            if (!actor.equals(id)) {
                Staff.withRole(h, actor, Set.of("manager"), "操作人");
            }
            store(h, id, password, actor);
            return null;
        });
    }

    private void store(Handle h, String id, char[] password, String actor) {
        if (password == null || password.length < MIN_LENGTH) {
            throw new OfficeException("密码", "至少" + MIN_LENGTH + "位");
        }
        var now = office.now();
        long key = h.createUpdate("INSERT INTO credential(person, hash, recorded_at, recorded_by) VALUES (:p, :h, :at, :by)")
                .bind("p", id).bind("h", Passwords.hash(password)).bind("at", now).bind("by", actor)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        AuditLog.append(h, now, actor, "credential", key);
    }

    private static Person person(Handle h, String id) {
        Person p = h.createQuery("SELECT id, name, role FROM consultant WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> new Person(rs.getString(1), rs.getString(2), rs.getString(3))).findFirst()
                .orElseThrow(() -> new OfficeException("用户", "「" + id + "」不是本案场的人员"));
        if (!DESK_ROLES.contains(p.role())) {
            throw new OfficeException("用户", "「" + p.name() + "」不能登录案场电脑");
        }
        return p;
    }

    private static Optional<String> latest(Handle h, String id) {
        return h.createQuery("SELECT hash FROM credential WHERE person = :p ORDER BY id DESC LIMIT 1").bind("p", id)
                .mapTo(String.class).findFirst();
    }
}
