package org.anchang.ui.register;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.anchang.office.SignIn;

/**
 * The office's people as a form offers them: labelled {@code C01 李晓琳}, and found again from what a clerk types
 * — the id, the name, the label, or the start (else a part) of a name or an id when only one person fits.
 */
final class People {

    private final List<SignIn.Person> all;

    People(List<SignIn.Person> all) {
        this.all = List.copyOf(all);
    }

    static final People NONE = new People(List.of());

    List<SignIn.Person> withRole(String... roles) {
        List<String> r = List.of(roles);
        return all.stream().filter(p -> r.contains(p.role())).toList();
    }

    static String label(SignIn.Person p) {
        return p.id() + " " + p.name();
    }

    Optional<SignIn.Person> byId(String id) {
        return all.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The one person of {@code roles} that {@code typed} names; empty when none or several fit. */
    Optional<SignIn.Person> find(String typed, String... roles) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String t = typed.strip();
        List<SignIn.Person> pool = withRole(roles);
        for (SignIn.Person p : pool) {
            if (p.id().equalsIgnoreCase(t) || p.name().equals(t) || label(p).equals(t)) {
                return Optional.of(p);
            }
        }
        String lower = t.toLowerCase(Locale.ROOT);
        List<SignIn.Person> starts = pool.stream().filter(p -> p.name().startsWith(t)
                || p.id().toLowerCase(Locale.ROOT).startsWith(lower)).toList();
        if (starts.size() == 1) {
            return Optional.of(starts.get(0));
        }
        // Agents are named 渠道-链家-王磊: the clerk types 王磊.
        List<SignIn.Person> within = pool.stream().filter(p -> p.name().contains(t)).toList();
        return starts.isEmpty() && within.size() == 1 ? Optional.of(within.get(0)) : Optional.empty();
    }
}
