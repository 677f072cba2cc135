package com.loyaltybatch.tier.job;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersValidator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.loyaltybatch.batch.LaunchParameters;
import com.loyaltybatch.account.job.RunDay;

/** Parameters of {@code recalculate-tiers}: {@code date} (YYYY-MM-DD or today, the default), the business key. */
@Component
class RecalculateTiersParameters implements LaunchParameters, JobParametersValidator {

    private final Clock clock;
    private final ZoneId zone;

    RecalculateTiersParameters(Clock clock, @Value("${loyalty.zone:UTC}") ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public String jobName() {
        return RecalculateTiersJobConfiguration.JOB;
    }

    @Override
    public JobParameters resolve(Map<String, String> given) {
        return RunDay.resolve(jobName(), given, clock, zone);
    }

    @Override
    public List<Key> keys() {
        return List.of(new Key(RunDay.DATE, "the day whose rolling window counts, YYYY-MM-DD or today",
                "today (in loyalty.zone)"));
    }

    @Override
    public void validate(JobParameters parameters) throws InvalidJobParametersException {
        RunDay.validate(jobName(), parameters);
    }

    ZoneId zone() {
        return zone;
    }
}
