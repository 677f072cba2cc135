package com.loyaltybatch.earning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.loyaltybatch.common.ConflictException;
import com.loyaltybatch.common.InvalidInputException;
import com.loyaltybatch.common.NotFoundException;
import com.loyaltybatch.support.LoyaltyTest;
import com.loyaltybatch.support.TestData;

/** Earning rules: their rules of validity, how many points they give, revisions and pausing. */
@LoyaltyTest
class EarningRulesTest {

    @Autowired
    EarningRuleService rules;

    @Autowired
    TestData testData;

    @BeforeEach
    void empty() {
        testData.reset();
    }

    @Test
    void aConversionRateGivesPointsPerWholeMoneyAmountSpentInTheAccountsTier() {
        var rule = rules.create(rate(new RuleConfig(null, new BigDecimal("10"), 1),
                new RuleConfig("gold", new BigDecimal("2.50"), 3)));
        assertThat(rule.pointsFor(null, new BigDecimal("129.99"))).isEqualTo(12);
        assertThat(rule.pointsFor(null, new BigDecimal("9.99"))).isZero();
        assertThat(rule.pointsFor("gold", new BigDecimal("10"))).isEqualTo(12);
        assertThat(rule.pointsFor("silver", new BigDecimal("100"))).as("no configuration for the tier").isZero();
        assertThat(rule.pointsFor(null, null)).isZero();
    }

    @Test
    void aFixedAmountGivesItsPointsWhateverWasSpent() {
        var rule = rules.create(new EarningRuleDraft("Sign-up", "shop", "signed-up", EarningRuleKind.FIXED_AMOUNT,
                List.of(new RuleConfig(null, null, 50))));
        assertThat(rule.pointsFor(null, null)).isEqualTo(50);
        assertThat(rule.triggeredBy("signed-up", "shop")).isTrue();
        assertThat(rule.triggeredBy("signed-up", "other-app")).isFalse();
        assertThat(rule.triggeredBy("order-paid", "shop")).isFalse();
    }

    @Test
    void rulesAreCheckedAgainstTheRules() {
        var base = List.of(new RuleConfig(null, null, 5));
        assertThatThrownBy(() -> new EarningRuleDraft(" ", null, "x", EarningRuleKind.FIXED_AMOUNT, base))
                .hasMessageStartingWith("title:");
        assertThatThrownBy(() -> new EarningRuleDraft("x".repeat(51), null, "x", EarningRuleKind.FIXED_AMOUNT, base))
                .hasMessageStartingWith("title:");
        assertThatThrownBy(() -> new EarningRuleDraft("T", null, null, EarningRuleKind.FIXED_AMOUNT, base))
                .hasMessageStartingWith("triggerActivityType:");
        assertThatThrownBy(() -> new EarningRuleDraft("T", null, "x", EarningRuleKind.FIXED_AMOUNT, List.of()))
                .hasMessageStartingWith("configs:");
        assertThatThrownBy(() -> new EarningRuleDraft("T", null, "x", EarningRuleKind.CONVERSION_RATE, base))
                .hasMessageStartingWith("configs.moneyAmount:");
        assertThatThrownBy(() -> new EarningRuleDraft("T", null, "x", EarningRuleKind.FIXED_AMOUNT,
                List.of(new RuleConfig(null, null, 5), new RuleConfig(null, null, 6)))).hasMessageContaining("more than one");
        assertThatThrownBy(() -> new RuleConfig(null, null, 0)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new RuleConfig(null, null, 10_000_000)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new RuleConfig(null, new BigDecimal("0"), 1)).isInstanceOf(InvalidInputException.class);
        assertThat(RuleConfig.parse("tier=gold,money=10,points=2")).isEqualTo(new RuleConfig("gold", new BigDecimal("10"), 2));
        assertThatThrownBy(() -> RuleConfig.parse("points=2,colour=red")).hasMessageContaining("unknown key");
    }

    @Test
    void updatesAndDeletesNeedTheCurrentRevision() {
        var rule = rules.create(rate(new RuleConfig(null, new BigDecimal("10"), 1)));
        var changes = new EarningRuleChanges("Orders+", null, null, null, null);
        assertThatThrownBy(() -> rules.update(rule.id(), 7, changes)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("changed since the requested revision");
        var updated = rules.update(rule.id(), rule.revision(), changes);
        assertThat(updated.title()).isEqualTo("Orders+");
        assertThat(updated.revision()).isEqualTo(2);
        assertThatThrownBy(() -> rules.delete(rule.id(), 1)).isInstanceOf(ConflictException.class);
        rules.delete(rule.id(), 2);
        assertThatThrownBy(() -> rules.get(rule.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void pausedRulesAreNotActiveUntilResumed() {
        var rule = rules.create(rate(new RuleConfig(null, new BigDecimal("10"), 1)));
        var paused = rules.pause(rule.id());
        assertThat(paused.status()).isEqualTo(EarningRuleStatus.PAUSED);
        assertThat(paused.triggeredBy("order-paid", null)).isFalse();
        assertThat(rules.active()).isEmpty();
        assertThat(rules.pause(rule.id()).revision()).as("pausing again changes nothing").isEqualTo(paused.revision());
        assertThat(rules.resume(rule.id()).status()).isEqualTo(EarningRuleStatus.ACTIVE);
        assertThat(rules.active()).extracting(EarningRule::id).containsExactly(rule.id());
    }

    static EarningRuleDraft rate(RuleConfig... configs) {
        return new EarningRuleDraft("Orders", null, "order-paid", EarningRuleKind.CONVERSION_RATE, List.of(configs));
    }
}
