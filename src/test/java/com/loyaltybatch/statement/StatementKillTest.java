package com.loyaltybatch.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.loyaltybatch.LoyaltyApplication;
import com.loyaltybatch.support.ChildJvm;
import com.loyaltybatch.support.CliRunner;
import com.loyaltybatch.support.Ledger;
import com.loyaltybatch.support.TestData;
import com.loyaltybatch.support.TestSmtpServer;

/**
 * The real thing: a separate process runs the statement and is killed with SIGKILL in the middle
 * of sending over two connections; this process recovers and restarts the execution. Every member
 * ends up with their statement, and at most the message on the wire of each connection arrives
 * twice, reported uncertain.
 */
@SpringBootTest(properties = {
        "loyalty.cli.enabled=false",
        "spring.datasource.url=jdbc:h2:file:./target/kill-h2/loyalty;AUTO_SERVER=TRUE",
        "loyalty.clock.fixed=2026-11-15T10:00:00Z"})
@Import({TestData.class, CliRunner.class, Ledger.class})
class StatementKillTest {

    static final int MEMBERS = 400;
    static final int CONNECTIONS = 2;
    static final TestSmtpServer smtp = new TestSmtpServer();

    static {
        smtp.start();
    }

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        smtp.register(registry);
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @Autowired
    TestData testData;

    @Autowired
    CliRunner cli;

    @Autowired
    JdbcClient jdbc;

    @Value("${spring.datasource.url}")
    String url;

    @Test
    void killingTheSendingProcessThenRecoverAndRestartDeliversToEveryMember(@TempDir Path dir) throws Exception {
        testData.reset();
        testData.activeProgram();
        for (int i = 0; i < MEMBERS; i++) {
            testData.member("Member", "No" + i, "member" + i + "@example.com", "en", true, null);
        }
        smtp.purgeEmailFromAllMailboxes();

        Process sender = ChildJvm.start(dir.resolve("sender.log"), LoyaltyApplication.class,
                "run", "monthly-statement", "period=2026-10",
                "--spring.datasource.url=" + url, "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.port(),
                "--loyalty.clock.fixed=2026-11-15T10:00:00Z", "--loyalty.statement.chunk-size=20",
                "--loyalty.mail.connections=" + CONNECTIONS);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (smtp.getReceivedMessages().length < 50 && sender.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(2);
        }
        sender.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        int beforeKill = smtp.getReceivedMessages().length;
        assertThat(beforeKill).as(Files.readString(dir.resolve("sender.log"))).isBetween(50, MEMBERS - 1);

        long executionId = jdbc.sql("SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION").query(Long.class).single();
        assertThat(jdbc.sql("SELECT STATUS FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = ?").param(executionId)
                .query(String.class).single()).isEqualTo("STARTED");
        var refused = cli.run("restart", Long.toString(executionId));
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("run 'recover " + executionId + "' first");

        var recovered = cli.run("recover", Long.toString(executionId));
        assertThat(recovered.exitCode()).as(recovered.err()).isZero();
        var restarted = cli.run("restart", Long.toString(executionId));
        assertThat(restarted.exitCode()).as(restarted.err()).isZero();

        Map<String, Long> received = smtp.receivedPerRecipient();
        assertThat(received).hasSize(MEMBERS);
        long duplicates = received.values().stream().mapToLong(count -> count - 1).sum();
        assertThat(duplicates).isLessThanOrEqualTo(CONNECTIONS);
        long uncertain = jdbc.sql("SELECT COUNT(*) FROM statement_delivery WHERE uncertain").query(Long.class).single();
        assertThat(uncertain).isGreaterThanOrEqualTo(duplicates).isLessThanOrEqualTo(CONNECTIONS);
        assertThat(restarted.out()).contains(MEMBERS + " sent, 0 failed, " + uncertain + " uncertain");
    }
}
