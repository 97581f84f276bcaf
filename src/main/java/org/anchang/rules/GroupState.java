package org.anchang.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * The derived state of one customer group (同组客户, REG-4) during a replay: its owner and claim,
 * and the same-day facts that later decide a deal's split. Mutable, confined to one {@link Replay}.
 */
final class GroupState {

    /** What kind of contact the current claim rests on. */
    enum Claim { VISIT, CALL, PROSPECT, REPORT, REFERRAL, ASSIGNED }

    /** A customer (one phone) of the group. */
    static final class Member {
        final String phone;
        String name;
        GroupState group;
        /** The consultant who first received this very customer in a registered visit (REG-4, first-reception 3D). */
        String firstReceiver;
        /** Other names this phone was registered under (REG-3); null while there are none. */
        List<String> aliases;

        Member(String phone, String name, GroupState group) {
            this.phone = phone;
            this.name = name;
            this.group = group;
        }

        String label() {
            return name == null ? "客户" + phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4) : name;
        }
    }

    /** A fact bound to one consultant and one day: "B received for A on 3月5日, a deal that day splits so". */
    record DayFact(String by, long day, Split split, RuleId rule) {
        boolean matches(String who, long d) {
            return by.equals(who) && day == d;
        }
    }

    final List<Member> members = new ArrayList<>(2);
    boolean merged;
    /** Touched by an entry since the replay's touched standings were last taken. */
    boolean touched;

    String owner;
    long until;
    long claimStart;
    Claim claim;
    boolean dealt;
    String lastOwner;
    /** The owner's follow-ups since the current claim began (PROT-7). */
    int followUps;

    DayFact helper;
    DayFact standIn;
    DayFact receiver;
    DayFact purpose;
    DayFact asNew;
    DayFact visitByOther;
    String standInHelper;
    String assistBy;
    List<String> collided;
    List<String> unregistered;
    List<String> penalized;
    DealDraft pendingConfirm;
    long confirmDeadline;

    boolean hasConsultantOwner() {
        return owner != null && !owner.equals(Owner.POOL) && !owner.equals(Owner.HOUSE);
    }

    void collide(String who) {
        if (collided == null) {
            collided = new ArrayList<>(2);
        }
        if (!collided.contains(who)) {
            collided.add(who);
        }
    }

    void unregisteredBy(String who) {
        if (unregistered == null) {
            unregistered = new ArrayList<>(2);
        }
        if (!unregistered.contains(who)) {
            unregistered.add(who);
        }
    }

    boolean hadUnregistered(String who) {
        return unregistered != null && unregistered.contains(who);
    }

    /** Records that {@code who} was penalised for this group; false when already. */
    boolean penalise(String who) {
        if (penalized == null) {
            penalized = new ArrayList<>(2);
        }
        if (penalized.contains(who)) {
            return false;
        }
        penalized.add(who);
        return true;
    }

    /** Takes the other group's members and lists into this one (REG-4 merge); ownership is decided by the caller. */
    void absorb(GroupState other) {
        for (Member m : other.members) {
            m.group = this;
            members.add(m);
        }
        if (other.collided != null) {
            other.collided.forEach(this::collide);
        }
        if (other.unregistered != null) {
            other.unregistered.forEach(this::unregisteredBy);
        }
        other.members.clear();
        other.merged = true;
    }

    void takeClaimOf(GroupState other) {
        owner = other.owner;
        until = other.until;
        claimStart = other.claimStart;
        claim = other.claim;
        dealt = other.dealt;
        lastOwner = other.lastOwner;
    }
}
