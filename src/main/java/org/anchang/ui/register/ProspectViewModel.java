package org.anchang.ui.register;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import javafx.beans.property.StringProperty;
import org.anchang.customer.Contact;
import org.anchang.customer.Phone;
import org.anchang.register.Entry;
import org.anchang.register.Prospect;

/** The prospecting form 拓客登记: who prospected, the customer's name, phone, WeChat, company, address, 业态, intent. */
public final class ProspectViewModel extends EntryViewModel {

    private final StringProperty consultant;
    private final StringProperty name;
    private final StringProperty phone;
    private final StringProperty wechat;
    private final StringProperty company;
    private final StringProperty address;
    private final StringProperty businessType;
    private final StringProperty intent;
    private final StringProperty notes;

    public ProspectViewModel(Context c) {
        super(c);
        consultant = suggested("consultant", List.of());
        name = text("name");
        phone = text("phone");
        wechat = text("wechat");
        company = text("company");
        address = text("address");
        businessType = suggested("businessType", Sources.businessTypes(m));
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
    }

    @Override
    protected void problems(Map<String, String> out, LocalDateTime at) {
        consultant(out, "consultant", true, "consultant");
        required(out, "name");
        phoneProblem(out, "phone");
    }

    @Override
    protected Entry entry(LocalDateTime at) {
        return new Prospect(at, people.find(consultant.get(), "consultant").orElseThrow().id(),
                new Contact(name.get().strip(), Phone.parse(phone.get())), opt(businessType),
                new Prospect.Details(opt(address), opt(company), opt(wechat), opt(intent), opt(notes)));
    }
}
