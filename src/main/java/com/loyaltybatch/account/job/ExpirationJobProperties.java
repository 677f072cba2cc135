package com.loyaltybatch.account.job;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of {@code expire-points}.
 *
 * @param chunkSize candidate accounts per keyset page and per transaction
 */
@ConfigurationProperties("loyalty.expiration")
record ExpirationJobProperties(@DefaultValue("500") int chunkSize) {

    ExpirationJobProperties {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("loyalty.expiration.chunk-size must be at least 1, got " + chunkSize);
        }
    }
}
