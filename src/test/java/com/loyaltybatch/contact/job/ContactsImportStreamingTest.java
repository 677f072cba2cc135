package com.loyaltybatch.contact.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.beans.factory.annotation.Autowired;

import com.loyaltybatch.contact.ContactService;
import com.loyaltybatch.launch.JobRunner;
import com.loyaltybatch.support.LoyaltyTest;
import com.loyaltybatch.support.TestData;

@LoyaltyTest
class ContactsImportStreamingTest {

    static final int ROWS = 50_000;

    @Autowired
    JobRunner jobs;

    @Autowired
    ContactService contacts;

    @Autowired
    ContactsImportProperties properties;

    @Autowired
    TestData data;

    @TempDir
    Path dir;

    @BeforeEach
    void emptyInstallation() {
        data.reset();
    }

    @Test
    void aLargeFileIsImportedChunkByChunkEachInItsOwnCommit() throws IOException {
        Path file = dir.resolve("large.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("email,first_name,last_name,subscribed\n");
            for (int i = 0; i < ROWS; i++) {
                out.write("customer" + i + "@example.com,Customer,Number " + i + "," + (i % 3 == 0 ? "no" : "yes") + "\n");
            }
        }

        var execution = jobs.runInstance(ContactJobs.IMPORT.name(),
                new JobParametersBuilder().addString("file", file.toString()));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        var step = execution.getStepExecutions().iterator().next();
        assertThat(step.getReadCount()).isEqualTo(ROWS);
        assertThat(step.getWriteCount()).isEqualTo(ROWS);
        assertThat(step.getCommitCount()).as("one commit per chunk of %d rows", properties.chunkSize())
                .isEqualTo(ROWS / properties.chunkSize());
        assertThat(execution.getExecutionContext().getLong("inserted")).isEqualTo(ROWS);
        assertThat(contacts.count()).isEqualTo(ROWS);
        assertThat(contacts.findByEmail("customer49999@example.com")).hasValueSatisfying(
                c -> assertThat(c.name().last()).isEqualTo("Number 49999"));
    }
}
