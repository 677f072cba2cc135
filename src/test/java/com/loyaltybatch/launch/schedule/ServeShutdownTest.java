package com.loyaltybatch.launch.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
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
import com.loyaltybatch.support.SmtpServerExtension;
import com.loyaltybatch.support.TestData;

/**
 * {@code serve} in its own process, sent SIGTERM while the statement it launched is sending:
 * the run stops cleanly (STOPPED, not left STARTED) and a restart finishes it, everyone mailed once.
 */
@SpringBootTest(properties = {
        "loyalty.cli.enabled=false",
        "spring.datasource.url=jdbc:h2:file:./target/serve-h2/loyalty;AUTO_SERVER=TRUE",
        "loyalty.clock.fixed=2026-11-15T10:00:00Z"})
@Import({TestData.class, CliRunner.class, Ledger.class})
class ServeShutdownTest {

    static final int MEMBERS = 400;
    @RegisterExtension
    static final SmtpServerExtension smtp = new SmtpServerExtension();

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        smtp.register(registry);
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
    void sigtermStopsTheRunningStatementCleanlyAndARestartFinishesIt(@TempDir Path dir) throws Exception {
        testData.reset();
        testData.activeProgram();
        for (int i = 0; i < MEMBERS; i++) {
            testData.member("Member", "No" + i, "member" + i + "@example.com", "en", true, null);
        }
        Path jobs = Files.createDirectories(dir.resolve("jobs"));
        Files.writeString(jobs.resolve("monthly-statement.yml"), """
                cron: "* * * * * *"
                parameters:
                  period: previous-month
                """);

        Process serve = ChildJvm.start(dir.resolve("serve.log"), LoyaltyApplication.class, "serve",
                "--spring.datasource.url=" + url, "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.port(),
                "--loyalty.clock.fixed=2026-11-15T10:00:00Z", "--loyalty.statement.chunk-size=10",
                "--loyalty.jobs.path=" + jobs, "--server.port=0");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (smtp.getReceivedMessages().length < 40 && serve.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(2);
        }
        serve.destroy();
        assertThat(serve.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String log = Files.readString(dir.resolve("serve.log"));
        assertThat(smtp.getReceivedMessages().length).as(log).isBetween(40, MEMBERS - 1);

        var execution = jdbc.sql("SELECT JOB_EXECUTION_ID, STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID DESC")
                .query().listOfRows();
        assertThat(execution).as(log).hasSize(1);
        assertThat(execution.get(0).get("STATUS")).as(log).isEqualTo("STOPPED");
        assertThat(log).contains("Scheduler stopped");

        var restarted = cli.run("restart", execution.get(0).get("JOB_EXECUTION_ID").toString());

        assertThat(restarted.exitCode()).as(restarted.err()).isZero();
        assertThat(restarted.out()).contains(MEMBERS + " sent, 0 failed, 0 uncertain");
        assertThat(smtp.receivedPerRecipient()).hasSize(MEMBERS).allSatisfy((to, count) -> assertThat(count).isEqualTo(1));
    }
}
