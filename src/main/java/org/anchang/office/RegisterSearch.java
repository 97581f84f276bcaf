package org.anchang.office;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The dispute wizard's own customer search over the registers: a whole or partial phone (3 digits or more), a
 * customer's name as any register wrote it, or a consultant's id or name (their customers). Replaceable by the
 * customer file's search through {@link Disputes.Search}.
 */
final class RegisterSearch implements Disputes.Search {

    private static final String[] NAMED = {"visit", "phone_call", "prospect"};
    private static final String[] BY = {"visit", "phone_call", "prospect", "follow_up", "deal", "assist", "owner_confirm"};

    private final Office office;

    RegisterSearch(Office office) {
        this.office = office;
    }

    @Override
    public List<String> phones(String query, int limit) {
        String q = query.strip();
        String digits = q.replaceAll("[\\s()-]", "").replaceFirst("^\\+?86(?=1)", "");
        Set<String> out = new LinkedHashSet<>();
        office.read(h -> {
            if (digits.length() >= 3 && digits.chars().allMatch(Character::isDigit)) {
                out.addAll(h.createQuery("SELECT phone FROM customer WHERE phone LIKE :q ORDER BY phone LIMIT :n")
                        .bind("q", "%" + digits + "%").bind("n", limit).mapTo(String.class).list());
                return null;
            }
            String like = "%" + q.replace("%", "").replace("_", "") + "%";
            for (String t : NAMED) {
                out.addAll(h.createQuery("SELECT DISTINCT phone FROM " + t + " WHERE name LIKE :q LIMIT :n").bind("q", like).bind("n", limit)
                        .mapTo(String.class).list());
            }
            List<String> people = h.createQuery("SELECT id FROM consultant WHERE LOWER(id) = :id OR name LIKE :q")
                    .bind("id", q.toLowerCase(Locale.ROOT)).bind("q", like).mapTo(String.class).list();
            for (String who : people) {
                List<String> found = new ArrayList<>();
                for (String t : BY) {
                    found.addAll(h.createQuery("SELECT DISTINCT phone FROM " + t + " WHERE by_id = :w LIMIT :n").bind("w", who).bind("n", limit)
                            .mapTo(String.class).list());
                }
                found.addAll(h.createQuery("SELECT DISTINCT phone FROM assignment WHERE to_id = :w").bind("w", who).mapTo(String.class).list());
                found.addAll(h.createQuery("SELECT DISTINCT phone FROM complaint WHERE reassign_to = :w").bind("w", who).mapTo(String.class).list());
                out.addAll(found);
            }
            return null;
        });
        return out.stream().limit(limit).toList();
    }
}
