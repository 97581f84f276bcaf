package org.anchang.rules;

import static org.anchang.rules.CaseBuilder.P1;
import static org.anchang.rules.CaseBuilder.P3;
import static org.anchang.rules.CaseBuilder.facts;
import static org.anchang.rules.Verdicts.cited;
import static org.anchang.rules.Verdicts.owner;
import static org.anchang.rules.Verdicts.shares;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** REF-1..10: referrals 老带新 under each regime. */
class RefRulesTest {

    /** An old customer 王强 of A, dealt. */
    static CaseBuilder oldCustomer(String policy) {
        return CaseBuilder.of(policy).visit("02-01 10:00", "A", "王强", P1).deal("02-02 10:00", "A", P1, "contract");
    }

    @Test
    void ref1_accompaniedWithTheOwnerOnSiteTheNewCustomerIsTheOwners() {
        Verdict v = oldCustomer("sales-dept")
                .visit("03-20 10:00", "B", "赵敏", P3, facts("referredBy", P1, "accompanied", true)).judge();
        assertThat(owner(v)).isEqualTo("A");
        assertThat(cited(v)).contains("REF-1");
    }

    @Test
    void ref1_ownerAbsentNotDelegatedNotNamedTheReceiverOwnsTheNewCustomer() {
        Verdict v = oldCustomer("sales-dept")
                .visit("03-20 10:00", "B", "赵敏", P3, facts("referredBy", P1, "accompanied", true, "ownerAbsent", true))
                .deal("03-20 16:00", "B", P3, "contract").judge();
        assertThat(owner(v)).isEqualTo("B");
        assertThat(shares(v, 1)).isEqualTo(Map.of("B", 1.0));
        Verdict old = oldCustomer("sales-dept")
                .visit("03-20 10:00", "B", "赵敏", P3, facts("referredBy", P1, "accompanied", true, "ownerAbsent", true))
                .ask(P1, "03-21 10:00").judge();
        assertThat(owner(old)).isEqualTo("A");
    }

    @Test
    void ref1_ownerAbsentButDelegatedTheDealIsTheOwners() {
        Verdict v = oldCustomer("sales-dept")
                .visit("03-20 10:00", "B", "赵敏", P3, facts("referredBy", P1, "accompanied", true, "ownerAbsent", true, "delegated", true))
                .deal("03-20 16:00", "B", P3, "contract").judge();
        assertThat(shares(v, 1)).isEqualTo(Map.of("A", 1.0));
    }

    @Test
    void ref2_aloneButMentioningTheOldCustomerGoesToTheOwner() {
        Verdict v = oldCustomer("software-record").visit("03-20 10:00", "B", "赵敏", P3, facts("referredBy", P1)).judge();
        assertThat(owner(v)).isEqualTo("A");
        assertThat(cited(v)).contains("REF-2");
    }

    @Test
    void ref3_ownerAbsentAndNamedTheHelperSplitsASameDayDeal() {
        Verdict v = oldCustomer("sales-dept")
                .visit("03-20 10:00", "B", "赵敏", P3, facts("referredBy", P1, "ownerAbsent", true))
                .deal("03-20 16:00", "B", P3, "contract").judge();
        assertThat(shares(v, 1)).isEqualTo(Map.of("A", 0.2, "B", 0.8));
        Verdict noDeal = oldCustomer("sales-dept")
                .visit("03-20 10:00", "B", "赵敏", P3, facts("referredBy", P1, "ownerAbsent", true)).judge();
        assertThat(owner(noDeal)).isEqualTo("A");
    }

    @Test
    void ref4_aReferredCustomerAlreadyRegisteredBelongsToTheRegistrant() {
        Verdict v = oldCustomer("sales-dept").visit("03-10 10:00", "C", "赵敏", P3)
                .visit("03-12 10:00", "A", "赵敏", P3, facts("referredBy", P1, "accompanied", true)).judge();
        assertThat(owner(v)).isEqualTo("C");
        assertThat(v.collisions()).containsExactly("A");
    }

    @Test
    void ref5_aConsultantsFriendNamingThemIsTheirsAndAHelperSplitsTwentyEighty() {
        Verdict v = CaseBuilder.of("sales-dept")
                .visit("03-20 10:00", "B", "老同学", P3, facts("friendOf", "A", "ownerAbsent", true))
                .deal("03-20 16:00", "B", P3, "deposit").judge();
        assertThat(shares(v, 0)).isEqualTo(Map.of("A", 0.2, "B", 0.8));
        assertThat(owner(v)).isEqualTo("A");
        assertThat(cited(v)).contains("REF-5");
    }

    @Test
    void ref6_aGroupBuyerNamingAnAbsentConsultantSplitsTwentyEighty() {
        Verdict v = CaseBuilder.of("sales-dept")
                .visit("03-20 10:00", "C", "某单位团购", P3, facts("groupBuyer", true, "named", "A", "ownerAbsent", true))
                .deal("03-20 16:00", "C", P3, "deposit").judge();
        assertThat(shares(v, 0)).isEqualTo(Map.of("A", 0.2, "C", 0.8));
        assertThat(cited(v)).contains("REF-6");
    }

    @Test
    void ref7_onsiteOffsiteGivesTheFirstReceiverFortyDays() {
        Verdict within = oldCustomer("onsite-offsite").visit("03-01 10:00", "B", "赵敏", P3, facts("referredBy", P1))
                .visit("04-05 10:00", "C", "赵敏", P3).judge();
        assertThat(owner(within)).isEqualTo("B");
        assertThat(cited(within)).contains("REF-7");
        Verdict after = oldCustomer("onsite-offsite").visit("03-01 10:00", "B", "赵敏", P3, facts("referredBy", P1))
                .visit("04-12 10:00", "C", "赵敏", P3).judge();
        assertThat(owner(after)).isEqualTo("C");
    }

    @Test
    void ref8_firstContactKeepsTheReferralChainAndCreditsTheOwnerWhenAbsent() {
        Verdict v = CaseBuilder.of("first-contact").visit("02-01 10:00", "A", "王强", P1)
                .visit("03-01 10:00", "C", "乙", "13700001234", facts("referredBy", P1))
                .visit("03-05 10:00", "B", "丙", "13700005678", facts("referredBy", "13700001234", "ownerAbsent", true))
                .deal("03-05 15:00", "B", "13700005678", "deposit").judge();
        assertThat(owner(v)).isEqualTo("A");
        assertThat(shares(v, 0)).isEqualTo(Map.of("A", 1.0));
        assertThat(cited(v)).contains("REF-8");
    }

    @Test
    void ref9_onlyTheNewCustomersOwnRequestCounts() {
        Verdict accompaniedNotNamed = oldCustomer("protection-48h")
                .visit("03-20 10:00", "B", "赵敏", P3, facts("referredBy", P1, "accompanied", true)).judge();
        assertThat(owner(accompaniedNotNamed)).isEqualTo("B");
        Verdict named = oldCustomer("first-reception")
                .visit("03-20 10:00", "B", "赵敏", P3, facts("referredBy", P1, "named", "A")).judge();
        assertThat(owner(named)).isEqualTo("A");
        assertThat(cited(named)).contains("REF-9");
    }

    @Test
    void ref10_salesOfficeReturnsTheReferralAndSplitsAnOnTheSpotDealFiftyFifty() {
        Verdict v = oldCustomer("sales-office")
                .visit("03-20 10:00", "B", "赵敏", P3, facts("referredBy", P1, "ownerAbsent", true))
                .deal("03-20 16:00", "B", P3, "deposit").judge();
        assertThat(shares(v, 1)).isEqualTo(Map.of("A", 0.5, "B", 0.5));
        assertThat(owner(v)).isEqualTo("A");
        assertThat(cited(v)).contains("REF-10");
    }

    @Test
    void ref_regimesWithoutReferralRulesJudgeByRegistration() {
        Verdict v = oldCustomer("rotation-15d").visit("03-20 10:00", "B", "赵敏", P3, facts("referredBy", P1, "accompanied", true)).judge();
        assertThat(owner(v)).isEqualTo("B");
    }
}
