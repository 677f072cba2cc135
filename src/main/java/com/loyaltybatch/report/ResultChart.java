package com.loyaltybatch.report;

import java.util.List;
import java.util.function.Predicate;

import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * What a job would like charted across its runs: numbers it records in its execution context
 * ({@code series}), one group of bars per value of a job parameter ({@code groupBy}, such as a
 * period), taken from the latest execution of each value. {@code includes} leaves out runs that
 * do not count, such as rehearsals.
 */
public record ResultChart(String title, String groupBy, List<Series> series, Predicate<JobParameters> includes) {

    /** One kind of bar: the execution-context key it reads, its label, and what it means. */
    public record Series(String resultKey, String label, Tone tone) {
    }

    /** How a reader should take a number: good news, neutral, or a problem. Reports color by it. */
    public enum Tone {
        POSITIVE, NEUTRAL, NEGATIVE
    }
}
