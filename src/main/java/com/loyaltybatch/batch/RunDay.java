package com.loyaltybatch.batch;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.job.parameters.JobParametersValidator;

import com.loyaltybatch.common.InvalidInputException;

/**
 * The parameters of a job run for a day ({@code expire-points}, {@code recalculate-tiers}): the
 * business key {@code date=YYYY-MM-DD}, or {@code today} (the default: the launch's day in
 * {@code loyalty.zone}). One day is one job instance, so a day's
 * completed run is refused by the job repository itself; a day that has not begun is refused.
 */
public class RunDay implements LaunchParameters, JobParametersValidator {

    public static final String DATE = "date";
    public static final String TODAY = "today";

    private final String jobName;
    private final String dayDescription;
    private final Clock clock;
    private final ZoneId zone;

    /** The parameters of {@code jobName}, whose {@code date} means {@code dayDescription}. */
    protected RunDay(String jobName, String dayDescription, Clock clock, ZoneId zone) {
        this.jobName = jobName;
        this.dayDescription = dayDescription;
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public String jobName() {
        return jobName;
    }

    /** The zone in which {@code today} is read. */
    public ZoneId zone() {
        return zone;
    }

    @Override
    public JobParameters resolve(Map<String, String> given) {
        LaunchParameters.refuseUnknown(jobName, given, DATE);
        LocalDate day = parse(given.getOrDefault(DATE, TODAY), clock, zone);
        return new JobParametersBuilder().addString(DATE, day.toString()).toJobParameters();
    }

    @Override
    public List<Key> keys() {
        return List.of(new Key(DATE, dayDescription + ", YYYY-MM-DD or today", "today (in loyalty.zone)"));
    }

    @Override
    public void validate(JobParameters parameters) throws InvalidJobParametersException {
        validate(jobName, parameters);
    }

    public static LocalDate parse(String value, Clock clock, ZoneId zone) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        String text = value.strip();
        if (text.equals(TODAY)) {
            return today;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw InvalidInputException.field(DATE, "not a date (YYYY-MM-DD or today): " + value);
        }
        if (day.isAfter(today)) {
            throw InvalidInputException.field(DATE, day + " has not begun yet (today is " + today + " in " + zone + ")");
        }
        return day;
    }

    /** Guards every start and restart: exactly a {@code date} in ISO form. */
    public static void validate(String jobName, JobParameters parameters) throws InvalidJobParametersException {
        for (var parameter : parameters) {
            if (!DATE.equals(parameter.name())) {
                throw new InvalidJobParametersException(parameter.name() + ": unknown parameter of " + jobName);
            }
        }
        String date = parameters.getString(DATE);
        if (date == null) {
            throw new InvalidJobParametersException(DATE + ": required");
        }
        try {
            LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new InvalidJobParametersException(DATE + ": not a date (YYYY-MM-DD): " + date);
        }
    }
}
