package com.loyaltybatch.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.loyaltybatch.launch.ExitCodes;
import com.loyaltybatch.support.CliRunner;
import com.loyaltybatch.support.LoyaltyTest;
import com.loyaltybatch.support.SmtpServerExtension;
import com.loyaltybatch.support.TestData;

import tools.jackson.databind.json.JsonMapper;

/** A run broken in the middle of sending, then restarted: nothing lost, nothing repeated needlessly. */
@LoyaltyTest
@Import(FaultInjector.class)
class StatementRestartTest {

    static final int MEMBERS = 10;
    @RegisterExtension
    static final SmtpServerExtension smtp = new SmtpServerExtension();

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        smtp.register(registry);
        registry.add("loyalty.mail.retry.max-retries", () -> "1");
        registry.add("loyalty.mail.retry.delay", () -> "10ms");
        registry.add("loyalty.statement.chunk-size", () -> "3");
        // one connection, so "the 5th message" is one exact point in the run
        registry.add("loyalty.mail.connections", () -> "1");
        registry.add("loyalty.statement.max-failed-deliveries", () -> "1");
    }

    @Autowired
    TestData testData;

    @Autowired
    CliRunner cli;

    @Autowired
    FaultInjector faults;

    @Autowired
    JsonMapper json;

    @BeforeEach
    void members() throws Exception {
        testData.reset();
        testData.activeProgram();
        for (int i = 0; i < MEMBERS; i++) {
            testData.member("Member", "No" + i, "member" + i + "@example.com", "en", true, null);
        }
    }

    @AfterEach
    void disarm() {
        faults.disarm();
    }

    @Test
    void aFailureInTheMiddleOfSendingThenRestartLosesNothingAndRepeatsNothing() throws Exception {
        faults.arm(FaultInjector.Fault.FAIL_BEFORE_SENDING, 5);

        var broken = cli.run("run", "monthly-statement", "period=2026-10", "--format", "json");

        assertThat(broken.exitCode()).isEqualTo(ExitCodes.FAILED);
        var text = cli.run("status", json.readTree(broken.out()).get("executionId").asText());
        assertThat(text.out()).contains("421 4.3.2 Service not available");
        assertThat(smtp.receivedPerRecipient()).hasSize(4);
        faults.disarm();
        long executionId = json.readTree(broken.out()).get("executionId").asLong();

        var restarted = cli.run("restart", Long.toString(executionId));

        assertThat(restarted.exitCode()).as(restarted.err()).isZero();
        assertThat(restarted.out()).contains("10 sent, 0 failed, 0 uncertain");
        assertThat(smtp.receivedPerRecipient()).hasSize(MEMBERS).allSatisfy((to, count) -> assertThat(count).isEqualTo(1));
    }

    @Test
    void aCrashRightAfterTheServerAcceptedAMessageRepeatsOnlyThatOneAndReportsItUncertain() throws Exception {
        faults.arm(FaultInjector.Fault.DIE_AFTER_SENDING, 5);

        var crashed = cli.run("run", "monthly-statement", "period=2026-10", "--format", "json");

        assertThat(crashed.exitCode()).isEqualTo(ExitCodes.FAILED);
        faults.disarm();
        var restarted = cli.run("restart", Long.toString(json.readTree(crashed.out()).get("executionId").asLong()));

        assertThat(restarted.exitCode()).as(restarted.err()).isZero();
        assertThat(restarted.out()).contains("10 sent, 0 failed, 1 uncertain");
        Map<String, Long> received = smtp.receivedPerRecipient();
        assertThat(received).hasSize(MEMBERS);
        assertThat(received.values().stream().filter(count -> count == 2)).hasSize(1);
        assertThat(received.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(MEMBERS + 1);
    }

    @Test
    void tooManyRejectionsStopTheRunAndARestartSendsTheRestWithoutRepeating() throws Exception {
        testData.member("Gone", "One", "rejected-one@example.com", "en", true, null);
        testData.member("Gone", "Two", "rejected-two@example.com", "en", true, null);

        var stopped = cli.run("run", "monthly-statement", "period=2026-10", "--format", "json");

        assertThat(stopped.exitCode()).isEqualTo(ExitCodes.FAILED);
        var outcome = json.readTree(stopped.out());
        assertThat(outcome.get("status").asString()).isEqualTo("FAILED");
        assertThat(outcome.get("result").get("failed").asLong()).isEqualTo(2);

        var restarted = cli.run("restart", Long.toString(outcome.get("executionId").asLong()));

        assertThat(restarted.exitCode()).as(restarted.err()).isEqualTo(ExitCodes.COMPLETED_WITH_SKIPS);
        assertThat(restarted.out()).contains("10 sent, 2 failed, 0 uncertain");
        assertThat(smtp.receivedPerRecipient()).hasSize(MEMBERS).allSatisfy((to, count) -> assertThat(count).isEqualTo(1));
    }

    @Test
    void restartingACompletedExecutionIsRefused() throws Exception {
        var done = cli.run("run", "monthly-statement", "period=2026-10", "--format", "json");
        long executionId = json.readTree(done.out()).get("executionId").asLong();

        var again = cli.run("restart", Long.toString(executionId));

        assertThat(again.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(again.err()).isEqualTo("error: execution " + executionId + " already completed; nothing to restart\n");
        assertThat(cli.run("recover", Long.toString(executionId)).exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(cli.run("stop", Long.toString(executionId)).err())
                .isEqualTo("error: execution " + executionId + " is COMPLETED, not running\n");
        assertThat(cli.run("restart", "999999").err()).isEqualTo("error: job execution not found: 999999\n");
        assertThat(smtp.receivedPerRecipient()).hasSize(MEMBERS);
    }

}
