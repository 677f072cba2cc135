package com.loyaltybatch.reward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.loyaltybatch.common.InvalidInputException;

/** The rules of a reward's fields and coupon codes, without a database. */
class RewardRulesTest {

    static final List<TierConfig> MONEY = List.of(new TierConfig(null, 100, new BigDecimal("5")));

    @Test
    void aRewardNeedsANameOfOneToFiftyCharactersAndOneToTwentyOneTierConfigs() {
        assertThatThrownBy(() -> new RewardDraft("", true, RewardType.DISCOUNT_AMOUNT, null, null, null, MONEY))
                .hasMessageStartingWith("name:");
        assertThatThrownBy(() -> new RewardDraft("x".repeat(51), true, RewardType.DISCOUNT_AMOUNT, null, null, null, MONEY))
                .hasMessageStartingWith("name:");
        assertThatThrownBy(() -> new RewardDraft("R", true, RewardType.DISCOUNT_AMOUNT, null, null, null, List.of()))
                .hasMessageStartingWith("configs:");
        List<TierConfig> many = IntStream.range(0, 22).mapToObj(i -> new TierConfig("t" + i, 1, BigDecimal.ONE)).toList();
        assertThatThrownBy(() -> new RewardDraft("R", true, RewardType.DISCOUNT_AMOUNT, null, null, null, many))
                .hasMessageStartingWith("configs:");
        assertThat(new RewardDraft("R", true, RewardType.DISCOUNT_AMOUNT, null, null, null, many.subList(0, 21)).configs())
                .hasSize(21);
        assertThatThrownBy(() -> new RewardDraft("R", true, RewardType.DISCOUNT_AMOUNT, null, null, null,
                List.of(new TierConfig(null, 1, BigDecimal.ONE), new TierConfig(" ", 2, BigDecimal.ONE))))
                .hasMessageContaining("more than one configuration for tier (base)");
    }

    @Test
    void costsAreOneToNineMillionNineHundredNinetyNineThousandNineHundredNinetyNine() {
        assertThatThrownBy(() -> new TierConfig(null, 0, null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new TierConfig(null, 10_000_000, null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new TierConfig(null, 1, new BigDecimal("0.001"))).isInstanceOf(InvalidInputException.class);
        assertThat(new TierConfig(null, 9_999_999, null).costInPoints()).isEqualTo(9_999_999);
        assertThat(TierConfig.parse("tier=gold,cost=100,amount=2.5")).isEqualTo(new TierConfig("gold", 100, new BigDecimal("2.5")));
        assertThatThrownBy(() -> TierConfig.parse("amount=2")).hasMessageContaining("cost=POINTS is required");
    }

    @Test
    void eachKindOfRewardHasTheAmountsItNeeds() {
        assertThatThrownBy(() -> new RewardDraft("R", true, RewardType.DISCOUNT_AMOUNT, CouponKind.FIXED_AMOUNT, null,
                null, MONEY)).hasMessageStartingWith("type:");
        assertThatThrownBy(() -> new RewardDraft("R", true, RewardType.DISCOUNT_AMOUNT, null, null, null,
                List.of(new TierConfig(null, 1, null)))).hasMessageStartingWith("configs.amount:");
        assertThatThrownBy(() -> new RewardDraft("R", true, RewardType.COUPON_REWARD, null, null, null, MONEY))
                .hasMessageStartingWith("couponKind:");
        assertThatThrownBy(() -> new RewardDraft("R", true, RewardType.COUPON_REWARD, CouponKind.PERCENTAGE, null, null,
                List.of(new TierConfig(null, 1, new BigDecimal("101"))))).hasMessageContaining("1 to 100");
        assertThatThrownBy(() -> new RewardDraft("R", true, RewardType.COUPON_REWARD, CouponKind.FREE_SHIPPING, null,
                null, MONEY)).hasMessageContaining("no amount");
        assertThat(new RewardDraft("R", true, RewardType.COUPON_REWARD, CouponKind.FIXED_AMOUNT, new BigDecimal("20"),
                "collection:summer", MONEY).scope()).isEqualTo("collection:summer");
    }

    @Test
    void couponCodesAreTenUnambiguousCharactersThatDoNotRepeat() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = CouponCodes.next();
            assertThat(code).hasSize(10).doesNotContain("0", "O", "1", "I", "L");
            codes.add(code);
        }
        assertThat(codes).hasSize(10_000);
        assertThat(CouponCodes.normalize(" abcd2345ef ")).isEqualTo("ABCD2345EF");
    }
}
