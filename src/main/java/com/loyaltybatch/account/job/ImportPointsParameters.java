package com.loyaltybatch.account.job;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.job.parameters.JobParametersValidator;
import org.springframework.stereotype.Component;

import com.loyaltybatch.batch.LaunchParameters;
import com.loyaltybatch.common.InvalidInputException;

/**
 * Parameters of {@code import-points}: {@code file} (required; a relative path is taken from the
 * working directory) and {@code errors} (optional, default next to the file). The job instance is
 * identified by the file's absolute path and the SHA-256 of its content ({@code checksum}, computed
 * at launch): importing the same file again is refused by the job repository, an edited file is a
 * new import. The header is checked at launch, so a file with the wrong columns starts nothing.
 */
@Component
class ImportPointsParameters implements LaunchParameters, JobParametersValidator {

    static final String FILE = "file";
    static final String ERRORS = "errors";
    static final String CHECKSUM = "checksum";

    @Override
    public String jobName() {
        return ImportPointsJobConfiguration.JOB;
    }

    @Override
    public JobParameters resolve(Map<String, String> given) {
        LaunchParameters.refuseUnknown(jobName(), given, FILE, ERRORS);
        if (given.get(FILE) == null || given.get(FILE).isBlank()) {
            throw InvalidInputException.field(FILE, "required: the points CSV (columns email,points)");
        }
        Path file = Path.of(given.get(FILE).strip()).toAbsolutePath().normalize();
        PointsCsv.header(file);
        var parameters = new JobParametersBuilder()
                .addString(FILE, file.toString())
                .addString(CHECKSUM, PointsCsv.checksum(file));
        if (given.get(ERRORS) != null) {
            Path errors = Path.of(given.get(ERRORS).strip()).toAbsolutePath().normalize();
            if (errors.equals(file)) {
                throw InvalidInputException.field(ERRORS, "must not be the input file " + file);
            }
            parameters.addString(ERRORS, errors.toString(), false);
        }
        return parameters.toJobParameters();
    }

    @Override
    public List<Key> keys() {
        return List.of(new Key(FILE, "points CSV with the columns email,points", null),
                new Key(ERRORS, "where rejected rows go", "FILE.rejects.csv next to the file"));
    }

    @Override
    public void validate(JobParameters parameters) throws InvalidJobParametersException {
        for (var parameter : parameters) {
            if (!Set.of(FILE, ERRORS, CHECKSUM).contains(parameter.name())) {
                throw new InvalidJobParametersException(parameter.name() + ": unknown parameter of import-points");
            }
        }
        for (String key : List.of(FILE, CHECKSUM)) {
            if (parameters.getString(key) == null) {
                throw new InvalidJobParametersException(key + ": required");
            }
        }
        for (String key : List.of(FILE, ERRORS)) {
            String value = parameters.getString(key);
            if (value != null && !Path.of(value).isAbsolute()) {
                throw new InvalidJobParametersException(key + ": must be an absolute path, got " + value);
            }
        }
    }
}
