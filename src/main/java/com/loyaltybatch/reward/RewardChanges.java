package com.loyaltybatch.reward;

import java.math.BigDecimal;
import java.util.List;

/**
 * What an update changes; null keeps the stored value. An empty scope, or a negative minimum
 * subtotal, removes it. Type and coupon kind are fixed once created: coupons already issued
 * promise what the reward was.
 */
public record RewardChanges(String name, Boolean active, BigDecimal minimumSubtotal, String scope,
        List<TierConfig> configs) {

    RewardDraft applyTo(Reward reward) {
        BigDecimal subtotal = minimumSubtotal == null ? reward.minimumSubtotal()
                : minimumSubtotal.signum() < 0 ? null : minimumSubtotal;
        return new RewardDraft(name == null ? reward.name() : name, active == null ? reward.active() : active,
                reward.type(), reward.couponKind(), subtotal, scope == null ? reward.scope() : scope,
                configs == null ? reward.configs() : configs);
    }
}
