package com.loyaltybatch.earning.job;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of {@code earn-from-activities}.
 *
 * @param chunkSize activities read, credited and committed together; memory use grows with it,
 *        not with the size of the file
 */
@ConfigurationProperties("loyalty.earning")
record EarnFromActivitiesProperties(@DefaultValue("500") int chunkSize) {

    EarnFromActivitiesProperties {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("loyalty.earning.chunk-size must be at least 1, got " + chunkSize);
        }
    }
}
