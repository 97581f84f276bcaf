package org.anchang.rules;

import static org.anchang.rules.CaseBuilder.P1;
import static org.anchang.rules.CaseBuilder.facts;
import static org.anchang.rules.Verdicts.cited;
import static org.anchang.rules.Verdicts.owner;
import static org.anchang.rules.Verdicts.shares;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** SPLIT-1..7: how a deal's credit is shared. */
class SplitRulesTest {

    static CaseBuilder aOwns(String policy) {
        return CaseBuilder.of(policy).visit("03-01 10:00", "A", "王强", P1);
    }

    @Test
    void split1_theOwnerClosingTakesAll() {
        Verdict v = aOwns("sales-dept").deal("03-03 10:00", "A", P1, "deposit").judge();
        assertThat(shares(v, 0)).isEqualTo(Map.of("A", 1.0));
        assertThat(v.deals().get(0).rules()).containsExactly(RuleId.SPLIT_1);
    }

    @Test
    void split1_aFreeCustomerIsTheClosers() {
        Verdict v = CaseBuilder.of("sales-dept").deal("03-03 10:00", "B", P1, "deposit").judge();
        assertThat(shares(v, 0)).isEqualTo(Map.of("B", 1.0));
        assertThat(owner(v)).isEqualTo("B");
    }

    @Test
    void split2_anotherClosingWhileTheOwnerIsProtectedGivesAllToTheOwner() {
        Verdict v = aOwns("rotation-15d").deal("03-10 10:00", "B", P1, "contract").judge();
        assertThat(shares(v, 0)).isEqualTo(Map.of("A", 1.0));
        assertThat(v.deals().get(0).rules()).contains(RuleId.SPLIT_2);
    }

    @Test
    void split3_softwareRecordStandInSplitsFiftyFiftyAndSeventyThirtyWhenTheOwnerClosesLater() {
        Verdict helperCloses = aOwns("software-record")
                .visit("03-05 10:00", "D", "王强", P1, facts("standInFor", "A", "ownerAbsent", true))
                .deal("03-05 15:00", "D", P1, "deposit").judge();
        assertThat(shares(helperCloses, 0)).isEqualTo(Map.of("A", 0.5, "D", 0.5));
        Verdict ownerCloses = aOwns("software-record")
                .visit("03-05 10:00", "D", "王强", P1, facts("standInFor", "A", "ownerAbsent", true))
                .deal("03-09 15:00", "A", P1, "deposit").judge();
        assertThat(shares(ownerCloses, 0)).isEqualTo(Map.of("A", 0.7, "D", 0.3));
        assertThat(cited(ownerCloses)).contains("SPLIT-3");
    }

    @Test
    void split3_ownerOnSiteButBusyDelegatingKeepsEverything() {
        Verdict v = aOwns("software-record")
                .visit("03-05 10:00", "D", "王强", P1, facts("standInFor", "A", "delegated", true))
                .deal("03-05 15:00", "D", P1, "deposit").judge();
        assertThat(shares(v, 0)).isEqualTo(Map.of("A", 1.0));
    }

    @Test
    void split3_rotation15dOwnerUnreachableSplitsASameDayDealInHalf() {
        Verdict v = aOwns("rotation-15d")
                .visit("03-05 10:00", "B", "王强", P1, facts("standInFor", "A", "ownerAbsent", true))
                .deal("03-05 15:00", "B", P1, "deposit").judge();
        assertThat(shares(v, 0)).isEqualTo(Map.of("A", 0.5, "B", 0.5));
        Verdict delegated = aOwns("rotation-15d")
                .visit("03-05 10:00", "B", "王强", P1, facts("standInFor", "A", "ownerAbsent", true, "delegated", true))
                .deal("03-05 15:00", "B", P1, "deposit").judge();
        assertThat(shares(delegated, 0)).isEqualTo(Map.of("A", 1.0));
    }

    @Test
    void split4_eightArticlesSplitsOnlyASameDayDeal() {
        Verdict sameDay = aOwns("eight-articles").visit("03-05 10:00", "B", "王强", P1)
                .deal("03-05 16:00", "B", P1, "deposit").judge();
        assertThat(shares(sameDay, 0)).isEqualTo(Map.of("A", 0.5, "B", 0.5));
        Verdict later = aOwns("eight-articles").visit("03-05 10:00", "B", "王强", P1)
                .deal("03-06 16:00", "B", P1, "deposit").judge();
        assertThat(shares(later, 0)).isEqualTo(Map.of("A", 1.0));
    }

    @Test
    void split4_aMajorUnknowingAssistEarnsThirtyWhenTheOwnerCloses() {
        Verdict v = aOwns("software-record").assist("03-03 10:00", "B", P1, true, false)
                .deal("03-06 10:00", "A", P1, "contract").judge();
        assertThat(shares(v, 0)).isEqualTo(Map.of("A", 0.7, "B", 0.3));
        assertThat(v.deals().get(0).rules()).contains(RuleId.SPLIT_4);
    }

    @Test
    void split4_anOverrideChangesTheSplit() {
        Verdict v = aOwns("software-record").override("unknowingSplit", "[0.6, 0.4]")
                .deal("03-06 10:00", "B", P1, "contract").judge();
        assertThat(shares(v, 0)).isEqualTo(Map.of("A", 0.6, "B", 0.4));
    }

    @Test
    void split5_knowingContactIsFinedOnceDealOrNoDeal() {
        Verdict noDeal = aOwns("software-record").assist("03-03 10:00", "B", P1, true, true).judge();
        assertThat(noDeal.penalties()).singleElement().satisfies(p -> {
            assertThat(p.consultant()).isEqualTo("B");
            assertThat(p.amount()).isEqualTo(1000);
            assertThat(p.rule()).isEqualTo(RuleId.SPLIT_5);
        });
        Verdict both = aOwns("software-record").assist("03-03 10:00", "B", P1, true, true)
                .deal("03-04 10:00", "B", P1, "deposit", facts("knowing", true)).judge();
        assertThat(both.penalties()).hasSize(1);
        assertThat(shares(both, 0)).isEqualTo(Map.of("A", 1.0));
    }

    @Test
    void split6_aVisitOnlyToSignGivesTheHelperNoCredit() {
        Verdict v = aOwns("software-record").deal("03-02 10:00", "A", P1, "deposit")
                .visit("03-10 10:00", "B", "王强", P1, facts("purpose", "sign", "ownerAbsent", true))
                .deal("03-10 11:00", "B", P1, "contract").judge();
        assertThat(shares(v, 1)).isEqualTo(Map.of("A", 1.0));
        assertThat(v.deals().get(1).rules()).containsExactly(RuleId.SPLIT_6);
    }

    @Test
    void split7_withoutConfirmationWithinSevenDaysTheSignerKeepsTheDeal() {
        CaseBuilder b = aOwns("sales-dept").deal("03-02 10:00", "A", P1, "deposit")
                .visit("03-05 10:00", "B", "王强", P1, facts("ownerAbsent", true))
                .deal("03-05 11:00", "B", P1, "contract");
        Verdict pending = b.ask(P1, "03-06 10:00").judge();
        assertThat(pending.deals().get(1).pending()).isTrue();
        assertThat(shares(pending, 1)).isEqualTo(Map.of("B", 1.0));
        Verdict late = aOwns("sales-dept").deal("03-02 10:00", "A", P1, "deposit")
                .visit("03-05 10:00", "B", "王强", P1, facts("ownerAbsent", true))
                .deal("03-05 11:00", "B", P1, "contract").confirm("03-13 10:00", "A", P1).judge();
        assertThat(late.deals().get(1).pending()).isFalse();
        assertThat(shares(late, 1)).isEqualTo(Map.of("B", 1.0));
        assertThat(cited(late)).contains("SPLIT-7");
    }

    @Test
    void split7_aRecordedSigningPurposeComesFirst() {
        Verdict v = aOwns("sales-dept").deal("03-02 10:00", "A", P1, "deposit")
                .visit("03-05 10:00", "B", "王强", P1, facts("ownerAbsent", true, "purpose", "sign"))
                .deal("03-05 11:00", "B", P1, "contract").judge();
        assertThat(shares(v, 1)).isEqualTo(Map.of("A", 1.0));
        assertThat(v.deals().get(1).rules()).containsExactly(RuleId.SPLIT_6);
    }
}
