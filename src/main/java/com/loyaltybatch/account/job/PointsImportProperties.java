package com.loyaltybatch.account.job;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of {@code import-points}.
 *
 * @param chunkSize rows read, credited and committed together (one account look-up per chunk);
 *        memory use grows with it, not with the size of the file
 */
@ConfigurationProperties("loyalty.points.import")
record PointsImportProperties(@DefaultValue("500") int chunkSize) {

    PointsImportProperties {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("loyalty.points.import.chunk-size must be at least 1, got " + chunkSize);
        }
    }
}
