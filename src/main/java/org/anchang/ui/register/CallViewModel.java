package org.anchang.ui.register;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import javafx.beans.property.StringProperty;
import org.anchang.customer.Contact;
import org.anchang.customer.Phone;
import org.anchang.register.Call;
import org.anchang.register.Entry;

/** The call form 来电登记: who answered, the caller's name and phone (REG-2), source, intent, notes. */
public final class CallViewModel extends EntryViewModel {

    private final StringProperty consultant;
    private final StringProperty name;
    private final StringProperty phone;
    private final StringProperty source;
    private final StringProperty intent;
    private final StringProperty notes;

    public CallViewModel(Context c) {
        super(c);
        consultant = suggested("consultant", List.of());
        name = text("name");
        phone = text("phone");
        source = suggested("source", Sources.list(m));
        intent = pick("intent", Sources.intents(m));
        notes = text("notes");
    }

    @Override
    protected void peopleLoaded() {
        setSuggestions("consultant", consultantLabels());
    }

    @Override
    protected void defaults() {
        consultant.set(c.memory().consultant().or(this::selfLabel).orElse(""));
        source.set(c.memory().source().orElse(""));
    }

    @Override
    protected void problems(Map<String, String> out, LocalDateTime at) {
        consultant(out, "consultant", true, "consultant");
        required(out, "name");
        phoneProblem(out, "phone");
    }

    @Override
    protected Entry entry(LocalDateTime at) {
        return new Call(at, people.find(consultant.get(), "consultant").orElseThrow().id(),
                new Contact(name.get().strip(), Phone.parse(phone.get())), new Call.Details(opt(source), opt(intent), opt(notes)));
    }
}
