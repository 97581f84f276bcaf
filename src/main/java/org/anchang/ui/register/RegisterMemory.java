package org.anchang.ui.register;

import java.util.Optional;

/**
 * What the register forms of one desk session remember between entries: the last consultant and the last source
 * (a clerk typing a pile of one consultant's sheets types them once). Shared by the screen's forms.
 */
public final class RegisterMemory {

    private String consultant;
    private String source;

    public Optional<String> consultant() {
        return Optional.ofNullable(consultant);
    }

    public Optional<String> source() {
        return Optional.ofNullable(source);
    }

    void remember(String consultant, String source) {
        if (consultant != null && !consultant.isBlank()) {
            this.consultant = consultant;
        }
        if (source != null && !source.isBlank()) {
            this.source = source;
        }
    }
}
