package com.loyaltybatch.contact.job;

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
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;

import com.loyaltybatch.batch.Csv;
import com.loyaltybatch.batch.ImportResult;
import com.loyaltybatch.batch.ManagementJobs;
import com.loyaltybatch.batch.RejectsFile;
import com.loyaltybatch.common.ConflictException;
import com.loyaltybatch.contact.ContactService;

/**
 * {@code contacts-import}: imports a contacts CSV file in chunks. Parameters: {@code file}
 * (required, absolute path), {@code errors} (optional, absolute path; default next to the input,
 * see {@link RejectsFile#besides}); see {@link ContactJobs.Import}.
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

    @Bean
    Job contactsImportJob(JobRepository repository, PlatformTransactionManager transactionManager, ManagementJobs jobs,
            ContactsImportProperties properties, FlatFileItemReader<CsvRow> contactsImportReader,
            ContactsWriter contactsImportWriter, RejectsFile<CsvRow, ImportRow> contactsImportRejects) {
        jobs.register(ContactJobs.IMPORT);
        String name = ContactJobs.IMPORT.name();
        Step step = new StepBuilder(name, repository).<CsvRow, ImportRow>chunk(properties.chunkSize())
                .reader(contactsImportReader)
                .processor(new ContactRowProcessor())
                .writer(contactsImportWriter)
                .transactionManager(transactionManager)
                .faultTolerant()
                .skipPolicy(RejectsFile.skipping(ConflictException.class, DataIntegrityViolationException.class))
                .skipListener(contactsImportRejects)
                .stream(contactsImportRejects)
                .listener(ImportResult.promote(ContactsWriter.INSERTED, ContactsWriter.UPDATED))
                .build();
        return new JobBuilder(name, repository).validator(ContactJobs.IMPORT.validator())
                .listener(ImportResult.rejectedRowsAreFailures()).start(step).build();
    }

    @Bean
    @StepScope
    FlatFileItemReader<CsvRow> contactsImportReader(@Value("#{jobParameters['file']}") String file) {
        CsvHeader header = CsvHeader.read(Path.of(file));
        FlatFileItemReader<CsvRow> reader = new FlatFileItemReader<>(new FileSystemResource(file), header::row);
        reader.setName("contacts");
        reader.setLinesToSkip(1);
        reader.setBufferedReaderFactory(Csv.READERS);
        reader.setRecordSeparatorPolicy(new Csv.QuotedRecords());
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
    RejectsFile<CsvRow, ImportRow> contactsImportRejects(@Value("#{jobParameters['file']}") String file,
            @Value("#{jobParameters['errors']}") String errors) {
        Path input = Path.of(file);
        return RejectsFile.echoing(errors == null ? RejectsFile.besides(input) : Path.of(errors),
                CsvHeader.read(input).line(), ImportRow::row);
    }
}
