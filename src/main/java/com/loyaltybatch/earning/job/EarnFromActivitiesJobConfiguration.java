package com.loyaltybatch.earning.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.DefaultJobParametersValidator;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParametersValidator;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.file.FlatFileItemReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import com.loyaltybatch.account.PointsLedger;
import com.loyaltybatch.batch.ImportResult;
import com.loyaltybatch.batch.ManagementJobs;
import com.loyaltybatch.batch.RejectsFile;
import com.loyaltybatch.common.InvalidInputException;
import com.loyaltybatch.earning.EarningRuleService;

/**
 * {@code earn-from-activities}: earns points for the activities of a file by the active earning
 * rules, in chunks. Parameters: {@code file} (required; {@code .csv}, or {@code .jsonl} /
 * {@code .ndjson} for one JSON object per line) and {@code errors} (optional; default next to the
 * file, see {@link RejectsFile#besides}). Fields, in a CSV header or as JSON names (case,
 * {@code _} and {@code -} do not matter): {@code activity_id} or {@code order_id},
 * {@code contact_id} or {@code email}, {@code activity_type}, optional {@code app_id} and
 * {@code amount_spent}, and {@code date}.
 * <p>
 * The file is streamed, never held in memory; the reader's position and the counts commit with
 * each chunk, so a failed run restarts where it stopped. Earning is idempotent per rule and
 * activity (see {@link ActivityEarner}): running a file again credits nothing twice.
 * <p>
 * Result, in the job execution context: {@code credited}, {@code alreadyCredited},
 * {@code filtered}, {@code rejected} (activity counts), {@code points} (credited),
 * {@code errorsFile} (when rows were rejected) and {@code summary}. A run that rejected rows ends
 * COMPLETED_WITH_FAILURES (exit code 3).
 */
@Configuration(proxyBeanMethods = false)
class EarnFromActivitiesJobConfiguration {

    static final String NAME = "earn-from-activities";

    @Bean(NAME)
    Job earnFromActivitiesJob(JobRepository repository, PlatformTransactionManager transactionManager,
            EarnFromActivitiesProperties properties, FlatFileItemReader<ActivityRow> earnFromActivitiesReader,
            ActivityEarner earnFromActivitiesWriter) {
        Step step = new StepBuilder(NAME, repository).<ActivityRow, Activity>chunk(properties.chunkSize())
                .reader(earnFromActivitiesReader)
                .processor(new ActivityParser())
                .writer(earnFromActivitiesWriter)
                .transactionManager(transactionManager)
                .listener(result())
                .build();
        return new JobBuilder(NAME, repository).validator(parameters()).listener(ImportResult.rejectedRowsAreFailures())
                .start(step).build();
    }

    @Bean
    @StepScope
    FlatFileItemReader<ActivityRow> earnFromActivitiesReader(@Value("#{jobParameters['file']}") String file) {
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            throw InvalidInputException.field("file", "no such file: " + file);
        }
        FlatFileItemReader<ActivityRow> reader;
        if (jsonLines(path)) {
            reader = new FlatFileItemReader<>(new FileSystemResource(path), new ActivityLines.JsonLines());
        } else {
            var csv = new ActivityLines.Csv();
            reader = new FlatFileItemReader<>(new FileSystemResource(path), csv);
            reader.setLinesToSkip(1);
            reader.setSkippedLinesCallback(csv::header);
        }
        reader.setName("activities");
        reader.setEncoding("UTF-8");
        reader.setComments(new String[0]);
        return reader;
    }

    @Bean
    @StepScope
    ActivityEarner earnFromActivitiesWriter(@Value("#{jobParameters['file']}") String file,
            @Value("#{jobParameters['errors']}") String errors, EarningRuleService rules, PointsLedger ledger,
            NamedParameterJdbcTemplate jdbc) {
        Path input = Path.of(file);
        return new ActivityEarner(rules, ledger, new ActivityAccounts(jdbc),
                RejectsFile.listing(errors == null ? RejectsFile.besides(input) : Path.of(errors)));
    }

    static boolean jsonLines(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".jsonl") || name.endsWith(".ndjson");
    }

    /** Copies the counts to the job's result and adds a summary. */
    private static StepExecutionListener result() {
        return new StepExecutionListener() {
            @Override
            public ExitStatus afterStep(StepExecution step) {
                var counts = step.getExecutionContext();
                var result = step.getJobExecution().getExecutionContext();
                long rejected = counts.getLong(ActivityEarner.REJECTED, 0L);
                for (String key : new String[] {ActivityEarner.CREDITED, ActivityEarner.ALREADY_CREDITED,
                        ActivityEarner.FILTERED, ActivityEarner.REJECTED, ActivityEarner.POINTS}) {
                    result.putLong(key, counts.getLong(key, 0L));
                }
                String errors = step.getJobParameters().getString("errors");
                Path errorsFile = errors != null ? Path.of(errors)
                        : RejectsFile.besides(Path.of(step.getJobParameters().getString("file")));
                if (rejected > 0) {
                    result.putString("errorsFile", errorsFile.toString());
                }
                result.putString("summary", counts.getLong(ActivityEarner.POINTS, 0L) + " points credited for "
                        + counts.getLong(ActivityEarner.CREDITED, 0L) + " activities; "
                        + counts.getLong(ActivityEarner.ALREADY_CREDITED, 0L) + " already credited, "
                        + counts.getLong(ActivityEarner.FILTERED, 0L) + " earning nothing, " + rejected + " rejected"
                        + (rejected > 0 ? " (see " + errorsFile + ")" : ""));
                return step.getExitStatus();
            }
        };
    }

    private static JobParametersValidator parameters() {
        var keys = new DefaultJobParametersValidator(new String[] {"file"}, new String[] {"errors", ManagementJobs.LAUNCH_ID});
        return parameters -> {
            keys.validate(parameters);
            String file = parameters.getString("file");
            String errors = parameters.getString("errors");
            if (errors != null && Path.of(errors).toAbsolutePath().normalize()
                    .equals(Path.of(file).toAbsolutePath().normalize())) {
                throw new InvalidJobParametersException("errors: must not be the input file " + file);
            }
        };
    }
}
