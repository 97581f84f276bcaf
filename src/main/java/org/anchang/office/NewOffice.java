package org.anchang.office;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A new office, as the first-start wizard sets it up (新建案场): project name, the manager's account with the
 * password they chose, the consultants, the regime, and the first day's rotation in the consultants' order. One
 * action: all of it or nothing, refused naming the field (and the consultant's row) before anything is written.
 */
public final class NewOffice {

    /** One consultant of the plan; a blank id is generated ({@link #ids}). */
    public record Consultant(String id, String name) {
    }

    /** What the wizard gathered. */
    public record Plan(String project, String preset, String managerId, String managerName, char[] managerPassword,
            List<Consultant> consultants, LocalDate day) {
    }

    private NewOffice() {
    }

    /**
     * The consultants' ids: typed ones kept, blank ones numbered {@code C01}, {@code C02} … skipping ids already
     * taken (by the manager or a typed one).
     */
    public static List<String> ids(List<String> typed, String managerId) {
        Set<String> taken = new HashSet<>();
        taken.add(managerId == null ? "" : managerId.strip());
        typed.stream().map(t -> t == null ? "" : t.strip()).filter(t -> !t.isEmpty()).forEach(taken::add);
        List<String> ids = new ArrayList<>();
        int n = 1;
        for (String t : typed) {
            String id = t == null ? "" : t.strip();
            if (id.isEmpty()) {
                do {
                    id = String.format("C%02d", n++);
                } while (taken.contains(id));
                taken.add(id);
            }
            ids.add(id);
        }
        return ids;
    }

    /** Creates the office in an empty database; returns its manager, signed in. */
    public static SignIn.Person create(Office office, Plan plan) {
        if (plan.consultants().isEmpty()) {
            throw new OfficeException("置业顾问", "至少要有一位置业顾问");
        }
        List<String> ids = ids(plan.consultants().stream().map(Consultant::id).toList(), plan.managerId());
        String manager = plan.managerId() == null ? "" : plan.managerId().strip();
        office.write(h -> {
            if (h.createQuery("SELECT COUNT(*) FROM consultant").mapTo(Integer.class).one() > 0) {
                throw new OfficeException("数据目录", "已有案场数据;新案场只能建在新的数据目录中");
            }
            var now = office.now();
            try {
                Staff.addPerson(h, now, manager, plan.managerName(), "manager", "setup");
            } catch (OfficeException e) {
                throw new OfficeException("经理" + e.field(), e.reason());
            }
            try {
                SignIn.store(h, now, manager, plan.managerPassword(), manager);
            } catch (OfficeException e) {
                throw new OfficeException("经理密码", e.reason());
            }
            for (int i = 0; i < ids.size(); i++) {
                try {
                    Staff.addPerson(h, now, ids.get(i), plan.consultants().get(i).name(), "consultant", manager);
                } catch (OfficeException e) {
                    throw new OfficeException("置业顾问" + e.field(), e.reason(), i + 1);
                }
            }
            Staff.setProject(h, now, plan.project(), manager);
            Staff.setPolicy(h, now, plan.preset(), Map.of(), manager);
            Staff.setRoster(h, now, plan.day(), ids, manager);
            return null;
        });
        return new SignIn(office).signIn(manager, plan.managerPassword()).person();
    }
}
