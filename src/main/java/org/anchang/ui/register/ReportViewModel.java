package org.anchang.ui.register;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import org.anchang.customer.MaskedPhone;
import org.anchang.office.RegisterDesk;
import org.anchang.register.Entry;
import org.anchang.register.Report;

/**
 * The channel report form 渠道报备 (RPT-1): the agent and their team, the customer's name or surname, a whole or
 * masked phone ({@code 138***88888}, REG-6: the check lists every customer it matches), and the expected visit —
 * within the report's validity (RPT-2, the office's check) and with 上午/下午 when it is the same day.
 */
public final class ReportViewModel extends EntryViewModel {

    /** Where a half day is stored (see {@link Report}). */
    static final LocalTime MORNING = LocalTime.of(9, 0);
    static final LocalTime AFTERNOON = LocalTime.of(14, 0);

    private final StringProperty agent;
    private final StringProperty team;
    private final StringProperty name;
    private final StringProperty phone;
    private final ObjectProperty<LocalDate> expectedDate;
    private final StringProperty half;

    public ReportViewModel(Context c) {
        super(c);
        agent = suggested("agent", List.of());
        team = text("team");
        name = text("name");
        phone = text("phone");
        expectedDate = date("expectedDate");
        half = pick("half", choicesOf(m, "register.half.", "none", "am", "pm"));
    }

    @Override
    protected boolean maskedAllowed() {
        return true;
    }

    @Override
    protected void peopleLoaded() {
        setSuggestions("agent", people.withRole("agent").stream().map(People::label).toList());
    }

    @Override
    protected void problems(Map<String, String> out, LocalDateTime at) {
        consultant(out, "agent", true, "agent");
        required(out, "name");
        String typed = phone.get();
        if (typed.isBlank()) {
            out.put("phone", m.getString("register.err.required"));
        } else {
            try {
                MaskedPhone.parse(typed);
            } catch (IllegalArgumentException e) {
                out.put("phone", e.getMessage() + "(REG-2, REG-6)");
            }
        }
        if (expectedDate.get() == null) {
            out.put("expectedDate", m.getString("register.err.required"));
        } else if (at != null && policy != null) {
            LocalDateTime expected = expected();
            RegisterDesk.expectedProblem(policy, at, expected).ifPresent(why -> out.put("expectedDate", why));
            RegisterDesk.halfDayProblem(at, expected).ifPresent(why -> out.put("half", why));
        }
    }

    private LocalDateTime expected() {
        LocalTime t = switch (half.get()) {
            case "am" -> MORNING;
            case "pm" -> AFTERNOON;
            default -> LocalTime.MIDNIGHT;
        };
        return expectedDate.get().atTime(t);
    }

    @Override
    protected Entry entry(LocalDateTime at) {
        return new Report(at, people.find(agent.get(), "agent").orElseThrow().id(), name.get().strip(), MaskedPhone.parse(phone.get()),
                expected(), opt(team));
    }

    /** A report's expected day defaults to the report's day. */
    @Override
    protected void defaults() {
        expectedDate.set(dateProperty("date").get());
    }
}
