package com.loyaltybatch.launch.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.job.JobExecution;

import com.loyaltybatch.common.InvalidInputException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "run", description = {"Run a job and wait for it to end. Prints the execution id and outcome.",
        "Example: run monthly-statement period=2026-10 dry-run=true"})
class RunCommand extends JobCommand {

    @Parameters(index = "0", paramLabel = "JOB", description = "Job name, e.g. monthly-statement.")
    String job;

    @Parameters(index = "1..*", paramLabel = "KEY=VALUE", description = "Job parameters.")
    List<String> parameters = List.of();

    @Override
    protected JobExecution launch() {
        Map<String, String> given = new LinkedHashMap<>();
        for (String parameter : parameters) {
            int equals = parameter.indexOf('=');
            if (equals < 1) {
                throw new InvalidInputException("parameter '" + parameter + "': expected KEY=VALUE");
            }
            String key = parameter.substring(0, equals);
            if (given.put(key, parameter.substring(equals + 1)) != null) {
                throw new InvalidInputException("parameter '" + key + "' given twice: give each parameter once");
            }
        }
        return jobs.launch(job, given);
    }
}
