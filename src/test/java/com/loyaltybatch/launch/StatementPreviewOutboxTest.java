package com.loyaltybatch.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.loyaltybatch.support.CliRunner;
import com.loyaltybatch.support.LoyaltyTest;
import com.loyaltybatch.support.TestData;

import jakarta.mail.internet.MimeMessage;

/** {@code statement test-send} without an SMTP server: the message goes to the file outbox, apart from the statements. */
@LoyaltyTest
class StatementPreviewOutboxTest {

    static final Path OUTBOX = Path.of("target", "test-outbox-" + ProcessHandle.current().pid());

    @DynamicPropertySource
    static void outbox(DynamicPropertyRegistry registry) {
        registry.add("loyalty.mail.outbox", OUTBOX::toString);
    }

    @Autowired
    CliRunner cli;

    @Autowired
    TestData testData;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void member() {
        testData.reset();
        testData.activeProgram();
    }

    @Test
    void aTestSendIsWrittenToTheTestSendFolderOfTheOutbox() throws Exception {
        var ada = testData.member("Ada", "Lovelace", "ada@example.com", "en", true, null);

        var sent = cli.run("statement", "test-send", ada.id(), "--to", "tester@example.org", "--period", "2026-10");

        assertThat(sent.exitCode()).as(sent.err()).isZero();
        Path folder = OUTBOX.resolve("test-send");
        assertThat(sent.out()).contains(folder.toAbsolutePath().normalize().toString());
        List<Path> files;
        try (Stream<Path> listed = Files.list(folder)) {
            files = listed.filter(f -> f.toString().contains(ada.id())).toList();
        }
        assertThat(files).hasSize(1);
        MimeMessage message = StatementPreviewCommandTest.parse(Files.readAllBytes(files.get(0)));
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo("tester@example.org");
        assertThat(message.getHeader("X-Loyalty-Test-Send", null)).isEqualTo("true");
        assertThat(message.getSubject()).isEqualTo("Your Beans in October 2026: 0 Beans");
        assertThat(OUTBOX.resolve("2026-10")).doesNotExist();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM statement_delivery").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION").query(Long.class).single()).isZero();
    }
}
