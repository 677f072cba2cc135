package com.loyaltybatch.account.job;

import java.nio.file.Path;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.file.FlatFileItemReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.FileSystemResource;
import org.springframework.transaction.PlatformTransactionManager;

import com.loyaltybatch.account.AccountService;
import com.loyaltybatch.account.PointsLedger;
import com.loyaltybatch.batch.Csv;
import com.loyaltybatch.batch.ImportResult;
import com.loyaltybatch.batch.RejectsFile;
import com.loyaltybatch.program.ProgramService;

/**
 * {@code import-points}: credits points from a CSV file ({@code email,points}) in chunks, one EARN
 * per row, idempotent per file content and row (see {@link PointsImportWriter}). Invalid rows and
 * rows whose email matches no contact or account go to the errors file with their reason and the
 * import goes on; the run then ends COMPLETED_WITH_FAILURES (exit 3). The file is streamed: memory
 * grows with the chunk, not the file. The reader's position and the counts are saved with each
 * commit, so a failed run restarts after its last committed chunk.
 * <p>
 * Result, in the job execution context: {@code credited}, {@code alreadyCredited}, {@code points}
 * (credited), {@code rejected} (rows), {@code errorsFile} and {@code summary}.
 */
@Configuration(proxyBeanMethods = false)
class ImportPointsJobConfiguration {

    static final String JOB = "import-points";

    @Bean(JOB)
    Job importPointsJob(JobRepository repository, PlatformTransactionManager transactionManager,
            ImportPointsParameters parameters, FlatFileItemReader<PointsRow> importPointsReader,
            PointsImportWriter importPointsWriter, RejectsFile<PointsRow, PointsCredit> importPointsRejects,
            PointsImportProperties properties) {
        Step step = new StepBuilder(JOB, repository).<PointsRow, PointsCredit>chunk(properties.chunkSize())
                .transactionManager(transactionManager)
                .reader(importPointsReader)
                .processor(new PointsRowProcessor())
                .writer(importPointsWriter)
                .faultTolerant()
                .skipPolicy(RejectsFile.skipping())
                .skipListener(importPointsRejects)
                .stream(importPointsRejects)
                .listener(ImportResult.promote(PointsImportWriter.CREDITED, PointsImportWriter.ALREADY_CREDITED,
                        PointsImportWriter.POINTS, PointsImportWriter.SUMMARY))
                .build();
        return new JobBuilder(JOB, repository).validator(parameters).listener(ImportResult.rejectedRowsAreFailures())
                .start(step).build();
    }

    @Bean
    @StepScope
    FlatFileItemReader<PointsRow> importPointsReader(@Value("#{jobParameters['file']}") String file) {
        PointsCsv header = PointsCsv.header(Path.of(file));
        var tokenizer = header.rowTokenizer();
        FlatFileItemReader<PointsRow> reader = new FlatFileItemReader<>(new FileSystemResource(file), (line, number) -> {
            if (line.isBlank()) {
                return new PointsRow(number, line, null, null);
            }
            var fields = tokenizer.tokenize(line);
            return new PointsRow(number, line, fields.readRawString("email"), fields.readRawString("points"));
        });
        reader.setName("points");
        reader.setLinesToSkip(1);
        reader.setBufferedReaderFactory(Csv.READERS);
        // No comment lines: '#' may start an email address.
        reader.setComments(new String[0]);
        return reader;
    }

    @Bean
    @StepScope
    RejectsFile<PointsRow, PointsCredit> importPointsRejects(@Value("#{jobParameters['file']}") String file,
            @Value("#{jobParameters['errors']}") String errors) {
        Path input = Path.of(file);
        return RejectsFile.echoing(errors == null ? RejectsFile.besides(input) : Path.of(errors),
                PointsCsv.header(input).line(), PointsCredit::row);
    }

    @Bean
    @StepScope
    PointsImportWriter importPointsWriter(@Value("#{jobParameters['checksum']}") String checksum,
            AccountService accounts, PointsLedger ledger, ProgramService program,
            RejectsFile<PointsRow, PointsCredit> importPointsRejects) {
        return new PointsImportWriter(accounts, ledger, program, importPointsRejects, checksum);
    }
}
