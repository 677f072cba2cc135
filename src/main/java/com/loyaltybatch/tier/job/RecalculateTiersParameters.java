package com.loyaltybatch.tier.job;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.loyaltybatch.batch.RunDay;

/** Parameters of {@code recalculate-tiers}: {@code date} (YYYY-MM-DD or today, the default), the business key. */
@Component
class RecalculateTiersParameters extends RunDay {

    RecalculateTiersParameters(Clock clock, @Value("${loyalty.zone:UTC}") ZoneId zone) {
        super(RecalculateTiersJobConfiguration.JOB, "the day whose rolling window counts", clock, zone);
    }
}
