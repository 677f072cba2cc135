package com.loyaltybatch.batch;

import java.util.List;
import java.util.Map;

import org.springframework.batch.core.job.parameters.JobParameters;

import com.loyaltybatch.common.InvalidInputException;

/**
 * How a business job takes its parameters from a launch ({@code run JOB key=value ...}, a
 * schedule): which keys exist, their defaults (which may be relative, such as the previous
 * month), and their validation. A bad key or value is refused before anything starts.
 */
public interface LaunchParameters {

    String jobName();

    /** Validates the given values, fills in defaults, and returns the job parameters. */
    JobParameters resolve(Map<String, String> given);

    /** The keys this job takes, for help and reports. */
    List<Key> keys();

    record Key(String name, String description, String defaultValue) {
    }

    /** Refuses a key the job does not take, naming the ones it does. */
    static void refuseUnknown(String jobName, Map<String, String> given, String... known) {
        List<String> keys = List.of(known);
        for (String key : given.keySet()) {
            if (!keys.contains(key)) {
                throw InvalidInputException.field(key, "unknown parameter of " + jobName + " (known: "
                        + String.join(", ", keys) + ")");
            }
        }
    }
}
