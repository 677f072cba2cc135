package com.loyaltybatch.reward;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What an update changes; null keeps the stored value, {@code removeMinimumSubtotal} and
 * {@code removeScope} remove them. Type and coupon kind are fixed once created: coupons already
 * issued promise what the reward was.
 */
public record RewardChanges(@Nullable String name, @Nullable Boolean active, @Nullable BigDecimal minimumSubtotal,
        boolean removeMinimumSubtotal, @Nullable String scope, boolean removeScope, @Nullable List<TierConfig> configs) {

    /** Changes that only set values (nothing removed). */
    public RewardChanges(String name, Boolean active, BigDecimal minimumSubtotal, String scope, List<TierConfig> configs) {
        this(name, active, minimumSubtotal, false, scope, false, configs);
    }

    RewardDraft applyTo(Reward reward) {
        BigDecimal subtotal = removeMinimumSubtotal ? null
                : minimumSubtotal == null ? reward.minimumSubtotal() : minimumSubtotal;
        String newScope = removeScope ? null : scope == null ? reward.scope() : scope;
        return new RewardDraft(name == null ? reward.name() : name, active == null ? reward.active() : active,
                reward.type(), reward.couponKind(), subtotal, newScope, configs == null ? reward.configs() : configs);
    }
}
