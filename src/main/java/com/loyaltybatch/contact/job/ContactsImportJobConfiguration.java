package com.loyaltybatch.contact.job;

import java.nio.file.Path;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.DefaultJobParametersValidator;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersValidator;
import org.springframework.batch.core.listener.ExecutionContextPromotionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.file.FlatFileItemReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.FileSystemResource;
import org.springframework.transaction.PlatformTransactionManager;

import com.loyaltybatch.batch.ManagementJobs;
import com.loyaltybatch.contact.ContactService;

/**
 * {@code contacts-import}: imports a contacts CSV file in chunks. Parameters: {@code file}
 * (required, absolute path), {@code errors} (optional, absolute path; default next to the input,
 * see {@link RejectsFile#besides}) and {@link ManagementJobs#LAUNCH_ID}.
 * <p>
 * Each chunk of rows is validated and upserted in one transaction, by id else by email. A row
 * that is malformed, breaks a field rule, or collides with another contact is rejected into the
 * errors file and the import goes on; when a chunk's write fails, Spring Batch rolls it back and
 * writes its rows one by one, so only the offending rows are rejected. The reader's position and
 * the counts are saved with each commit: a failed run restarts where it stopped.
 * <p>
 * Result, in the job execution context: {@code inserted}, {@code updated}, {@code rejected} (row
 * counts) and {@code errorsFile}.
 */
@Configuration(proxyBeanMethods = false)
class ContactsImportJobConfiguration {

    static final String NAME = "contacts-import";
    static final String FILE = "file";
    static final String ERRORS = "errors";

    @Bean(NAME)
    Job contactsImportJob(JobRepository repository, PlatformTransactionManager transactionManager,
            ContactsImportProperties properties, FlatFileItemReader<CsvRow> contactsImportReader,
            ContactsWriter contactsImportWriter, RejectsFile contactsImportRejects) {
        Step step = new StepBuilder(NAME, repository).<CsvRow, ImportRow>chunk(properties.chunkSize())
                .reader(contactsImportReader)
                .processor(new ContactRowProcessor())
                .writer(contactsImportWriter)
                .transactionManager(transactionManager)
                .faultTolerant()
                .skipPolicy((failure, skipped) -> RejectsFile.rejects(failure))
                .skipListener(contactsImportRejects)
                .stream(contactsImportRejects)
                .listener(result())
                .build();
        return new JobBuilder(NAME, repository).validator(parameters()).start(step).build();
    }

    @Bean
    @StepScope
    FlatFileItemReader<CsvRow> contactsImportReader(@Value("#{jobParameters['file']}") String file) {
        CsvHeader header = CsvHeader.read(Path.of(file));
        FlatFileItemReader<CsvRow> reader = new FlatFileItemReader<>(new FileSystemResource(file), header::row);
        reader.setName("contacts");
        reader.setLinesToSkip(1);
        reader.setBufferedReaderFactory(CsvFormat.READERS);
        reader.setRecordSeparatorPolicy(new CsvFormat.QuotedRecords());
        // No comment lines: '#' may start an id or an email address.
        reader.setComments(new String[0]);
        return reader;
    }

    @Bean
    @StepScope
    ContactsWriter contactsImportWriter(ContactService contacts) {
        return new ContactsWriter(contacts);
    }

    @Bean
    @StepScope
    RejectsFile contactsImportRejects(@Value("#{jobParameters['file']}") String file,
            @Value("#{jobParameters['errors']}") String errors) {
        Path input = Path.of(file);
        return new RejectsFile(errors == null ? RejectsFile.besides(input) : Path.of(errors), CsvHeader.read(input));
    }

    private static ExecutionContextPromotionListener result() {
        var promotion = new ExecutionContextPromotionListener();
        promotion.setKeys(new String[] {ContactsWriter.INSERTED, ContactsWriter.UPDATED, RejectsFile.REJECTED,
                RejectsFile.ERRORS_FILE});
        return promotion;
    }

    private static JobParametersValidator parameters() {
        var keys = new DefaultJobParametersValidator(new String[] {FILE}, new String[] {ERRORS, ManagementJobs.LAUNCH_ID});
        return parameters -> {
            keys.validate(parameters);
            Path file = absolute(parameters, FILE);
            Path errors = absolute(parameters, ERRORS);
            if (errors != null && errors.normalize().equals(file.normalize())) {
                throw new InvalidJobParametersException("errors: must not be the input file " + file);
            }
        };
    }

    private static Path absolute(JobParameters parameters, String key) throws InvalidJobParametersException {
        String value = parameters.getString(key);
        if (value == null) {
            return null;
        }
        Path path = Path.of(value);
        if (!path.isAbsolute()) {
            throw new InvalidJobParametersException(key + ": must be an absolute path, got " + value);
        }
        return path;
    }
}
