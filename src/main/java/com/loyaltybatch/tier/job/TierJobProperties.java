package com.loyaltybatch.tier.job;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of {@code recalculate-tiers}.
 *
 * @param chunkSize accounts per keyset page and per transaction (one ledger aggregate each)
 */
@ConfigurationProperties("loyalty.tiers")
record TierJobProperties(@DefaultValue("1000") int chunkSize) {

    TierJobProperties {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("loyalty.tiers.chunk-size must be at least 1, got " + chunkSize);
        }
    }
}
