package com.loyaltybatch.tier;

import java.time.Instant;

/**
 * The tiers program settings (one per installation): its status, the rolling window tier points
 * are counted over, and the base tier's definition.
 */
public record TierSettings(TierStatus status, RollingWindow rollingWindow, Tier.Definition baseTierDefinition,
        Instant createdDate, Instant updatedDate, long revision) {

    public record RollingWindow(int durationInMonths) {
    }

    public boolean active() {
        return status == TierStatus.ACTIVE;
    }
}
