package org.anchang.office;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.anchang.register.Recorded;
import org.anchang.rules.Param;
import org.anchang.rules.Policy;
import org.anchang.rules.Presets;
import org.anchang.store.Database;
import org.anchang.store.EntryStore;
import org.jdbi.v3.core.Handle;

/**
 * The office: its database, its clock and the judge's replay of its registers. Every user action is one
 * {@link #write} — one transaction that locks the office row (so desks sharing a server write one at a
 * time), catches up with what other desks wrote, does the action, updates the customer cache from the
 * replay, commits and syncs. A failed action leaves nothing behind, in the database or in memory.
 */
public final class Office implements AutoCloseable {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final Database db;
    private final Clock clock;
    private Ledger ledger = new Ledger();
    private boolean seeded;
    /** A reader caught the ledger up with rows whose standings the cache table does not have yet; the next write adds them. */
    private boolean cacheBehind;

    private Office(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** %APPDATA%\\anchang on Windows, ~/Library/Application Support/anchang on macOS, else $XDG_DATA_HOME or ~/.local/share. */
    public static java.nio.file.Path defaultDirectory() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        String home = System.getProperty("user.home");
        if (os.contains("win") && System.getenv("APPDATA") != null) {
            return java.nio.file.Path.of(System.getenv("APPDATA"), "anchang");
        }
        if (os.contains("mac")) {
            return java.nio.file.Path.of(home, "Library", "Application Support", "anchang");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? java.nio.file.Path.of(xdg) : java.nio.file.Path.of(home, ".local", "share")).resolve("anchang");
    }

    /** Opens the office on {@code db}; the replay and the customer cache are brought up to date at once. */
    public static Office open(Database db, Clock clock) {
        Office o = new Office(db, clock);
        o.write(h -> null);
        return o;
    }

    /** The embedded office in {@code dir} on the system clock, as the desk opens it. */
    public static Office openDirectory(java.nio.file.Path dir) {
        Database db;
        try {
            db = Database.openFile(dir);
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof java.sql.SQLException s && s.getErrorCode() == 90020) {
                    throw new OfficeException("数据目录", dir.resolve("office.mv.db")
                            + " 正被另一个程序使用:请先关闭另一个案场窗口或正在运行的命令");
                }
            }
            throw e;
        }
        return open(db, Clock.systemDefaultZone());
    }

    /** The office in a line: project, people, register entries, customers. */
    public record Summary(String project, int people, int entries, int customers) {
    }

    public Summary summary() {
        return read(h -> new Summary(Settings.latest(h, Settings.PROJECT).orElse("—"),
                h.createQuery("SELECT COUNT(*) FROM consultant").mapTo(Integer.class).one(),
                h.createQuery("SELECT COUNT(*) FROM entry").mapTo(Integer.class).one(),
                h.createQuery("SELECT COUNT(*) FROM customer").mapTo(Integer.class).one()));
    }

    public Database database() {
        return db;
    }

    /** Now, on the office wall clock. */
    public LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZONE));
    }

    /** One user action in one transaction; nothing of it remains if it throws. */
    public synchronized <T> T write(Function<Handle, T> action) {
        try {
            T result = db.jdbi().inTransaction(h -> {
                h.execute("UPDATE office_lock SET version = version + 1 WHERE id = 1");
                catchUp(h);
                T t = action.apply(h);
                catchUp(h);
                return t;
            });
            db.jdbi().useHandle(db::sync);
            return result;
        } catch (RuntimeException e) {
            ledger = new Ledger();
            seeded = false;
            cacheBehind = false;
            throw e;
        }
    }

    /**
     * A question to the judge's replay of the office's registers (the collision check), after catching up with
     * what other desks committed; it waits for a write of this desk in progress, never for the office lock, and
     * writes nothing. The replay must only be read: {@code question} runs under this office's monitor, as writes do.
     */
    synchronized <T> T judged(java.util.function.BiFunction<Handle, org.anchang.rules.Replay, T> question) {
        try {
            return ask(question);
        } catch (RuntimeException e) {
            // As after a failed write: the next question or write starts the ledger again from the stored rows.
            ledger = new Ledger();
            seeded = false;
            cacheBehind = false;
            throw e;
        }
    }

    private <T> T ask(java.util.function.BiFunction<Handle, org.anchang.rules.Replay, T> question) {
        return read(h -> {
            if (!seeded) {
                ledger.seed(CustomerCache.load(h));
                seeded = true;
            }
            long newest = EntryStore.lastId(h);
            if (newest > ledger.lastId() || ledger.replay() == null) {
                // Bounded by the newest number seen: writers commit in number order, so nothing below it is missing.
                List<Recorded> rows = EntryStore.since(h, ledger.lastId(), newest);
                if (ledger.take(rows, policy(h), names(h))) {
                    cacheBehind = true;
                }
            }
            return question.apply(h, ledger.replay());
        });
    }

    /** A read; sees what other desks committed, without waiting for the office lock. */
    public <T> T read(Function<Handle, T> query) {
        return db.jdbi().withHandle(query::apply);
    }

    /** The policy in force: the chosen preset with the manager's overrides (settings). */
    /** The newest value of a named setting (see {@link Staff#setSetting}), if one was ever set. */
    public java.util.Optional<String> setting(String name) {
        return read(h -> Settings.latest(h, name));
    }

    public Policy policy() {
        return read(Office::policy);
    }

    static Policy policy(Handle h) {
        String id = Settings.latest(h, Settings.POLICY).orElse(Presets.DEFAULT);
        Policy base = Presets.get(id).orElseGet(() -> Presets.get(Presets.DEFAULT).orElseThrow());
        Map<Param, String> overrides = new HashMap<>();
        Settings.latest(h, Settings.OVERRIDES).ifPresent(text -> {
            for (String kv : text.split(";")) {
                int eq = kv.indexOf('=');
                if (eq > 0) {
                    Param.byKey(kv.substring(0, eq).strip()).ifPresent(p -> overrides.put(p, kv.substring(eq + 1).strip()));
                }
            }
        });
        return base.with(overrides);
    }

    static Map<String, String> names(Handle h) {
        Map<String, String> names = new HashMap<>();
        h.attach(org.anchang.store.PeopleDao.class).all().forEach(p -> names.put(p.id(), p.name()));
        return names;
    }

    private void catchUp(Handle h) {
        if (!seeded) {
            ledger.seed(CustomerCache.load(h));
            seeded = true;
        }
        List<Recorded> rows = EntryStore.since(h, ledger.lastId());
        if (ledger.take(rows, policy(h), names(h)) || cacheBehind) {
            CustomerCache.write(h, ledger.changedStandings());
            cacheBehind = false;
        }
    }

    /**
     * Runs {@code f} on the replay brought up to date with every desk's rows: a write transaction that writes nothing
     * but the lock row, so that the ledger is read while no other action of this desk changes it.
     */
    <T> T replayed(Function<Ledger, T> f) {
        return write(h -> f.apply(ledger));
    }

    /** The replay's ledger, for the use cases of this package. */
    Ledger ledger() {
        return ledger;
    }



    @Override
    public void close() {
        db.close();
    }
}
