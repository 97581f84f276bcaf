package org.anchang.register;

import java.time.LocalDateTime;
import java.util.Optional;
import org.anchang.customer.Phone;

/**
 * One register line (CASE-FORMAT.md event kinds). Entries are facts as the office recorded them;
 * the judge derives ownership from them and never changes them.
 */
public sealed interface Entry permits Visit, Call, FollowUp, Report, Prospect, Deal, Assist, Confirm, Complaint, Assign, Leave,
        Grade, Payment, Ruling {

    /** When it happened, Asia/Shanghai wall clock. */
    LocalDateTime at();

    /** The customer the entry is about, when it names a full phone. */
    default Optional<Phone> phone() {
        return Optional.empty();
    }

    /** The CASE-FORMAT.md kind word. */
    String kind();
}
