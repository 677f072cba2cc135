package com.loyaltybatch.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.loyaltybatch.launch.ExitCodes;
import com.loyaltybatch.support.CliRunner;
import com.loyaltybatch.support.LoyaltyTest;
import com.loyaltybatch.support.TestData;

/** With a public URL, a signing secret shorter than 32 bytes stops the statement and {@code serve} before anything happens. */
@LoyaltyTest
class UnsubscribeSecretRefusedTest {

    static final String WEAK = "not-32-bytes-long";
    static final Path outbox = Path.of("target", "unsubscribe-refused-outbox");

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("loyalty.public-url", () -> "https://loyalty.shop.example.com");
        registry.add("loyalty.statement.unsubscribe.secret", () -> WEAK);
        registry.add("loyalty.mail.outbox", outbox::toString);
    }

    @Autowired
    TestData testData;

    @Autowired
    CliRunner cli;

    @BeforeEach
    void member() {
        testData.reset();
        testData.activeProgram();
        testData.member("Ada", "Lovelace", "ada@example.com", "en", true, null);
    }

    @Test
    void theStatementRefusesToRunAndSendsNothing() {
        var run = cli.run("run", "monthly-statement", "period=2026-10");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.out()).contains("Reason: loyalty.statement.unsubscribe.secret must be at least 32 bytes, got 17"
                + " (set LOYALTY_STATEMENT_UNSUBSCRIBE_SECRET");
        assertThat(run.out() + run.err()).doesNotContain(WEAK);
        assertThat(Files.exists(outbox.resolve("2026-10"))).isFalse();
    }

    @Test
    void serveRefusesToStartWithOneLine() {
        var serve = cli.run("serve");

        assertThat(serve.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(serve.err()).isEqualTo("error: loyalty.statement.unsubscribe.secret must be at least 32 bytes,"
                + " got 17 (set LOYALTY_STATEMENT_UNSUBSCRIBE_SECRET, e.g. to the output of openssl rand -base64 32)\n");
        assertThat(serve.out()).doesNotContain("Scheduling");
    }
}
