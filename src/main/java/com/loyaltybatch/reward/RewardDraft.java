package com.loyaltybatch.reward;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import com.loyaltybatch.common.InvalidInputException;

/**
 * A reward as created or updated, checked against the rules: name 1–50 characters; 1 to 21 tier
 * configurations, at most one per tier; a DISCOUNT_AMOUNT reward has no coupon kind, and each
 * configuration an amount of money; a COUPON_REWARD has a kind: FIXED_AMOUNT needs an amount,
 * PERCENTAGE an amount 1–100, FREE_SHIPPING none. Minimum subtotal and scope only for coupons.
 */
public record RewardDraft(String name, boolean active, RewardType type, @Nullable CouponKind couponKind,
        @Nullable BigDecimal minimumSubtotal, @Nullable String scope, List<TierConfig> configs) {

    public static final int MAX_CONFIGS = 21;

    public RewardDraft {
        if (name == null || name.isBlank() || name.strip().length() > 50) {
            throw InvalidInputException.field("name", "required, 1 to 50 characters");
        }
        name = name.strip();
        if (type == null) {
            throw InvalidInputException.field("type", "required: DISCOUNT_AMOUNT or COUPON_REWARD");
        }
        scope = scope == null || scope.isBlank() ? null : scope.strip();
        if (scope != null && scope.length() > 100) {
            throw InvalidInputException.field("scope", "must be at most 100 characters");
        }
        if (minimumSubtotal != null && (minimumSubtotal.signum() < 0 || minimumSubtotal.stripTrailingZeros().scale() > 2)) {
            throw InvalidInputException.field("minimumSubtotal", "must be 0 or more with at most 2 decimals");
        }
        configs = List.copyOf(configs == null ? List.of() : configs);
        if (configs.isEmpty() || configs.size() > MAX_CONFIGS) {
            throw InvalidInputException.field("configs", "1 to " + MAX_CONFIGS + " tier configurations, got " + configs.size());
        }
        Set<String> tiers = new HashSet<>();
        for (TierConfig config : configs) {
            if (!tiers.add(config.tierId() == null ? "" : config.tierId())) {
                throw InvalidInputException.field("configs", "more than one configuration for tier "
                        + (config.tierId() == null ? "(base)" : config.tierId()));
            }
        }
        if (type == RewardType.DISCOUNT_AMOUNT) {
            if (couponKind != null || minimumSubtotal != null || scope != null) {
                throw InvalidInputException.field("type", "a DISCOUNT_AMOUNT reward has no coupon kind, minimum subtotal or scope");
            }
            requireAmounts("a DISCOUNT_AMOUNT reward needs amount=MONEY per cost in every configuration", configs);
        } else {
            checkCoupon(couponKind, configs);
        }
    }

    private static void checkCoupon(CouponKind kind, List<TierConfig> configs) {
        if (kind == null) {
            throw InvalidInputException.field("couponKind", "required for a COUPON_REWARD: FIXED_AMOUNT, PERCENTAGE or FREE_SHIPPING");
        }
        if (kind == CouponKind.FIXED_AMOUNT) {
            requireAmounts("a FIXED_AMOUNT coupon needs amount=MONEY in every configuration", configs);
        } else if (kind == CouponKind.PERCENTAGE) {
            requireAmounts("a PERCENTAGE coupon needs amount=1..100 in every configuration", configs);
            for (TierConfig config : configs) {
                if (config.amount().compareTo(BigDecimal.valueOf(100)) > 0) {
                    throw InvalidInputException.field("configs.amount", "a percentage is 1 to 100, got " + config.amount());
                }
            }
        } else if (configs.stream().anyMatch(c -> c.amount() != null)) {
            throw InvalidInputException.field("configs.amount", "a FREE_SHIPPING coupon has no amount");
        }
    }

    private static void requireAmounts(String rule, List<TierConfig> configs) {
        if (configs.stream().anyMatch(c -> c.amount() == null)) {
            throw InvalidInputException.field("configs.amount", rule);
        }
    }
}
