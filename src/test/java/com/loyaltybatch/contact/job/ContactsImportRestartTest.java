package com.loyaltybatch.contact.job;

import static com.loyaltybatch.contact.job.ImportFiles.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.loyaltybatch.contact.ContactService;
import com.loyaltybatch.launch.JobFailedException;
import com.loyaltybatch.launch.JobRunner;
import com.loyaltybatch.support.LoyaltyTest;
import com.loyaltybatch.support.TestData;

/** A run that fails half-way (here: the database fails a write) is restarted and finishes the file. */
@LoyaltyTest
class ContactsImportRestartTest {

    static final int ROWS = 2500;
    static final int OUTAGE_AT = 1500;

    @Autowired
    JobRunner jobs;

    @Autowired
    JobOperator operator;

    @Autowired
    JobRepository repository;

    @Autowired
    ContactService contacts;

    @Autowired
    ContactsImportProperties properties;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestData data;

    @TempDir
    Path dir;

    @BeforeEach
    void emptyInstallation() {
        data.reset();
    }

    @AfterEach
    void endOutage() {
        jdbc.sql("DROP TRIGGER IF EXISTS contact_outage").update();
    }

    @Test
    void aFailedImportRestartsWhereItsLastCommitLeftOff() throws Exception {
        assertThat(properties.chunkSize()).as("the file spans three chunks").isEqualTo(1000);
        Path file = dir.resolve("contacts.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("email,first_name\n");
            for (int i = 1; i <= ROWS; i++) {
                String email = i == 500 || i == 1200 ? "bad-" + i : "customer" + i + "@example.com";
                out.write(email + "," + (i == OUTAGE_AT ? "Outage" : "Customer") + "\n");
            }
        }
        jdbc.sql("CREATE TRIGGER contact_outage BEFORE INSERT ON contact FOR EACH ROW CALL '"
                + Outage.class.getName() + "'").update();

        var failure = assertThatExceptionOfType(JobFailedException.class).isThrownBy(() -> jobs.runInstance(
                ContactJobs.IMPORT.name(), new JobParametersBuilder().addString("file", file.toString())))
                .actual();

        assertThat(contacts.count()).as("the first chunk, without its bad row").isEqualTo(999);
        endOutage();
        var restarted = operator.restart(repository.getJobExecution(failure.executionId()));

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(contacts.count()).isEqualTo(ROWS - 2);
        assertThat(restarted.getExecutionContext().getLong("inserted")).isEqualTo(ROWS - 2);
        assertThat(restarted.getExecutionContext().getLong("rejected")).isEqualTo(2);
        assertThat(lines(dir.resolve("contacts.rejects.csv"))).as("each rejected row once").containsExactly(
                "email,first_name,reason",
                "bad-500,Customer,line 501: email: not a valid address: bad-500",
                "bad-1200,Customer,line 1201: email: not a valid address: bad-1200");
    }

    /** Stands for a passing database failure: refuses the insert of one row with an error that is not about its data. */
    public static class Outage implements Trigger {

        @Override
        public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
            if ("Outage".equals(newRow[3])) {
                throw new SQLException("could not serialize access", "40001");
            }
        }
    }
}
