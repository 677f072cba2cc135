package com.loyaltybatch.statement;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.job.parameters.JobParametersValidator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.loyaltybatch.batch.LaunchParameters;
import com.loyaltybatch.common.InvalidInputException;

/**
 * Parameters of {@code monthly-statement}: {@code period} (YYYY-MM, or {@code previous-month},
 * the default: the month before the launch, in {@code loyalty.zone}) and {@code dry-run} (default false). Both identify the job instance:
 * a completed period is refused by the job repository itself, so nobody is mailed twice for a
 * month, while a dry run never blocks the real one.
 */
@Component
class MonthlyStatementParameters implements LaunchParameters, JobParametersValidator {

    static final String PERIOD = "period";
    static final String DRY_RUN = "dry-run";
    /** Relative period for schedules: the month before the one the launch happens in. */
    static final String PREVIOUS_MONTH = "previous-month";

    private final Clock clock;
    private final ZoneId zone;

    MonthlyStatementParameters(Clock clock, @Value("${loyalty.zone:UTC}") ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public String jobName() {
        return MonthlyStatementJobConfiguration.JOB;
    }

    @Override
    public JobParameters resolve(Map<String, String> given) {
        LaunchParameters.refuseUnknown(jobName(), given, PERIOD, DRY_RUN);
        StatementPeriod period = requested(given.getOrDefault(PERIOD, PREVIOUS_MONTH));
        return new JobParametersBuilder()
                .addString(PERIOD, period.key())
                .addString(DRY_RUN, Boolean.toString(dryRun(given.getOrDefault(DRY_RUN, "false"))))
                .toJobParameters();
    }

    /**
     * The period a launch asks for: {@code YYYY-MM}, or {@code previous-month} (also for null);
     * refused when it does not parse or has not ended.
     */
    StatementPeriod requested(String value) {
        String requested = value == null ? PREVIOUS_MONTH : value.strip();
        StatementPeriod period = requested.equals(PREVIOUS_MONTH) ? StatementPeriod.previous(clock, zone)
                : StatementPeriod.parse(requested, zone);
        return period.requireEnded(clock);
    }

    @Override
    public List<Key> keys() {
        return List.of(new Key(PERIOD, "statement month, YYYY-MM or previous-month", "previous-month (in loyalty.zone)"),
                new Key(DRY_RUN, "render everything, send nothing", "false"));
    }

    /** Guards every start and restart, whoever launches. */
    @Override
    public void validate(JobParameters parameters) throws InvalidJobParametersException {
        try {
            for (var parameter : parameters) {
                if (!Set.of(PERIOD, DRY_RUN).contains(parameter.name())) {
                    throw InvalidInputException.field(parameter.name(), "unknown parameter of monthly-statement");
                }
            }
            String period = parameters.getString(PERIOD);
            if (period == null) {
                throw InvalidInputException.field(PERIOD, "required");
            }
            StatementPeriod.parse(period, zone);
            dryRun(parameters.getString(DRY_RUN, "false"));
        } catch (InvalidInputException e) {
            throw new InvalidJobParametersException(e.getMessage());
        }
    }

    StatementPeriod period(String key) {
        return StatementPeriod.parse(key, zone);
    }

    static boolean dryRun(String value) {
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> throw InvalidInputException.field(DRY_RUN, "must be true or false, got " + value);
        };
    }
}
