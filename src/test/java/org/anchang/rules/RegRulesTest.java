package org.anchang.rules;

import static org.anchang.rules.CaseBuilder.P1;
import static org.anchang.rules.CaseBuilder.P2;
import static org.anchang.rules.CaseBuilder.facts;
import static org.anchang.rules.Verdicts.cited;
import static org.anchang.rules.Verdicts.owner;
import static org.anchang.rules.Verdicts.shares;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.anchang.customer.MaskedPhone;
import org.anchang.customer.Phone;
import org.anchang.rules.io.DossierException;
import org.junit.jupiter.api.Test;

/** REG-1..6: registration, phones as identity, groups, masked report phones. */
class RegRulesTest {

    @Test
    void reg1_dsp2_anUnregisteredReceptionGivesNoClaim() {
        Verdict v = CaseBuilder.of("first-reception")
                .visit("03-01 10:00", "A", "王强", P1, facts("registered", false))
                .visit("03-02 10:00", "B", "王强", P1).judge();
        assertThat(owner(v)).isEqualTo("B");
        assertThat(cited(v)).contains("REG-1");
    }

    @Test
    void reg2_phonesAreNormalisedBeforeTheyAreCompared() {
        Verdict v = CaseBuilder.of("sales-dept")
                .visit("03-01 10:00", "A", "王强", "+86 138-0000-1111")
                .deal("03-02 10:00", "B", "13800001111", "contract").judge();
        assertThat(shares(v, 0)).isEqualTo(Map.of("A", 1.0));
        assertThat(Phone.parse("0571-8888 6666").digits()).isEqualTo("057188886666");
        assertThat(Phone.parse("+8613912345678").digits()).isEqualTo("13912345678");
    }

    @Test
    void reg2_badPhonesAreRefusedSayingWhatIsWrong() {
        assertThat(Phone.check("12345")).hasValueSatisfying(m -> assertThat(m).contains("11位"));
        assertThat(Phone.check("12812345678")).hasValueSatisfying(m -> assertThat(m).contains("第二位"));
        assertThat(Phone.check("23800001111")).hasValueSatisfying(m -> assertThat(m).contains("既不是手机号"));
        assertThat(Phone.check("057112")).hasValueSatisfying(m -> assertThat(m).contains("固定电话"));
        assertThat(Phone.check("138abcd1111")).hasValueSatisfying(m -> assertThat(m).contains("非数字"));
        assertThat(Phone.check("13800001111")).isEmpty();
        assertThatThrownBy(() -> CaseBuilder.of("sales-dept").visit("03-01 10:00", "A", "王强", "1380000111").judge())
                .isInstanceOf(DossierException.class).hasMessageStartingWith("events[0].customer.phone:");
    }

    @Test
    void reg3_samePhoneUnderAnotherNameIsTheSameCustomer() {
        Verdict v = CaseBuilder.of("rotation-15d")
                .visit("03-01 10:00", "A", "王强", P1)
                .visit("03-05 10:00", "B", "李梅", P1).judge();
        assertThat(owner(v)).isEqualTo("A");
        assertThat(v.collisions()).containsExactly("B");
        assertThat(cited(v)).contains("REG-3");
    }

    @Test
    void reg3_sameNameWithAnotherPhoneIsNoEvidenceAboutTheFirstCustomer() {
        Verdict v = CaseBuilder.of("rotation-15d")
                .visit("03-01 10:00", "A", "王强", P1)
                .visit("03-05 10:00", "B", "王强", P2).judge();
        assertThat(owner(v)).isEqualTo("B");
        assertThat(v.collisions()).isEmpty();
    }

    @Test
    void reg4_spouseWithAnotherPhoneJoinsTheGroupAndTheEarliestClaimWins() {
        Verdict v = CaseBuilder.of("sales-office")
                .visit("03-01 10:00", "A", "王强", P1)
                .visit("03-03 10:00", "B", "李梅", P2, e -> e.putObject("relation").put("to", P1).put("kind", "spouse"))
                .deal("03-03 16:00", "B", P2, "contract").judge();
        assertThat(owner(v)).isEqualTo("A");
        assertThat(v.owner().group()).containsExactlyInAnyOrder(P1, P2);
        assertThat(shares(v, 0)).isEqualTo(Map.of("A", 1.0));
    }

    @Test
    void reg4_theEarlierRegistrationWinsEvenWhenItIsTheRelativesOwn() {
        Verdict v = CaseBuilder.of("rotation-15d")
                .visit("03-01 10:00", "B", "李梅", P2)
                .visit("03-03 10:00", "A", "王强", P1)
                .visit("03-04 10:00", "A", "王强", P1, e -> e.putObject("relation").put("to", P2).put("kind", "child"))
                .ask(P1, "03-04 12:00").judge();
        assertThat(owner(v)).isEqualTo("B");
        assertThat(v.collisions()).contains("A");
    }

    @Test
    void reg4_siblingsAndFriendsStayTwoCustomers() {
        Verdict v = CaseBuilder.of("sales-dept")
                .visit("03-01 10:00", "A", "王强", P1)
                .visit("03-02 10:00", "B", "王刚", P2, e -> e.putObject("relation").put("to", P1).put("kind", "friend")).judge();
        assertThat(owner(v)).isEqualTo("B");
        assertThat(v.owner().group()).containsExactly(P2);
    }

    @Test
    void reg4_firstReceptionCreditsTheBuyersOwnReceiverWhenRelativesViewedFirst() {
        Verdict v = CaseBuilder.of("first-reception")
                .visit("03-01 10:00", "A", "王父", P1)
                .visit("03-05 10:00", "B", "王强", P2, e -> e.putObject("relation").put("to", P1).put("kind", "child"))
                .deal("03-05 16:00", "B", P2, "contract").judge();
        assertThat(shares(v, 0)).isEqualTo(Map.of("B", 1.0));
        assertThat(v.deals().get(0).rules()).contains(RuleId.REG_4);
    }

    @Test
    void reg6_maskedPhonesMatchOnPrefixAndSuffix() {
        MaskedPhone m = MaskedPhone.parse("138***88888");
        assertThat(m.matches(Phone.parse("13812388888"))).isTrue();
        assertThat(m.matches(Phone.parse("13912388888"))).isFalse();
        assertThat(m.matches(Phone.parse("13812388887"))).isFalse();
        assertThatThrownBy(() -> MaskedPhone.parse("138**8888")).hasMessageContaining("后五位");
        assertThat(MaskedPhone.parse("13812388888").isMasked()).isFalse();
    }

    @Test
    void reg6_aMaskedReportMatchingTwoCustomersIsShownAndNotResolved() {
        Verdict v = CaseBuilder.of("channel-report")
                .prospect("03-01 09:00", "C", "蒋一", "13512360000")
                .prospect("03-01 09:10", "C", "蒋二", "13598760000")
                .report("03-02 10:00", "X", "蒋", "135***60000", "03-03 15:00")
                .visit("03-03 15:00", "A", "蒋一", "13512360000").judge();
        assertThat(cited(v)).contains("REG-6");
        assertThat(owner(v)).isEqualTo("A");
        assertThat(v.trail()).anySatisfy(t -> assertThat(t.text()).contains("匹配到2位客户").contains("须人工确认"));
    }

    @Test
    void reg3_aSurnameLaterGivenInFullIsTheSamePersonNotARelative() {
        Verdict v = CaseBuilder.of("sales-dept").call("03-01 10:00", "A", "王先生", P1)
                .visit("03-02 10:00", "A", "王强", P1).judge();
        assertThat(cited(v)).doesNotContain("REG-3");
        assertThat(Replay.sameCustomerFullerName("王先生", "王强")).isTrue();
        assertThat(Replay.sameCustomerFullerName("王", "王强")).isTrue();
        assertThat(Replay.sameCustomerFullerName("王强", "王刚")).isFalse();
        assertThat(Replay.sameCustomerFullerName("王先生", "李强")).isFalse();
    }
}
