package com.loyaltybatch.launch.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.loyaltybatch.batch.LaunchParameters;
import com.loyaltybatch.support.ApiClient;
import com.loyaltybatch.support.CliRunner;
import com.loyaltybatch.support.HttpApiTest;
import com.loyaltybatch.support.KilledRuns;
import com.loyaltybatch.support.TestData;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Jobs over HTTP: the same jobs, checks and JSON as {@code jobs}, {@code run}, {@code status},
 * {@code stop}, {@code restart} and {@code recover}, behind an API key that must not be read-only
 * to act.
 */
@HttpApiTest
class JobsApiTest {

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    ApiKeys keys;

    @Autowired
    CliRunner cli;

    @Autowired
    JobRepository repository;

    @Autowired
    java.util.List<LaunchParameters> launchParameters;

    private final JsonMapper json = JsonMapper.builder().build();
    private ApiClient api;
    private ApiClient readOnly;

    @BeforeEach
    void setUp() {
        data.reset();
        data.activeProgram();
        for (int i = 0; i < 12; i++) {
            data.member("Member", "No" + i, "jobs" + i + "@example.com", "en", true, null);
        }
        api = new ApiClient(port, keys.create("jobs-" + System.nanoTime(), false).key());
        readOnly = new ApiClient(port, keys.create("jobs-ro-" + System.nanoTime(), true).key());
    }

    @Test
    void theJobsAreListedAsTheCommandListsThem() {
        var listed = readOnly.get("/jobs");
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body()).isEqualTo(tree(cli.run("jobs", "--format", "json").out()));
        assertThat(listed.body().findValuesAsString("name")).contains("monthly-statement", "expire-points");
        assertThat(readOnly.get("/jobs?all=true").body()).isEqualTo(tree(cli.run("jobs", "--all", "--format", "json").out()));
        assertThat(api.withKey(null).get("/jobs").status()).isEqualTo(401);
    }

    @Test
    void aLaunchAnswersOnceStartedAndItsStatusIsTheCommandsJson() throws Exception {
        var launched = api.post("/jobs/monthly-statement/executions",
                Map.of("parameters", Map.of("period", "2026-10", "dry-run", true)));
        assertThat(launched.status()).as(launched.raw().body()).isEqualTo(200);
        long id = launched.body().get("executionId").asLong();
        assertThat(launched.body().get("jobName").asString()).isEqualTo("monthly-statement");
        assertThat(launched.body().get("status").asString()).isEqualTo("STARTED");
        assertThat(launched.body().get("parameters").get("dry-run").asString()).isEqualTo("true");

        JsonNode finished = awaitEnd(id);
        assertThat(finished.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(finished.get("result").get("rendered").asLong()).isEqualTo(12);
        assertThat(finished).isEqualTo(tree(cli.run("status", Long.toString(id), "--format", "json").out()));
        assertThat(finished.has("details")).isTrue();

        var listed = readOnly.get("/jobs/executions?job=monthly-statement&status=COMPLETED&limit=5");
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body()).isEqualTo(tree(cli.run("status", "--job", "monthly-statement", "--status",
                "COMPLETED", "--limit", "5", "--format", "json").out()));
        assertThat(listed.body().get(0).get("executionId").asLong()).isEqualTo(id);
        assertThat(readOnly.get("/jobs/executions").body()).isEqualTo(tree(cli.run("status", "--format", "json").out()));
        assertThat(readOnly.get("/jobs/executions?status=FAILED").body().size()).isZero();
    }

    @Test
    void badLaunchesAreRefusedWithTheReasonAndLaunchNothing() {
        var unknownJob = api.post("/jobs/no-such-job/executions", Map.of());
        assertThat(unknownJob.status()).isEqualTo(400);
        assertThat(field(unknownJob)).isEqualTo("job");
        assertThat(unknownJob.body().get("message").asString()).contains("no job named 'no-such-job'");

        var unknownKey = api.post("/jobs/monthly-statement/executions", Map.of("parameters", Map.of("perod", "2026-10")));
        assertThat(unknownKey.status()).isEqualTo(400);
        assertThat(field(unknownKey)).isEqualTo("perod");

        var badValue = api.post("/jobs/monthly-statement/executions", Map.of("parameters", Map.of("period", "2026-13")));
        assertThat(badValue.status()).isEqualTo(400);
        assertThat(badValue.body().get("message").asString()).contains("2026-13");

        var nested = api.post("/jobs/monthly-statement/executions", Map.of("parameters", Map.of("period", Map.of("y", 1))));
        assertThat(nested.status()).isEqualTo(400);
        assertThat(field(nested)).isEqualTo("parameters.period");

        assertThat(readOnly.get("/jobs/executions").body().size()).isZero();
        var forbidden = readOnly.post("/jobs/monthly-statement/executions", Map.of());
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(readOnly.get("/jobs/executions?status=RUNNING").status()).isEqualTo(400);
        assertThat(readOnly.get("/jobs/executions?limit=0").status()).isEqualTo(400);
        assertThat(readOnly.get("/jobs/executions?job=nope").status()).isEqualTo(400);
        assertThat(readOnly.get("/jobs/executions/987654").status()).isEqualTo(404);
    }

    @Test
    void aCompletedInstanceIsNotLaunchedTwice() throws Exception {
        var first = api.post("/jobs/monthly-statement/executions", Map.of("parameters", Map.of("period", "2026-09")));
        assertThat(first.status()).isEqualTo(200);
        assertThat(awaitEnd(first.body().get("executionId").asLong()).get("status").asString()).isEqualTo("COMPLETED");

        var again = api.post("/jobs/monthly-statement/executions", Map.of("parameters", Map.of("period", "2026-09")));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("message").asString()).contains("already completed for dry-run=false, period=2026-09");
    }

    @Test
    void recoverThenRestartFollowTheCommands() throws Exception {
        long id = leftRunning("2026-08");
        assertThat(readOnly.post("/jobs/executions/" + id + "/recover", Map.of()).status()).isEqualTo(403);
        var tooEarly = api.post("/jobs/executions/" + id + "/restart", Map.of());
        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(tooEarly.body().get("message").asString()).contains("recover " + id);

        var recovered = api.post("/jobs/executions/" + id + "/recover", Map.of());
        assertThat(recovered.status()).isEqualTo(200);
        assertThat(recovered.body().get("status").asString()).isEqualTo("FAILED");
        var status = (tools.jackson.databind.node.ObjectNode) tree(cli.run("status", Long.toString(id), "--format", "json").out());
        status.remove("details");
        assertThat(recovered.body()).isEqualTo(status);
        assertThat(api.post("/jobs/executions/" + id + "/recover", Map.of()).status()).isEqualTo(409);

        var restarted = api.post("/jobs/executions/" + id + "/restart", Map.of());
        assertThat(restarted.status()).as(restarted.raw().body()).isEqualTo(200);
        long next = restarted.body().get("executionId").asLong();
        assertThat(next).isGreaterThan(id);
        assertThat(restarted.body().get("parameters").get("period").asString()).isEqualTo("2026-08");
        assertThat(awaitEnd(next).get("status").asString()).isEqualTo("COMPLETED");

        var stopDone = api.post("/jobs/executions/" + next + "/stop", Map.of());
        assertThat(stopDone.status()).isEqualTo(409);
        assertThat(stopDone.body().get("message").asString()).contains("COMPLETED, not running");
        assertThat(api.post("/jobs/executions/" + next + "/restart", Map.of()).status()).isEqualTo(409);
        assertThat(api.post("/jobs/executions/987654/stop", Map.of()).status()).isEqualTo(404);
    }

    @Test
    void aStoppedExecutionRestartsFromWhereItStopped() throws Exception {
        long id = leftRunning("2026-07");
        assertThat(readOnly.post("/jobs/executions/" + id + "/stop", Map.of()).status()).isEqualTo(403);
        var stopped = api.post("/jobs/executions/" + id + "/stop", Map.of());
        assertThat(stopped.status()).as(stopped.raw().body()).isEqualTo(200);
        assertThat(stopped.body().get("status").asString()).startsWith("STOP");
        assertThat(api.post("/jobs/executions/" + id + "/stop", Map.of()).status()).isEqualTo(409);

        var restarted = api.post("/jobs/executions/" + id + "/restart", Map.of());
        assertThat(restarted.status()).as(restarted.raw().body()).isEqualTo(200);
        assertThat(awaitEnd(restarted.body().get("executionId").asLong()).get("status").asString()).isEqualTo("COMPLETED");
    }

    private long leftRunning(String period) {
        return KilledRuns.statementLeftRunning(repository, launchParameters, period);
    }

    private JsonNode awaitEnd(long id) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            var status = api.get("/jobs/executions/" + id);
            assertThat(status.status()).isEqualTo(200);
            String state = status.body().get("status").asString();
            if (!state.equals("STARTING") && !state.equals("STARTED") && !state.equals("STOPPING")) {
                return status.body();
            }
            assertThat(System.nanoTime()).as("execution %d ended within 60 s", id).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private static String field(ApiClient.Response response) {
        return response.body().get("details").get("validationError").get("fieldViolations").get(0).get("field").asString();
    }

    private JsonNode tree(String text) {
        return json.readTree(text);
    }
}
