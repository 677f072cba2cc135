package com.loyaltybatch.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.loyaltybatch.launch.ExitCodes;
import com.loyaltybatch.launch.api.ApiKeys;
import com.loyaltybatch.support.ApiClient;
import com.loyaltybatch.support.CliRunner;
import com.loyaltybatch.support.HttpApiTest;
import com.loyaltybatch.support.SmtpServerExtension;
import com.loyaltybatch.support.TestData;

/**
 * {@code /actuator/prometheus} of a real server: the statement's outcomes per period, the SMTP
 * send timer, Spring Batch's job and step meters, and the API's requests by route.
 */
@HttpApiTest
class MetricsTest {

    @RegisterExtension
    static final SmtpServerExtension smtp = new SmtpServerExtension();

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        smtp.register(registry);
        registry.add("loyalty.mail.retry.max-retries", () -> "2");
        registry.add("loyalty.mail.retry.delay", () -> "20ms");
        registry.add("loyalty.statement.chunk-size", () -> "2");
    }

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    ApiKeys keys;

    @Autowired
    CliRunner cli;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;

    @BeforeEach
    void setUp() {
        data.reset();
        api = new ApiClient(port, keys.create("metrics-" + System.nanoTime(), false).key());
    }

    @Test
    void theStatementCountsItsMessagesPerPeriodAndOutcomeAndTimesEachSmtpSend() {
        data.activeProgram();
        data.member("Ada", "Lovelace", "ada@example.com", "en", true, null);
        data.member("Bob", "Smith", "bob@example.com", "en", true, null);
        var carl = data.member("Carl", "Doubt", "carl@example.com", "en", true, null);
        data.member("Rita", "Rejected", SmtpServerExtension.REJECTED_PREFIX + "-rita@example.com", "en", true, null);
        data.member("Greta", "Greylisted", SmtpServerExtension.GREYLISTED_PREFIX + "-greta@example.com", "en", true,
                null);
        // an earlier run was stopped while Carl's message was on the wire: it goes again, in doubt
        jdbc.sql("""
                INSERT INTO statement_delivery (period, account_id, status, email, message_id, attempts, uncertain,
                       updated_date)
                VALUES ('2026-10', ?, 'SENDING', 'carl@example.com', 'earlier', 1, FALSE, CURRENT_TIMESTAMP)""")
                .param(carl.id()).update();

        var run = cli.run("run", "monthly-statement", "period=2026-10");

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCodes.COMPLETED_WITH_SKIPS);
        assertThat(run.out()).contains("4 sent, 1 failed, 1 uncertain");
        var scrape = Scrape.of(api.get("/actuator/prometheus").raw().body());
        assertThat(scrape.value("loyalty_statement_messages_total", Map.of("period", "2026-10", "outcome", "sent")))
                .isEqualTo(4);
        assertThat(scrape.value("loyalty_statement_messages_total", Map.of("period", "2026-10", "outcome", "failed")))
                .isEqualTo(1);
        assertThat(scrape.value("loyalty_statement_messages_total",
                Map.of("period", "2026-10", "outcome", "uncertain"))).isEqualTo(1);
        // Greta's first attempt is greylisted (451) and retried: five messages, six attempts
        assertThat(scrape.value("loyalty_smtp_send_seconds_count", Map.of("outcome", "sent"))).isEqualTo(4);
        assertThat(scrape.value("loyalty_smtp_send_seconds_count", Map.of("outcome", "rejected"))).isEqualTo(1);
        assertThat(scrape.value("loyalty_smtp_send_seconds_count", Map.of("outcome", "transient"))).isEqualTo(1);
        assertThat(scrape.value("loyalty_smtp_send_seconds_sum", Map.of("outcome", "sent"))).isPositive();
    }

    @Test
    void springBatchRecordsItsJobsAndSteps() {
        data.activeProgram();
        data.member("Ada", "Lovelace", "ada@example.com", "en", true, null);

        var run = cli.run("run", "monthly-statement", "period=2026-09");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        var scrape = Scrape.of(api.get("/actuator/prometheus").raw().body());
        assertThat(scrape.value("spring_batch_job_seconds_count",
                Map.of("spring_batch_job_name", "monthly-statement", "spring_batch_job_status", "COMPLETED")))
                .isGreaterThanOrEqualTo(1);
        assertThat(scrape.value("spring_batch_step_seconds_count",
                Map.of("spring_batch_step_name", "monthly-statement-send", "spring_batch_step_status", "COMPLETED")))
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void apiRequestsAreCountedByRouteNotByRawPath() {
        data.activeProgram();
        String contactId = data.contact("ana@example.com").id();
        String accountId = api.post("/loyalty-accounts/v1/accounts", Map.of("contactId", contactId)).body()
                .at("/account/id").asString();

        assertThat(api.get("/loyalty-programs/v1/program").status()).isEqualTo(200);
        assertThat(api.get("/loyalty-accounts/v1/accounts/" + accountId).status()).isEqualTo(200);
        assertThat(api.withKey(null).get("/loyalty-accounts/v1/accounts/" + accountId).status()).isEqualTo(401);

        String text = api.get("/actuator/prometheus").raw().body();
        var scrape = Scrape.of(text);
        assertThat(scrape.value("http_server_requests_seconds_count", Map.of("method", "GET", "status", "200",
                "uri", "/loyalty-programs/v1/program"))).isGreaterThanOrEqualTo(1);
        assertThat(scrape.value("http_server_requests_seconds_count", Map.of("method", "GET", "status", "200",
                "uri", "/loyalty-accounts/v1/accounts/{id}"))).isGreaterThanOrEqualTo(1);
        // refused before it reached a route: no template, and still not the raw path
        assertThat(scrape.value("http_server_requests_seconds_count", Map.of("method", "GET", "status", "401",
                "uri", "UNKNOWN"))).isGreaterThanOrEqualTo(1);
        assertThat(text).doesNotContain(accountId);
    }
}
