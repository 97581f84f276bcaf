package org.anchang.ui.register;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.LongConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.anchang.customer.Phone;
import org.anchang.office.CollisionCheck;
import org.anchang.office.OfficeException;
import org.anchang.office.RegisterDesk;
import org.anchang.office.SignIn;
import org.anchang.register.Entry;
import org.anchang.rules.Policy;
import org.anchang.ui.shell.Dialogs.Choice;
import org.anchang.ui.shell.TaskRunner;

/**
 * A register form's state and commands, shared by the five kinds (来访, 来电, 跟踪, 拓客, 报备). Every field is a
 * property under a key (the view binds the control whose fx:id is the key); every field's message is computed here
 * and shown only once the field was left or a save was tried. Nothing is saved while a field is invalid; a save is
 * one {@link RegisterDesk#record} off the JavaFX thread. No scene imports.
 */
public abstract class EntryViewModel {

    /**
     * What every form of a desk shares: the office's use cases, who types, the working day, how work runs (saves and
     * reads on {@code runner}, collision checks on {@code checks}), the words, the memory.
     */
    public record Context(RegisterDesk desk, CollisionCheck check, String actor, LocalDate day, TaskRunner runner, TaskRunner checks,
            ResourceBundle messages, RegisterMemory memory) {
    }

    static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HH:mm");

    /** The desk's field names (OfficeException.field) and the form's keys they are shown on. */
    private static final Map<String, String> DESK_FIELDS = Map.ofEntries(Map.entry("时间", "time"), Map.entry("姓名", "name"),
            Map.entry("电话", "phone"), Map.entry("接待顾问", "consultant"), Map.entry("顾问", "consultant"),
            Map.entry("指名顾问", "named"), Map.entry("预计到访", "expectedDate"), Map.entry("人数", "party"),
            Map.entry("来源", "source"), Map.entry("意向", "intent"), Map.entry("备注", "notes"), Map.entry("方式", "method"),
            Map.entry("内容", "content"), Map.entry("下次跟进", "next"), Map.entry("业态", "businessType"), Map.entry("地址", "address"),
            Map.entry("单位", "company"), Map.entry("微信", "wechat"), Map.entry("渠道队名", "team"), Map.entry("上午/下午", "half"),
            Map.entry("介绍人电话", "referredBy"), Map.entry("关系人电话", "relationPhone"));

    protected final Context c;
    protected final ResourceBundle m;
    private final Map<String, StringProperty> texts = new LinkedHashMap<>();
    private final Map<String, ObservableList<String>> suggestions = new HashMap<>();
    private final Map<String, StringProperty> picks = new LinkedHashMap<>();
    private final Map<String, ObservableList<Choice>> choices = new HashMap<>();
    private final Map<String, ObjectProperty<LocalDate>> dates = new LinkedHashMap<>();
    private final Map<String, BooleanProperty> flags = new LinkedHashMap<>();
    private final Map<String, StringProperty> errors = new LinkedHashMap<>();
    private final Map<String, String> refused = new HashMap<>();
    private final Set<String> touched = new HashSet<>();
    private final List<String> order = new ArrayList<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty error = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty valid = new SimpleBooleanProperty();
    private final StringProperty phoneHint = new SimpleStringProperty("");
    private final StringProperty firstError = new SimpleStringProperty();
    private final CollisionViewModel collision;
    private boolean showAll;
    private boolean clearing;
    protected People people = People.NONE;
    protected Policy policy;
    private LongConsumer onSaved = id -> { };

    protected EntryViewModel(Context c) {
        this.c = c;
        this.m = c.messages();
        this.collision = new CollisionViewModel(c.check(), c.actor(), c.checks(), m);
        date("date");
        text("time");
    }

    // ---- fields, registered by the kinds in the form's order ----

    protected final StringProperty text(String key) {
        StringProperty p = new SimpleStringProperty("");
        texts.put(key, p);
        field(key, p);
        return p;
    }

    /** A text with a list to pick from (an editable combo box): a consultant, a source. */
    protected final StringProperty suggested(String key, List<String> offered) {
        StringProperty p = text(key);
        suggestions.put(key, FXCollections.observableArrayList(offered));
        return p;
    }

    protected final StringProperty pick(String key, List<Choice> offered) {
        StringProperty p = new SimpleStringProperty(offered.isEmpty() ? "" : offered.get(0).id());
        picks.put(key, p);
        choices.put(key, FXCollections.observableArrayList(offered));
        field(key, p);
        return p;
    }

    protected final ObjectProperty<LocalDate> date(String key) {
        ObjectProperty<LocalDate> p = new SimpleObjectProperty<>();
        dates.put(key, p);
        field(key, p);
        return p;
    }

    protected final BooleanProperty flag(String key) {
        BooleanProperty p = new SimpleBooleanProperty();
        flags.put(key, p);
        field(key, p);
        return p;
    }

    private void field(String key, Property<?> p) {
        order.add(key);
        errors.put(key, new SimpleStringProperty());
        p.addListener((o, a, b) -> {
            if (clearing) {
                return;
            }
            refused.remove(key);
            if (!texts.containsKey(key)) {
                touched.add(key);
            }
            changed(key);
        });
    }

    /** A field changed: messages again, and the collision check when the phone or the name did. */
    protected void changed(String key) {
        validate();
        if (key.equals("phone") || key.equals("name")) {
            updatePhoneHint();
            askCollision();
        }
    }

    // ---- what each kind says ----

    /** The kind's own messages, by key; the date, time and desk refusals are the base's. */
    protected abstract void problems(Map<String, String> out, LocalDateTime at);

    /** The entry the form describes; called only when no field has a message. */
    protected abstract Entry entry(LocalDateTime at);

    /** Whether a masked phone (138***88888) may be typed: a channel report's. */
    protected boolean maskedAllowed() {
        return false;
    }

    /** Puts the kind's defaults back (a new form): remembered consultant and source, empty texts. */
    protected void defaults() {
    }

    // ---- commands ----

    /** Reads the office's people and regime off the JavaFX thread, then starts a new form. */
    public void load() {
        busy.set(true);
        c.runner().run(() -> new Object[] {c.desk().people(), c.desk().policy()}, r -> {
            @SuppressWarnings("unchecked")
            List<SignIn.Person> all = (List<SignIn.Person>) r[0];
            people = new People(all);
            policy = (Policy) r[1];
            peopleLoaded();
            busy.set(false);
            newEntry();
        }, this::failed);
    }

    /** The people are known: the kinds fill their lists. */
    protected void peopleLoaded() {
    }

    /** Saves the form if every field is right; otherwise shows every message and saves nothing. */
    public void save() {
        if (busy.get()) {
            return;
        }
        showAll = true;
        Map<String, String> p = validate();
        if (!p.isEmpty()) {
            say(MessageFormat.format(m.getString("register.fix"), p.size()), true);
            return;
        }
        Entry e = entry(at().orElseThrow());
        busy.set(true);
        c.runner().run(() -> c.desk().record(e, c.actor()), id -> {
            busy.set(false);
            remember();
            String saved = MessageFormat.format(m.getString("register.saved"), String.valueOf(id));
            newEntry();
            say(saved, false);
            onSaved.accept(id);
        }, this::failed);
    }

    /** A new, empty form (Ctrl+N); the date, the remembered consultant and source stay. */
    public void newEntry() {
        clearing = true;
        LocalDate day = dates.get("date").get();
        LocalDateTime now = c.desk().now();
        texts.values().forEach(t -> t.set(""));
        flags.values().forEach(f -> f.set(false));
        dates.forEach((k, d) -> d.set(null));
        picks.forEach((k, v) -> v.set(choices.get(k).isEmpty() ? "" : choices.get(k).get(0).id()));
        dates.get("date").set(day == null ? c.day() : day);
        texts.get("time").set(HHMM.format(now));
        defaults();
        clearing = false;
        touched.clear();
        refused.clear();
        showAll = false;
        collision.clear();
        phoneHint.set("");
        validate();
        say("", false);
    }

    /** Throws away what was typed (Esc). */
    public void cancel() {
        newEntry();
        say(m.getString("register.cancelled"), false);
    }

    /** The user left a field: its message may show now; a person typed as C02 or 王浩然 is shown as 「C02 王浩然」. */
    public void leave(String key) {
        if (!texts.containsKey(key) || texts.get(key).get().isBlank()) {
            return;
        }
        String role = PERSON_FIELDS.get(key);
        if (role != null) {
            people.find(texts.get(key).get(), role).map(People::label).ifPresent(texts.get(key)::set);
        }
        if (touched.add(key)) {
            validate();
        }
    }

    /** The fields that name one of the office's people, and the role they must have. */
    private static final Map<String, String> PERSON_FIELDS = Map.of("consultant", "consultant", "named", "consultant", "agent", "agent");

    // ---- checks ----

    /** Computes every message, shows those of fields left (or all after a save was tried); returns all of them. */
    public Map<String, String> validate() {
        Map<String, String> p = new LinkedHashMap<>();
        Optional<LocalDateTime> at = at();
        if (dates.get("date").get() == null) {
            p.put("date", m.getString("register.err.required"));
        }
        if (parseTime(texts.get("time").get()).isEmpty()) {
            p.put("time", m.getString(texts.get("time").get().isBlank() ? "register.err.required" : "register.err.time"));
        }
        at.flatMap(t -> c.desk().timeProblem(t)).ifPresent(why -> p.put("time", why));
        problems(p, at.orElse(null));
        refused.forEach(p::putIfAbsent);
        String first = null;
        for (String key : order) {
            String why = p.get(key);
            boolean shown = showAll || touched.contains(key) || refused.containsKey(key);
            errors.get(key).set(shown ? why : null);
            if (why != null && first == null) {
                first = key;
            }
        }
        firstError.set(first);
        valid.set(p.isEmpty());
        return p;
    }

    /** The entry's time: the form's date at its time. */
    protected Optional<LocalDateTime> at() {
        LocalDate d = dates.get("date").get();
        return d == null ? Optional.empty() : parseTime(texts.get("time").get()).map(d::atTime);
    }

    /** 10:30, 9:05, 1030, 10.30, 10点30 — a clerk's ways of writing a time. */
    static Optional<LocalTime> parseTime(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String t = typed.strip().replace('：', ':').replace('.', ':').replace("点", ":").replace("时", ":").replace("分", "");
        if (t.endsWith(":")) {
            t = t + "00";
        }
        if (t.matches("\\d{3,4}")) {
            t = t.substring(0, t.length() - 2) + ":" + t.substring(t.length() - 2);
        }
        if (!t.matches("\\d{1,2}:\\d{1,2}")) {
            return Optional.empty();
        }
        String[] hm = t.split(":");
        int h = Integer.parseInt(hm[0]);
        int min = Integer.parseInt(hm[1]);
        return h < 24 && min < 60 ? Optional.of(LocalTime.of(h, min)) : Optional.empty();
    }

    /** REG-2: a phone typed with +86, spaces or dashes is taken as its digits; anything else says what is wrong. */
    protected final void phoneProblem(Map<String, String> out, String key) {
        String typed = texts.get(key).get();
        if (typed.isBlank()) {
            out.put(key, m.getString("register.err.required"));
        } else {
            Phone.check(typed).ifPresent(why -> out.put(key, why + "(REG-2)"));
        }
    }

    protected final void required(Map<String, String> out, String key) {
        if (texts.get(key).get().isBlank()) {
            out.put(key, m.getString(key.equals("name") ? "register.err.name" : "register.err.required"));
        }
    }

    /** The consultant typed into {@code key}: required or not, one of the office's consultants. */
    protected final Optional<SignIn.Person> consultant(Map<String, String> out, String key, boolean required, String... roles) {
        String typed = texts.get(key).get();
        if (typed.isBlank()) {
            if (required) {
                out.put(key, m.getString("register.err.required"));
            }
            return Optional.empty();
        }
        Optional<SignIn.Person> p = people.find(typed, roles);
        if (p.isEmpty()) {
            out.put(key, MessageFormat.format(m.getString("register.err.person"), typed.strip()));
        }
        return p;
    }

    private void updatePhoneHint() {
        String typed = texts.get("phone").get();
        if (typed != null && !typed.isBlank() && Phone.check(typed).isEmpty()) {
            String d = Phone.parse(typed).digits();
            String shown = d.length() == 11 && d.charAt(0) == '1' ? d.substring(0, 3) + " " + d.substring(3, 7) + " " + d.substring(7) : d;
            phoneHint.set(MessageFormat.format(m.getString("register.phone.hint"), shown));
        } else {
            phoneHint.set("");
        }
    }

    private void askCollision() {
        StringProperty name = texts.get("name");
        collision.ask(texts.get("phone").get(), name == null ? "" : name.get(), maskedAllowed());
    }

    // ---- plumbing ----

    private void remember() {
        StringProperty consultant = texts.get("consultant");
        StringProperty source = texts.get("source");
        c.memory().remember(consultant == null ? null : consultant.get(), source == null ? null : source.get());
    }

    private void failed(Throwable t) {
        busy.set(false);
        if (t instanceof OfficeException ox) {
            String key = DESK_FIELDS.get(ox.field());
            if (key != null && errors.containsKey(key)) {
                refused.put(key, ox.reason());
                validate();
            }
            say(MessageFormat.format(m.getString("register.refused"), ox.getMessage()), true);
        } else {
            say(MessageFormat.format(m.getString("register.failed"), t.getClass().getSimpleName() + ": " + t.getMessage()), true);
        }
    }

    protected final void say(String text, boolean isError) {
        message.set(text);
        error.set(isError);
    }

    protected static Optional<String> opt(StringProperty p) {
        String s = p.get() == null ? "" : p.get().strip();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    protected static List<Choice> choicesOf(ResourceBundle m, String prefix, String... ids) {
        List<Choice> out = new ArrayList<>();
        for (String id : ids) {
            out.add(new Choice(id, m.getString(prefix + id)));
        }
        return out;
    }

    /** A person's name, or the id while the people are not read yet. */
    public String personName(String id) {
        return people.byId(id).map(SignIn.Person::name).orElse(id);
    }

    /** The consultants as a form offers them. */
    protected final List<String> consultantLabels() {
        return people.withRole("consultant").stream().map(People::label).toList();
    }

    /** The signed-in person's label when they are a consultant (their own entries by default). */
    protected final Optional<String> selfLabel() {
        return people.byId(c.actor()).filter(p -> p.role().equals("consultant")).map(People::label);
    }

    protected final void setSuggestions(String key, List<String> offered) {
        suggestions.get(key).setAll(offered);
    }

    // ---- what the view binds ----

    public Set<String> textKeys() {
        return texts.keySet();
    }

    public Set<String> pickKeys() {
        return picks.keySet();
    }

    public Set<String> dateKeys() {
        return dates.keySet();
    }

    public Set<String> flagKeys() {
        return flags.keySet();
    }

    public StringProperty textProperty(String key) {
        return texts.get(key);
    }

    public Optional<ObservableList<String>> suggestions(String key) {
        return Optional.ofNullable(suggestions.get(key));
    }

    public StringProperty pickProperty(String key) {
        return picks.get(key);
    }

    public ObservableList<Choice> choices(String key) {
        return choices.get(key);
    }

    public ObjectProperty<LocalDate> dateProperty(String key) {
        return dates.get(key);
    }

    public BooleanProperty flagProperty(String key) {
        return flags.get(key);
    }

    /** The message shown on a field; null when none. */
    public StringProperty errorProperty(String key) {
        return errors.get(key);
    }

    /** The first field (in form order) with a message, for the view to focus after a refused save. */
    public StringProperty firstErrorProperty() {
        return firstError;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid;
    }

    /** The phone as taken (REG-2 normalised), shown under the field while typing. */
    public StringProperty phoneHintProperty() {
        return phoneHint;
    }

    public CollisionViewModel collision() {
        return collision;
    }

    /** What to do after a save (the quick visit form closes); the entry's number. */
    public void setOnSaved(LongConsumer then) {
        onSaved = then == null ? id -> { } : then;
    }
}
