package com.loyaltybatch.account.job;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.loyaltybatch.batch.RunDay;

/** Parameters of {@code expire-points}: {@code date} (YYYY-MM-DD or today, the default), the business key. */
@Component
class ExpirePointsParameters extends RunDay {

    ExpirePointsParameters(Clock clock, @Value("${loyalty.zone:UTC}") ZoneId zone) {
        super(ExpirePointsJobConfiguration.JOB, "expire what is due by the end of this day", clock, zone);
    }
}
