package com.loyaltybatch.reward;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A reward members buy with points, shaped like the Loyalty APIs' reward. */
public record Reward(String id, String name, boolean active, RewardType type, CouponKind couponKind,
        BigDecimal minimumSubtotal, String scope, List<TierConfig> configs, Instant createdDate, Instant updatedDate,
        long revision) {

    /** The configuration of a tier ({@code null}: the base tier), if the reward is offered there. */
    public Optional<TierConfig> configFor(String tierId) {
        return configs.stream().filter(c -> Objects.equals(c.tierId(), tierId)).findFirst();
    }

    RewardDraft draft() {
        return new RewardDraft(name, active, type, couponKind, minimumSubtotal, scope, configs);
    }
}
