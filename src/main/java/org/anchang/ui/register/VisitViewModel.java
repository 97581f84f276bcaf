package org.anchang.ui.register;

import java.text.MessageFormat;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;
import org.anchang.customer.Contact;
import org.anchang.customer.Phone;
import org.anchang.customer.Relation;
import org.anchang.office.SignIn;
import org.anchang.register.Entry;
import org.anchang.register.Visit;

/**
 * The visit form 来访登记: the receiving consultant, the customer's name and phone (REG-2), party size, first or
 * repeat visit (suggested from the collision check until the clerk picks), source, intent, the consultant the
 * customer asked for (OWN-2), the old customer who referred them and whether they came along (REF-1/2), a tie to
 * another customer (REG-4) and notes.
 */
public final class VisitViewModel extends EntryViewModel {

    private final StringProperty consultant;
    private final StringProperty name;
    private final StringProperty phone;
    private final StringProperty party;
    private final StringProperty visitType;
    private final StringProperty source;
    private final StringProperty intent;
    private final StringProperty named;
    private final StringProperty referredBy;
    private final BooleanProperty accompanied;
    private final StringProperty relationPhone;
    private final StringProperty relationKind;
    private final StringProperty notes;
    private boolean visitTypeChosen;
    private boolean suggesting;
    private String receiver;

    public VisitViewModel(Context c) {
        super(c);
        consultant = suggested("consultant", List.of());
        name = text("name");
        phone = text("phone");
        party = text("party");
        visitType = pick("visitType", choicesOf(m, "register.visitType.", "first", "repeat"));
        source = suggested("source", Sources.list(m));
        intent = pick("intent", Sources.intents(m));
        named = suggested("named", List.of());
        referredBy = text("referredBy");
        accompanied = flag("accompanied");
        relationPhone = text("relationPhone");
        relationKind = pick("relationKind", Sources.relations(m));
        notes = text("notes");
        visitType.addListener((o, a, b) -> visitTypeChosen |= !suggesting);
        collision().knownProperty().addListener((o, a, known) -> {
            if (!visitTypeChosen) {
                suggesting = true;
                visitType.set(known ? "repeat" : "first");
                suggesting = false;
            }
        });
    }

    @Override
    protected void peopleLoaded() {
        setSuggestions("consultant", consultantLabels());
        setSuggestions("named", consultantLabels());
    }

    @Override
    protected void defaults() {
        consultant.set(receiver != null ? people.byId(receiver).map(People::label).orElse("")
                : c.memory().consultant().or(this::selfLabel).orElse(""));
        source.set(c.memory().source().orElse(""));
        party.set("1");
        visitTypeChosen = false;
    }

    /** Every new form names {@code consultantId} as the receiver (the board's quick visit: the walk-in's taker). */
    public void receivedBy(String consultantId) {
        receiver = consultantId;
        people.byId(consultantId).map(People::label).ifPresent(consultant::set);
    }

    @Override
    protected void problems(Map<String, String> out, LocalDateTime at) {
        consultant(out, "consultant", true, "consultant");
        required(out, "name");
        phoneProblem(out, "phone");
        if (!party.get().isBlank() && partySize().isEmpty()) {
            out.put("party", m.getString("register.err.party"));
        }
        consultant(out, "named", false, "consultant");
        otherPhone(out, "referredBy");
        if (accompanied.get() && referredBy.get().isBlank()) {
            out.put("accompanied", m.getString("register.err.accompanied"));
        }
        otherPhone(out, "relationPhone");
        if (!relationPhone.get().isBlank() && relationKind.get().isEmpty()) {
            out.put("relationKind", m.getString("register.err.relationKind"));
        }
        if (relationPhone.get().isBlank() && !relationKind.get().isEmpty()) {
            out.put("relationPhone", m.getString("register.err.relationPhone"));
        }
    }

    /** An optional phone of another customer: a phone (REG-2), and not the customer's own. */
    private void otherPhone(Map<String, String> out, String key) {
        String typed = textProperty(key).get();
        if (typed.isBlank()) {
            return;
        }
        Optional<String> why = Phone.check(typed);
        if (why.isPresent()) {
            out.put(key, why.get() + "(REG-2)");
        } else if (Phone.check(phone.get()).isEmpty() && Phone.parse(typed).equals(Phone.parse(phone.get()))) {
            out.put(key, MessageFormat.format(m.getString("register.err.ownPhone"), Phone.parse(typed).digits()));
        }
    }

    private Optional<Integer> partySize() {
        try {
            int n = Integer.parseInt(party.get().strip());
            return n >= 1 && n <= org.anchang.office.RegisterDesk.PARTY_MAX ? Optional.of(n) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    protected Entry entry(LocalDateTime at) {
        SignIn.Person by = people.find(consultant.get(), "consultant").orElseThrow();
        Optional<String> namedId = opt(named).flatMap(n -> people.find(n, "consultant")).map(SignIn.Person::id);
        Optional<Relation> relation = opt(relationPhone).map(p -> new Relation(Phone.parse(p), Relation.Kind.valueOf(relationKind.get())));
        Visit.Details details = new Visit.Details(party.get().isBlank() ? Optional.empty() : partySize(),
                Optional.of(visitType.get().equals("first")), opt(source), opt(intent), opt(notes));
        return new Visit(at, by.id(), new Contact(name.get().strip(), Phone.parse(phone.get())), true, namedId,
                opt(referredBy).map(Phone::parse), accompanied.get(), relation, Optional.empty(), false, false, Visit.Purpose.VIEW,
                Optional.empty(), false, false, Optional.empty(), details);
    }
}
