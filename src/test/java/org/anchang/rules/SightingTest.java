package org.anchang.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anchang.customer.Contact;
import org.anchang.customer.MaskedPhone;
import org.anchang.customer.Phone;
import org.anchang.customer.Relation;
import org.anchang.register.Entry;
import org.anchang.register.FollowUp;
import org.anchang.register.Report;
import org.anchang.register.Visit;
import org.junit.jupiter.api.Test;

/** The judge's read-only answers for the register forms' collision check (Replay.sighting). */
class SightingTest {

    static final Phone P1 = Phone.parse("13800001111");
    static final Phone P2 = Phone.parse("13900003333");
    static final Phone P3 = Phone.parse("13600006666");
    static final Map<String, String> NAMES = Map.of("A", "张三", "B", "李四", "X", "渠道-钱七");

    static LocalDateTime t(String mmddhhmm) {
        return LocalDateTime.parse("2026-" + mmddhhmm.replace(' ', 'T'));
    }

    static Replay replay(String policy, Entry... entries) {
        Replay r = new Replay(Presets.get(policy).orElseThrow(), NAMES, false);
        for (Entry e : entries) {
            r.apply(e);
        }
        return r;
    }

    static Visit visit(String at, String by, String name, Phone phone) {
        return Visit.plain(t(at), by, new Contact(name, phone));
    }

    @Test
    void own1_aProtectedCustomerIsSeenWithTheOwnerAndTheEndOfProtection() {
        Replay r = replay("sales-dept", visit("03-01 10:00", "A", "王强", P1));
        Sighting s = r.sighting(P1, "王强", t("03-03 12:00"), 5);
        Known k = s.customer().orElseThrow();
        assertThat(k.name()).contains("王强");
        assertThat(k.standing().owner()).contains("A");
        assertThat(k.standing().until()).contains(t("03-09 00:00"));
        assertThat(s.otherName()).isFalse();
        assertThat(r.sighting(P2, "李梅", t("03-03 12:00"), 5).customer()).as("an unknown phone").isEmpty();
    }

    @Test
    void prot4_aLapsedClaimIsSeenAsNobodysWithoutChangingTheReplay() {
        Replay asked = replay("sales-dept", visit("03-01 10:00", "A", "王强", P1));
        Sighting s = asked.sighting(P1, "王强", t("03-20 12:00"), 5);
        assertThat(s.customer().orElseThrow().standing().owner()).isEmpty();
        assertThat(s.customer().orElseThrow().standing().lastOwner()).contains("A");
        // The question was for 3月20日; an entry of 3月5日 typed later must still be judged as if nobody had asked.
        FollowUp renew = new FollowUp(t("03-05 09:00"), "A", P1);
        asked.apply(renew);
        Replay quiet = replay("sales-dept", visit("03-01 10:00", "A", "王强", P1), renew);
        assertThat(asked.standings()).isEqualTo(quiet.standings());
        assertThat(asked.sighting(P1, "王强", t("03-10 12:00"), 5).customer().orElseThrow().standing().owner()).contains("A");
    }

    @Test
    void reg3_thePhoneUnderAnotherNameIsTheSameGroupAndAFullerNameIsNot() {
        Replay r = replay("sales-dept", visit("03-01 10:00", "A", "王先生", P1), visit("03-02 10:00", "A", "王强", P1));
        assertThat(r.sighting(P1, "王强", t("03-03 10:00"), 5).otherName()).isFalse();
        assertThat(r.sighting(P1, "王", t("03-03 10:00"), 5).otherName()).as("a surname is the same person").isFalse();
        assertThat(r.sighting(P1, "李梅", t("03-03 10:00"), 5).otherName()).isTrue();
    }

    @Test
    void reg3_theSameNameWithAnotherPhoneIsListedButNeverMerged() {
        Replay r = replay("sales-dept", visit("03-01 10:00", "A", "王强", P1), visit("03-02 10:00", "B", "李梅", P2));
        Sighting s = r.sighting(P3, "王强", t("03-03 10:00"), 5);
        assertThat(s.customer()).isEmpty();
        assertThat(s.sameName()).extracting(Known::phone).containsExactly(P1.digits());
        assertThat(s.sameName().get(0).standing().owner()).contains("A");
        assertThat(r.sighting(P3, "王", t("03-03 10:00"), 5).sameName()).as("a surname alone names nobody").isEmpty();
        // A name registered later, and a second name of a phone, are found too (the index follows the replay).
        r.apply(visit("03-04 10:00", "B", "赵敏", P3));
        r.apply(visit("03-04 11:00", "A", "周丽", P1));
        assertThat(r.sighting(P2, "赵敏", t("03-05 10:00"), 5).sameName()).extracting(Known::phone).containsExactly(P3.digits());
        assertThat(r.sighting(P2, "周丽", t("03-05 10:00"), 5).sameName()).extracting(Known::phone).containsExactly(P1.digits());
    }

    @Test
    void reg3_aCommonNameListsAFewOwnedOnesFirstAndCountsTheRest() {
        Replay r = new Replay(Presets.get("sales-dept").orElseThrow(), NAMES, false);
        for (int i = 0; i < 8; i++) {
            r.apply(visit("03-01 10:0" + i, "A", "王伟", Phone.parse("1370000000" + i)));
        }
        r.apply(visit("03-15 10:00", "B", "王伟", Phone.parse("13700000009")));
        Sighting s = r.sighting(P1, "王伟", t("03-16 10:00"), 3);
        assertThat(s.sameNameTotal()).isEqualTo(9);
        assertThat(s.sameName()).hasSize(3);
        assertThat(s.sameName().get(0).phone()).as("the one still protected first").isEqualTo("13700000009");
    }

    @Test
    void reg4_aSpouseIsSeenAsAMemberOfTheGroup() {
        Visit wife = new Visit(t("03-02 10:00"), "A", new Contact("李梅", P2), true, Optional.empty(), Optional.empty(), false,
                Optional.of(new Relation(P1, Relation.Kind.SPOUSE)), Optional.empty(), false, false, Visit.Purpose.VIEW,
                Optional.empty(), false, false, Optional.empty());
        Replay r = replay("sales-dept", visit("03-01 10:00", "A", "王强", P1), wife);
        Sighting s = r.sighting(P2, "李梅", t("03-03 10:00"), 5);
        assertThat(s.group()).extracting(Known::phone).containsExactly(P1.digits());
        assertThat(s.customer().orElseThrow().standing().groupKey()).isEqualTo(P1.digits());
    }

    @Test
    void reg6_aMaskedPhoneListsEveryCustomerItMatchesInARegimeThatJudgesNoReports() {
        Phone a = Phone.parse("13810008893");
        Phone b = Phone.parse("13820008893");
        Replay r = replay("sales-dept", visit("03-01 10:00", "A", "张敏", a), visit("03-01 11:00", "B", "张丽", b),
                visit("03-01 12:00", "B", "王强", P1));
        Sighting.Masked two = r.sighting(MaskedPhone.parse("138***08893"), t("03-02 10:00"));
        assertThat(two.matches()).extracting(Known::phone).containsExactlyInAnyOrder(a.digits(), b.digits());
        r.apply(visit("03-02 11:00", "A", "周丽", Phone.parse("13830008893")));
        assertThat(r.sighting(MaskedPhone.parse("138***08893"), t("03-03 10:00")).matches()).as("a customer added after the index").hasSize(3);
        assertThat(r.sighting(MaskedPhone.parse("139***08893"), t("03-03 10:00")).matches()).isEmpty();
    }

    @Test
    void rpt1_reportsAreSeenForTheirPhoneEvenWhenNobodyElseKnowsIt() {
        Report whole = new Report(t("03-01 10:00"), "X", "蒋", MaskedPhone.parse("13512360000"), t("03-03 15:00"));
        Report masked = new Report(t("03-01 11:00"), "X", "王", MaskedPhone.parse("138***01111"), t("03-03 15:00"));
        for (String policy : List.of("sales-dept", "channel-report")) {
            Replay r = replay(policy, whole, masked);
            Sighting s = r.sighting(Phone.parse("13512360000"), "蒋", t("03-02 10:00"), 5);
            assertThat(s.customer()).as(policy).isEmpty();
            assertThat(s.reports()).as(policy).extracting(ReportSeen::agent, ReportSeen::phone).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("X", "13512360000"));
            assertThat(r.sighting(P1, "王强", t("03-02 10:00"), 5).reports()).extracting(ReportSeen::phone).containsExactly("138***01111");
            assertThat(r.sighting(MaskedPhone.parse("138***01111"), t("03-02 10:00")).reports()).hasSize(1);
        }
        ReportSeen judged = replay("channel-report", whole).sighting(Phone.parse("13512360000"), "蒋", t("03-02 10:00"), 5).reports().get(0);
        assertThat(judged.validUntil()).contains(t("03-09 00:00"));
        assertThat(judged.validAt(t("03-08 23:00"))).isTrue();
        assertThat(judged.validAt(t("03-09 00:00"))).isFalse();
        ReportSeen unjudged = replay("sales-dept", whole).sighting(Phone.parse("13512360000"), "蒋", t("03-02 10:00"), 5).reports().get(0);
        assertThat(unjudged.judged()).isFalse();
        assertThat(unjudged.validAt(t("03-02 10:00"))).isFalse();
    }

    @Test
    void rpt2_theReportWindowIsTheJudgesOwn() {
        Policy channel = Presets.get("channel-report").orElseThrow();
        ReportWindow w = ReportWindow.of(channel, t("03-02 10:00"));
        assertThat(w.lastDay()).contains(java.time.LocalDate.of(2026, 3, 9));
        assertThat(w.holds(t("03-09 23:00"))).isTrue();
        assertThat(w.holds(t("03-10 00:00"))).isFalse();
        assertThat(w.holds(t("03-01 10:00"))).as("before the report's day").isFalse();
        assertThat(ReportWindow.of(Presets.get("protection-48h").orElseThrow(), t("03-02 10:00")).until()).contains(t("03-04 10:00"));
        assertThat(ReportWindow.of(Presets.get("sales-dept").orElseThrow(), t("03-02 10:00")).lastDay())
                .as("a regime that judges no reports: RPT-2's seven days").contains(java.time.LocalDate.of(2026, 3, 9));
    }
}
