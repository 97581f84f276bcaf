package org.anchang.rules;

import java.util.List;
import java.util.Optional;

/**
 * What the judge knows about a phone and a name typed into a register form (the collision check 撞单预警), read
 * from a replay without changing it: the customer with that phone and their group's standing; whether the phone is
 * registered under another name (REG-3: the same group); the other members of the group (REG-4); customers
 * registered with the same name but another phone (REG-3: no evidence about this one; a few of them, and how many
 * there are in all); reports that may stand for the phone (REG-6, RPT).
 */
public record Sighting(Optional<Known> customer, boolean otherName, List<Known> group, List<Known> sameName, int sameNameTotal,
        List<ReportSeen> reports) {

    /** A masked phone's sighting (REG-6): every known customer it matches, and the reports made with it. */
    public record Masked(List<Known> matches, List<ReportSeen> reports) {
    }
}
