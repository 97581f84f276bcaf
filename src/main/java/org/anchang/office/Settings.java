package org.anchang.office;

import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Named settings; the newest row of a name holds and the older ones stay (REG-5 for settings too). */
final class Settings {

    static final String POLICY = "policy";
    static final String OVERRIDES = "overrides";
    static final String PROJECT = "project";

    private Settings() {
    }

    static Optional<String> latest(Handle h, String name) {
        return h.createQuery("SELECT setting FROM setting WHERE name = :n ORDER BY id DESC LIMIT 1").bind("n", name)
                .mapTo(String.class).findFirst();
    }
}
