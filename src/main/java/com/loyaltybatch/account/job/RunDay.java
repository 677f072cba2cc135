package com.loyaltybatch.account.job;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;

import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

import com.loyaltybatch.common.InvalidInputException;

/**
 * The business key of the daily and monthly account jobs (and {@code recalculate-tiers}): {@code date=YYYY-MM-DD}, or {@code today} (the
 * default: the launch's day in {@code loyalty.zone}). One day is one job instance, so a day's
 * completed run is refused by the job repository itself; a day that has not begun is refused.
 */
public final class RunDay {

    public static final String DATE = "date";
    public static final String TODAY = "today";

    private RunDay() {
    }

    /** Job parameters of a launch that takes only {@code date}. */
    public static JobParameters resolve(String jobName, Map<String, String> given, Clock clock, ZoneId zone) {
        for (String key : given.keySet()) {
            if (!Set.of(DATE).contains(key)) {
                throw InvalidInputException.field(key, "unknown parameter of " + jobName + " (known: date)");
            }
        }
        LocalDate day = parse(given.getOrDefault(DATE, TODAY), clock, zone);
        return new JobParametersBuilder().addString(DATE, day.toString()).toJobParameters();
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
