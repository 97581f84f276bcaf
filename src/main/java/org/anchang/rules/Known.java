package org.anchang.rules;

import java.util.Optional;

/** A customer the judge knows: the phone, the name it is registered under, and the group's standing at a moment. */
public record Known(String phone, Optional<String> name, Standing standing) {
}
