package com.loyaltybatch.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.loyaltybatch.support.CliRunner;
import com.loyaltybatch.support.LoyaltyTest;
import com.loyaltybatch.support.SmtpServerExtension;
import com.loyaltybatch.support.TestData;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code status}: recent executions and one in detail, as JSON and as a table, from real statement runs. */
@LoyaltyTest
class StatusCommandTest {

    @RegisterExtension
    static final SmtpServerExtension smtp = new SmtpServerExtension();
    static final String ISO_INSTANT = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,3})?Z";

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        smtp.register(registry);
        registry.add("loyalty.mail.retry.max-retries", () -> "1");
        registry.add("loyalty.mail.retry.delay", () -> "10ms");
        registry.add("loyalty.statement.chunk-size", () -> "3");
        registry.add("loyalty.statement.max-failed-deliveries", () -> "1");
    }

    @Autowired
    CliRunner cli;

    @Autowired
    TestData testData;

    @Autowired
    JsonMapper json;

    @BeforeEach
    void members() throws Exception {
        testData.reset();
        testData.activeProgram();
        testData.member("Ada", "Lovelace", "ada@example.com", "en", true, null);
        testData.member("Alan", "Turing", "alan@example.com", "en", true, null);
        testData.member("Grace", "Hopper", "grace@example.com", "en", true, null);
        testData.member("No", "Email", null, "en", true, null);
        testData.member("Una", "Subscribed", "una@example.com", "en", false, null);
    }

    @Test
    void aCompletedStatementIsListedWithItsParametersStepsAndResult() {
        long executionId = run("monthly-statement", "period=2026-10");

        JsonNode list = status("--format", "json");

        assertThat(list.isArray()).isTrue();
        assertThat(list).hasSize(1);
        JsonNode execution = list.get(0);
        assertThat(execution.get("executionId").asLong()).isEqualTo(executionId);
        assertThat(execution.get("jobName").asString()).isEqualTo("monthly-statement");
        assertThat(execution.get("parameters").properties()).extracting(e -> e.getKey() + "=" + e.getValue().asString())
                .containsExactly("dry-run=false", "period=2026-10");
        assertThat(execution.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(execution.get("exitCode").asString()).isEqualTo("COMPLETED");
        assertThat(execution.get("startTime").asString()).matches(ISO_INSTANT);
        assertThat(execution.get("endTime").asString()).matches(ISO_INSTANT);
        JsonNode send = execution.get("steps").get(1);
        assertThat(send.get("stepName").asString()).isEqualTo("monthly-statement-send");
        assertThat(send.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(send.get("readCount").asLong()).isEqualTo(5);
        assertThat(send.get("writeCount").asLong()).isEqualTo(3);
        assertThat(send.get("filterCount").asLong()).isEqualTo(2);
        assertThat(send.get("skipCount").asLong()).isZero();
        assertThat(send.get("failures")).isEmpty();
        JsonNode result = execution.get("result");
        assertThat(result.get("sent").asLong()).isEqualTo(3);
        assertThat(result.get("failed").asLong()).isZero();
        assertThat(result.get("filtered.NO_EMAIL").asLong()).isEqualTo(1);
        assertThat(result.get("summary").asString()).startsWith("period 2026-10: 3 sent");
        assertThat(execution.has("details")).isFalse();
    }

    @Test
    void aFailedStatementAndItsRestartAreListedNewestFirstEachWithItsOwnOutcome() {
        rejectedMembers();
        var failed = cli.run("run", "monthly-statement", "period=2026-10", "--format", "json");
        assertThat(failed.exitCode()).isEqualTo(ExitCodes.FAILED);
        long failedId = json.readTree(failed.out()).get("executionId").asLong();
        var restarted = cli.run("restart", Long.toString(failedId), "--format", "json");
        assertThat(restarted.exitCode()).as(restarted.err()).isEqualTo(ExitCodes.COMPLETED_WITH_SKIPS);
        long restartId = json.readTree(restarted.out()).get("executionId").asLong();

        JsonNode list = status("--format", "json");

        assertThat(list).extracting(e -> e.get("executionId").asLong()).containsExactly(restartId, failedId);
        JsonNode restart = list.get(0);
        assertThat(restart.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(restart.get("exitCode").asString()).isEqualTo("COMPLETED_WITH_FAILURES");
        assertThat(restart.get("result").get("sent").asLong()).isEqualTo(3);
        assertThat(restart.get("result").get("failed").asLong()).isEqualTo(2);
        JsonNode broken = list.get(1);
        assertThat(broken.get("status").asString()).isEqualTo("FAILED");
        assertThat(broken.get("exitCode").asString()).isEqualTo("FAILED");
        assertThat(broken.get("parameters")).isEqualTo(restart.get("parameters"));
        assertThat(broken.get("steps").get(1).get("status").asString()).isEqualTo("FAILED");
        assertThat(broken.get("steps").get(1).get("failures")).extracting(JsonNode::asString)
                .contains("TooManyFailedDeliveriesException: 2 deliveries rejected in this execution, more than"
                        + " loyalty.statement.max-failed-deliveries=1; fix the cause, then restart: what went out is not sent again");
        assertThat(restart.get("steps").get(1).get("failures")).isEmpty();
    }

    @Test
    void theDetailOfAnExecutionNamesStepFailuresTheFailedDeliveriesMaskedAndTheFilteredReasons() {
        rejectedMembers();
        var failed = cli.run("run", "monthly-statement", "period=2026-10", "--format", "json");
        long failedId = json.readTree(failed.out()).get("executionId").asLong();
        var restarted = cli.run("restart", Long.toString(failedId), "--format", "json");
        long restartId = json.readTree(restarted.out()).get("executionId").asLong();

        var failedDetail = cli.run("status", Long.toString(failedId), "--format", "json");
        var restartDetail = cli.run("status", Long.toString(restartId), "--format", "json");

        assertThat(failedDetail.exitCode()).as(failedDetail.err()).isZero();
        JsonNode send = json.readTree(failedDetail.out()).get("steps").get(1);
        assertThat(send.get("failures")).extracting(JsonNode::asString)
                .anySatisfy(line -> assertThat(line).startsWith("TooManyFailedDeliveriesException: 2 deliveries rejected"))
                .allSatisfy(line -> assertThat(line).doesNotContain("\n", "org.springframework."));
        assertThat(json.readTree(failedDetail.out()).get("steps").get(0).get("failures")).isEmpty();
        for (var detail : List.of(failedDetail, restartDetail)) {
            assertThat(detail.out()).doesNotContain("rejected-one@", "rejected-two@", "ada@example.com");
        }
        JsonNode execution = json.readTree(restartDetail.out());
        assertThat(execution.get("executionId").asLong()).isEqualTo(restartId);
        JsonNode deliveries = execution.get("details").get("failedDeliveries");
        assertThat(deliveries).hasSize(2);
        assertThat(deliveries).extracting(d -> d.get("email").asString())
                .containsExactly("r***@example.com", "r***@example.com");
        assertThat(deliveries.get(0).get("accountId").asString()).isNotBlank();
        assertThat(deliveries.get(0).get("reply").asString())
                .isEqualTo("550 5.1.1 <r***@example.com>: Recipient address rejected: User unknown");
        JsonNode filtered = execution.get("details").get("filtered");
        assertThat(filtered).extracting(f -> f.get("reason").asString() + "=" + f.get("count").asLong())
                .containsExactly("NO_EMAIL=1", "UNSUBSCRIBED=1", "NOT_A_MEMBER=0");
    }

    @Test
    void runAndStatusPrintAnExecutionInTheSameShape() {
        var run = cli.run("run", "monthly-statement", "period=2026-10", "--format", "json");
        JsonNode launched = json.readTree(run.out());

        JsonNode listed = status("--format", "json").get(0);

        List<String> fields = new ArrayList<>();
        launched.propertyNames().forEach(fields::add);
        assertThat(fields).containsExactly("executionId", "jobName", "parameters", "status", "exitCode",
                "exitDescription", "startTime", "endTime", "steps", "result");
        assertThat(listed).isEqualTo(launched);
    }

    @Test
    void theTableHasARowPerExecutionWithItsTotals() {
        long statement = run("monthly-statement", "period=2026-10");
        assertThat(cli.run("program", "update", "--point-name", "Stars").exitCode()).isZero();

        var table = cli.run("status");

        assertThat(table.exitCode()).as(table.err()).isZero();
        List<String> lines = table.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("ID").contains("JOB", "PARAMETERS", "STATUS", "EXIT CODE", "STARTED (UTC)",
                "DURATION", "READ", "WRITTEN", "FILTERED", "SKIPPED");
        assertThat(lines.get(1)).contains("program-update", "pointName=Stars", "COMPLETED").doesNotContain("launch.id");
        assertThat(lines.get(2)).startsWith(Long.toString(statement)).contains("monthly-statement",
                "dry-run=false period=2026-10", "COMPLETED");
        assertThat(lines.get(2).split("\\s+")).endsWith("5", "3", "2", "0");
        assertThat(lines.get(1).indexOf("COMPLETED")).isEqualTo(lines.get(2).indexOf("COMPLETED"));
    }

    @Test
    void theTableOfOneExecutionShowsItsStepsFailuresAndSections() {
        rejectedMembers();
        var failed = cli.run("run", "monthly-statement", "period=2026-10", "--format", "json");
        long failedId = json.readTree(failed.out()).get("executionId").asLong();

        var detail = cli.run("status", Long.toString(failedId));

        assertThat(detail.exitCode()).as(detail.err()).isZero();
        assertThat(detail.out()).contains("Execution " + failedId + " of monthly-statement: FAILED",
                "Parameters:  dry-run=false period=2026-10", "monthly-statement-send",
                "! monthly-statement-send: TooManyFailedDeliveriesException: 2 deliveries rejected", "Failed deliveries of 2026-10:",
                "ACCOUNT ID", "r***@example.com", "550 5.1.1", "Filtered accounts by reason:", "NO_EMAIL")
                .doesNotContain("rejected-one@example.com");
    }

    @Test
    void jobAndLimitNarrowTheListAndAnEmailParameterIsMasked() {
        run("monthly-statement", "period=2026-09");
        run("monthly-statement", "period=2026-10");
        assertThat(cli.run("contacts", "unsubscribe", "grace@example.com").exitCode()).isZero();

        JsonNode statements = status("--job", "monthly-statement", "--format", "json");
        JsonNode latest = status("--limit", "1", "--format", "json");

        assertThat(statements).extracting(e -> e.get("parameters").get("period").asString())
                .containsExactly("2026-10", "2026-09");
        assertThat(latest).hasSize(1);
        assertThat(latest.get(0).get("jobName").asString()).isEqualTo("contacts-unsubscribe");
        assertThat(latest.get(0).get("parameters").get("email").asString()).isEqualTo("g***@example.com");
        for (String format : List.of("table", "json", "html")) {
            assertThat(cli.run("status", "--format", format).out()).contains("g***@example.com")
                    .doesNotContain("grace@example.com");
        }
    }

    @Test
    void outputWritesTheReportToTheFileInsteadOfStdout(@TempDir Path dir) throws Exception {
        long executionId = run("monthly-statement", "period=2026-10");

        for (String format : List.of("table", "json", "html")) {
            Path file = dir.resolve("status." + format);
            var written = cli.run("status", "--format", format, "--output", file.toString());
            assertThat(written.exitCode()).as(written.err()).isZero();
            assertThat(written.out()).isEmpty();
            assertThat(Files.readString(file)).isEqualTo(cli.run("status", "--format", format).out());
        }
        assertThat(json.readTree(Files.readString(dir.resolve("status.json"))).get(0).get("executionId").asLong())
                .isEqualTo(executionId);
        Path detail = dir.resolve("detail.html");
        assertThat(cli.run("status", Long.toString(executionId), "--format", "html", "--output", detail.toString())
                .exitCode()).isZero();
        assertThat(Files.readString(detail)).startsWith("<!DOCTYPE html>").contains("monthly-statement-send");
    }

    @Test
    void anUnknownExecutionIsNotFound() {
        var unknown = cli.run("status", "999999");

        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(unknown.err()).isEqualTo("error: job execution not found: 999999\n");
        assertThat(unknown.out()).isEmpty();
    }

    @Test
    void badOptionsAreUsageErrorsAndTextIsTheTable() {
        assertThat(cli.run("status", "--format", "xml").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.run("status", "--limit", "0").err()).isEqualTo("error: limit: must be 1 to 1000, got 0\n");
        assertThat(cli.run("status", "--limit", "0").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.run("status", "--job", "nightly-nothing").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.run("status", "--limit", "many").exitCode()).isEqualTo(ExitCodes.USAGE);
        var nowhere = cli.run("status", "--output", "/nonexistent-folder/status.txt");
        assertThat(nowhere.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(nowhere.err()).isEqualTo("error: output: cannot write /nonexistent-folder/status.txt: its folder does not exist\n");
        assertThat(cli.run("status", "--job", "monthly-statement").out()).isEqualTo("No executions of monthly-statement yet.\n");
        run("monthly-statement", "period=2026-10");
        assertThat(cli.run("status", "--format", "text").out()).isEqualTo(cli.run("status").out());
    }

    private void rejectedMembers() {
        testData.member("Gone", "One", "rejected-one@example.com", "en", true, null);
        testData.member("Gone", "Two", "rejected-two@example.com", "en", true, null);
    }

    private long run(String job, String... parameters) {
        List<String> args = new ArrayList<>(List.of("run", job));
        args.addAll(List.of(parameters));
        args.addAll(List.of("--format", "json"));
        var run = cli.run(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return json.readTree(run.out()).get("executionId").asLong();
    }

    private JsonNode status(String... args) {
        List<String> command = new ArrayList<>(List.of("status"));
        command.addAll(List.of(args));
        var status = cli.run(command.toArray(String[]::new));
        assertThat(status.exitCode()).as(status.err()).isZero();
        return json.readTree(status.out());
    }
}
