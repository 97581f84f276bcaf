package org.anchang.ui.register;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import org.anchang.customer.Phone;
import org.anchang.office.CollisionCheck;
import org.anchang.office.SignIn;
import org.anchang.register.Entry;
import org.anchang.register.FollowUp;

/**
 * The follow-up form 跟踪登记: who followed up, the customer's phone, how, what was said, and when to call again.
 * Only the owner's follow-up renews protection (PROT-3): the form says so when the check shows another owner.
 */
public final class FollowUpViewModel extends EntryViewModel {

    private final StringProperty consultant;
    private final StringProperty phone;
    private final StringProperty method;
    private final StringProperty content;
    private final ObjectProperty<LocalDate> next;
    private final StringProperty ownerHint = new SimpleStringProperty("");
    private Optional<CollisionCheck.Finding> state = Optional.empty();

    public FollowUpViewModel(Context c) {
        super(c);
        consultant = suggested("consultant", List.of());
        phone = text("phone");
        method = pick("method", Sources.methods(m));
        content = text("content");
        next = date("next");
        collision().lines().addListener((ListChangeListener<CollisionViewModel.Line>) ch -> {
            state = collision().primary();
            hint();
        });
        consultant.addListener((o, a, b) -> hint());
    }

    /** PROT-3: a follow-up by someone other than the owner changes nothing; said before it is saved. */
    private void hint() {
        Optional<SignIn.Person> by = people.find(consultant.get(), "consultant");
        String text = "";
        if (state.isPresent() && by.isPresent()) {
            CollisionCheck.Finding f = state.get();
            boolean owned = f.kind() == CollisionCheck.Kind.OWNED || f.kind() == CollisionCheck.Kind.MINE;
            if (f.kind() == CollisionCheck.Kind.NEW) {
                text = m.getString("register.followup.unknown");
            } else if (!owned || f.who().filter(by.get().id()::equals).isEmpty()) {
                text = MessageFormat.format(m.getString("register.followup.notOwner"), by.get().name());
            }
        }
        ownerHint.set(text);
    }

    @Override
    protected void peopleLoaded() {
        setSuggestions("consultant", consultantLabels());
    }

    @Override
    protected void defaults() {
        consultant.set(c.memory().consultant().or(this::selfLabel).orElse(""));
        ownerHint.set("");
    }

    @Override
    protected void problems(Map<String, String> out, LocalDateTime at) {
        consultant(out, "consultant", true, "consultant");
        phoneProblem(out, "phone");
        required(out, "content");
        if (next.get() != null && at != null && next.get().isBefore(at.toLocalDate())) {
            out.put("next", m.getString("register.err.next"));
        }
    }

    @Override
    protected Entry entry(LocalDateTime at) {
        return new FollowUp(at, people.find(consultant.get(), "consultant").orElseThrow().id(), Phone.parse(phone.get()),
                new FollowUp.Details(opt(method), opt(content), Optional.ofNullable(next.get())));
    }

    /** Whether the follow-up will renew anything (PROT-3), in a sentence; empty when it will. */
    public StringProperty ownerHintProperty() {
        return ownerHint;
    }
}
