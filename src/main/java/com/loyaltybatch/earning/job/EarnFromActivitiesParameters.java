package com.loyaltybatch.earning.job;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.stereotype.Component;

import com.loyaltybatch.batch.LaunchParameters;
import com.loyaltybatch.batch.ManagementJobs;
import com.loyaltybatch.common.InvalidInputException;

/**
 * Parameters of {@code earn-from-activities}: {@code file} (required) and {@code errors}
 * (optional), both made absolute against the working directory, so a restart from elsewhere
 * finds them. Every launch is a new instance ({@link ManagementJobs#LAUNCH_ID}): running a file
 * again is allowed, and credits nothing twice because earning is idempotent per activity.
 */
@Component
class EarnFromActivitiesParameters implements LaunchParameters {

    static final String FILE = "file";
    static final String ERRORS = "errors";

    @Override
    public String jobName() {
        return EarnFromActivitiesJobConfiguration.NAME;
    }

    @Override
    public JobParameters resolve(Map<String, String> given) {
        LaunchParameters.refuseUnknown(jobName(), given, FILE, ERRORS);
        String file = given.get(FILE);
        if (file == null || file.isBlank()) {
            throw InvalidInputException.field(FILE, "required: the activities file (.csv, .jsonl or .ndjson)");
        }
        var parameters = new JobParametersBuilder().addString(FILE, absolute(file));
        if (given.get(ERRORS) != null && !given.get(ERRORS).isBlank()) {
            parameters.addString(ERRORS, absolute(given.get(ERRORS)), false);
        }
        return parameters.addString(ManagementJobs.LAUNCH_ID, UUID.randomUUID().toString()).toJobParameters();
    }

    @Override
    public List<Key> keys() {
        return List.of(new Key(FILE, "activities file, .csv or .jsonl/.ndjson", null),
                new Key(ERRORS, "where rejected rows go", "FILE.rejects.csv next to the file"));
    }

    private static String absolute(String path) {
        return Path.of(path.strip()).toAbsolutePath().normalize().toString();
    }
}
