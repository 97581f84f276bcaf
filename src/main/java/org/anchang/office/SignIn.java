package org.anchang.office;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.anchang.store.AuditLog;
import org.jdbi.v3.core.Handle;

/**
 * Desk sign-in with roles (置业顾问 consultant, 内业 clerk, 主管 supervisor, 经理 manager). Passwords are salted
 * PBKDF2 hashes in the append-only {@code credential} table; every attempt is a {@code signin_attempt} row, audited.
 * <ul>
 * <li>The manager sets first passwords (the new-office wizard sets the manager's own). A password the manager set
 * for someone else must be changed at that person's next sign-in ({@link Result#mustChange()}).</li>
 * <li>One way in without a manager: while no manager of the office has a password (the sample office, an office
 * made before sign-in was hardened), a manager chooses theirs at the first sign-in. No one else ever does.</li>
 * <li>{@value #MAX_WRONG} wrong passwords in a row lock the account for {@link #LOCKOUT} on the office clock; a
 * correct password, or a new one set by the manager, starts the count again.</li>
 * </ul>
 */
public final class SignIn {

    /** Someone signed in. */
    public record Person(String id, String name, String role) {
        /** The board's overseer rights: undo of others' clicks, away without leave. */
        public boolean oversees() {
            return role.equals("supervisor") || role.equals("manager");
        }
    }

    /** A successful sign-in: the person, and whether they must choose a new password before the desk opens. */
    public record Result(Person person, boolean mustChange) {
    }

    /** Where an account's password stands. */
    public enum PasswordState {
        /** No password yet: the manager sets one (or, for the office's first manager, chooses it at sign-in). */
        NONE,
        /** Set by the manager: to be changed at the next sign-in. */
        MUST_CHANGE,
        /** Chosen by the person. */
        SET
    }

    /** An account as the manager sees it in the 人员 settings. */
    public record Account(Person person, PasswordState password, Optional<LocalDateTime> lockedUntil) {
    }

    public static final int MAX_WRONG = 5;
    public static final Duration LOCKOUT = Duration.ofMinutes(5);
    public static final int MIN_LENGTH = 6;
    private static final Set<String> DESK_ROLES = Set.of("consultant", "clerk", "supervisor", "manager");
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HH:mm");

    private record Credential(long id, String hash, String recordedBy) {
    }

    /** What an attempt came to: a result, or a refusal that is thrown only after the attempt's row is committed. */
    private record Outcome(Result result, OfficeException refusal) {
        Result get() {
            if (refusal != null) {
                throw refusal;
            }
            return result;
        }
    }

    private final Office office;

    public SignIn(Office office) {
        this.office = office;
    }

    /** The people who may sign in at a desk (not channel agents), by id. */
    public List<Person> people() {
        return office.read(SignIn::people);
    }

    private static List<Person> people(Handle h) {
        return h.createQuery("SELECT id, name, role FROM consultant ORDER BY id")
                .map((rs, ctx) -> new Person(rs.getString(1), rs.getString(2), rs.getString(3))).list()
                .stream().filter(p -> DESK_ROLES.contains(p.role())).toList();
    }

    /** Every desk account with its password state and lock, for the manager. */
    public List<Account> accounts() {
        LocalDateTime now = office.now();
        return office.read(h -> people(h).stream().map(p -> {
            Optional<Credential> c = latest(h, p.id());
            PasswordState state = c.isEmpty() ? PasswordState.NONE
                    : c.get().recordedBy().equals(p.id()) ? PasswordState.SET : PasswordState.MUST_CHANGE;
            return new Account(p, state, c.flatMap(x -> lockedUntil(h, p.id(), x.id(), now)));
        }).toList());
    }

    /** Who signed in last (at any desk of the office): the sign-in form's first guess. */
    public Optional<String> lastSignedIn() {
        return office.read(h -> h.createQuery("SELECT person FROM signin_attempt WHERE outcome = 'ok' ORDER BY id DESC LIMIT 1")
                .mapTo(String.class).findFirst());
    }

    /** Whether {@code id} has a password. */
    public boolean hasPassword(String id) {
        return office.read(h -> latest(h, id)).isPresent();
    }

    /** Whether {@code id} chooses their own first password at sign-in: a manager while no manager has one. */
    public boolean choosesFirstPassword(String id) {
        return office.read(h -> latest(h, id).isEmpty() && people(h).stream()
                .anyMatch(p -> p.id().equals(id) && firstManager(h, p)));
    }

    /**
     * Signs {@code id} in. Refusals name the 密码 field: a wrong password (counted), a locked account, no password
     * yet. A manager choosing the office's first manager password stores it here.
     */
    public Result signIn(String id, char[] password) {
        return office.write(h -> attempt(h, id, password)).get();
    }

    /**
     * The person changes their own password, proving the current one (a wrong one counts towards the lock). The
     * new one must differ from it. Returns the person, now signed in.
     */
    public Person changePassword(String id, char[] current, char[] next) {
        return office.write(h -> {
            checkNew(next, "新密码");
            if (Arrays.equals(current, next)) {
                throw new OfficeException("新密码", "不能与原密码相同");
            }
            if (latest(h, id).isEmpty()) {
                person(h, id);
                throw new OfficeException("密码", "尚未设置密码:请经理在「设置 → 人员」中为您设置初始密码");
            }
            Outcome o = attempt(h, id, current);
            if (o.refusal() == null) {
                store(h, office.now(), id, next, id);
            }
            return o;
        }).get().person();
    }

    /** The manager sets {@code id}'s password; for anyone but the manager themself it must be changed at sign-in. */
    public void setPassword(String id, char[] password, String actor) {
        office.write(h -> {
            Staff.withRole(h, actor, Set.of("manager"), "操作人");
            person(h, id);
            store(h, office.now(), id, password, actor);
            return null;
        });
    }

    private Outcome attempt(Handle h, String id, char[] password) {
        Person p = person(h, id);
        LocalDateTime now = office.now();
        Optional<Credential> c = latest(h, id);
        if (c.isEmpty()) {
            if (!firstManager(h, p)) {
                return refused("尚未设置密码:请经理在「设置 → 人员」中为您设置初始密码");
            }
            long credential = store(h, now, id, password, id);
            record(h, now, id, credential, "ok", null);
            return new Outcome(new Result(p, false), null);
        }
        long credential = c.get().id();
        Optional<LocalDateTime> locked = lockedUntil(h, id, credential, now);
        if (locked.isPresent()) {
            record(h, now, id, credential, "locked", null);
            return refused("账号已锁定,请于 " + HHMM.format(locked.get()) + " 后再试");
        }
        if (!Passwords.matches(password == null ? new char[0] : password, c.get().hash())) {
            int wrong = wrongInARow(h, id, credential) + 1;
            LocalDateTime until = wrong >= MAX_WRONG ? now.plus(LOCKOUT) : null;
            record(h, now, id, credential, "wrong", until);
            return refused(until != null
                    ? "连续 " + MAX_WRONG + " 次密码错误,账号已锁定至 " + HHMM.format(until)
                    : "密码不正确(再错 " + (MAX_WRONG - wrong) + " 次将锁定 " + LOCKOUT.toMinutes() + " 分钟)");
        }
        record(h, now, id, credential, "ok", null);
        return new Outcome(new Result(p, !c.get().recordedBy().equals(id)), null);
    }

    private static Outcome refused(String why) {
        return new Outcome(null, new OfficeException("密码", why));
    }

    /** Stores a password row (audited) for {@code id}, set by {@code actor}; returns its id. */
    static long store(Handle h, LocalDateTime now, String id, char[] password, String actor) {
        checkNew(password, "密码");
        long key = h.createUpdate("INSERT INTO credential(person, hash, recorded_at, recorded_by) VALUES (:p, :h, :at, :by)")
                .bind("p", id).bind("h", Passwords.hash(password)).bind("at", now).bind("by", actor)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        AuditLog.append(h, now, actor, "credential", key);
        return key;
    }

    private static void checkNew(char[] password, String field) {
        if (password == null || password.length < MIN_LENGTH) {
            throw new OfficeException(field, "至少" + MIN_LENGTH + "位");
        }
    }

    private static void record(Handle h, LocalDateTime now, String id, long credential, String outcome, LocalDateTime lockedUntil) {
        long key = h.createUpdate("INSERT INTO signin_attempt(person, credential, at, outcome, locked_until) "
                        + "VALUES (:p, :c, :at, :o, :u)")
                .bind("p", id).bind("c", credential).bind("at", now).bind("o", outcome).bind("u", lockedUntil)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        AuditLog.append(h, now, id, "signin_attempt", key);
    }

    /** Wrong attempts against {@code credential} since its last correct one or its last lock. */
    private static int wrongInARow(Handle h, String id, long credential) {
        return h.createQuery("SELECT COUNT(*) FROM signin_attempt WHERE person = :p AND credential = :c AND outcome = 'wrong' "
                        + "AND id > COALESCE((SELECT MAX(id) FROM signin_attempt WHERE person = :p AND credential = :c "
                        + "AND (outcome = 'ok' OR locked_until IS NOT NULL)), 0)")
                .bind("p", id).bind("c", credential).mapTo(Integer.class).one();
    }

    private static Optional<LocalDateTime> lockedUntil(Handle h, String id, long credential, LocalDateTime now) {
        return h.createQuery("SELECT locked_until FROM signin_attempt WHERE person = :p AND credential = :c "
                        + "AND locked_until IS NOT NULL ORDER BY id DESC LIMIT 1")
                .bind("p", id).bind("c", credential).mapTo(LocalDateTime.class).findFirst().filter(now::isBefore);
    }

    /** A manager, while no manager of the office has a password yet. */
    private static boolean firstManager(Handle h, Person p) {
        return p.role().equals("manager") && h.createQuery("SELECT COUNT(*) FROM credential c JOIN consultant p "
                + "ON p.id = c.person WHERE p.role = 'manager'").mapTo(Integer.class).one() == 0;
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

    private static Optional<Credential> latest(Handle h, String id) {
        return h.createQuery("SELECT id, hash, recorded_by FROM credential WHERE person = :p ORDER BY id DESC LIMIT 1")
                .bind("p", id).map((rs, ctx) -> new Credential(rs.getLong(1), rs.getString(2), rs.getString(3))).findFirst();
    }
}
