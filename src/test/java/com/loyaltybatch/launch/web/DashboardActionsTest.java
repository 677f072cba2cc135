package com.loyaltybatch.launch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.loyaltybatch.batch.LaunchParameters;
import com.loyaltybatch.support.HttpApiTest;
import com.loyaltybatch.support.KilledRuns;
import com.loyaltybatch.support.TestData;

/**
 * The dashboard's buttons as a signed-in browser session presses them (the form posts, with the
 * page's CSRF token): a launch refused with its reason, a stop of a running execution, a restart
 * of the stopped one, each told on the page it leads to.
 */
@HttpApiTest
class DashboardActionsTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    JobRepository repository;

    @Autowired
    java.util.List<LaunchParameters> launchParameters;

    HttpClient browser;

    @BeforeEach
    void signIn() throws Exception {
        data.reset();
        data.activeProgram();
        for (int i = 0; i < 5; i++) {
            data.member("Member", "No" + i, "actions" + i + "@example.com", "en", true, null);
        }
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String token = csrf(get("/login").body());
        var signedIn = post("/login", Map.of("username", HttpApiTest.DASHBOARD_USER, "password",
                HttpApiTest.DASHBOARD_PASSWORD, "_csrf", token));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).contains("/dashboard");
    }

    @Test
    void aRefusedLaunchSaysWhyOnTheDashboard() throws Exception {
        var refused = post("/dashboard/jobs/monthly-statement/launch", Map.of("_csrf", csrf(get("/dashboard").body()),
                "param.period", "2026-13"));
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("/dashboard#launch");
        assertThat(get("/dashboard").body()).contains("monthly-statement was not launched: period: not a month");
        assertThat(get("/dashboard").body()).doesNotContain("was not launched");
    }

    @Test
    void stopThenRestartFromTheDetailPage() throws Exception {
        long id = leftRunning("2026-07");
        String page = get("/dashboard/executions/" + id).body();
        assertThat(page).contains("action=\"/dashboard/executions/" + id + "/stop\"", "data-confirm=\"Stop ");

        var stopped = post("/dashboard/executions/" + id + "/stop", Map.of("_csrf", csrf(page)));
        assertThat(stopped.statusCode()).isEqualTo(302);
        assertThat(stopped.headers().firstValue("Location").orElseThrow()).endsWith("/dashboard/executions/" + id);
        page = get("/dashboard/executions/" + id).body();
        assertThat(page).contains("Execution " + id + " is stopping", "action=\"/dashboard/executions/" + id + "/restart\"");
        assertThat(repository.getJobExecution(id).getStatus()).isEqualTo(BatchStatus.STOPPED);

        var restarted = post("/dashboard/executions/" + id + "/restart", Map.of("_csrf", csrf(page)));
        assertThat(restarted.statusCode()).isEqualTo(302);
        String location = restarted.headers().firstValue("Location").orElseThrow();
        long next = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(next).isGreaterThan(id);
        assertThat(get("/dashboard/executions/" + next).body()).contains("Restarted execution " + id + " as execution " + next);
        awaitEnd(next);

        var again = post("/dashboard/executions/" + id + "/restart", Map.of("_csrf", csrf(get("/dashboard").body())));
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(get("/dashboard/executions/" + id).body()).contains("class=\"error\"");
        assertThat(get("/dashboard/executions/987654").statusCode()).isEqualTo(404);
    }

    /** Waits for a background run to end, so that the next test starts from a quiet database. */
    private void awaitEnd(long id) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (repository.getJobExecution(id).getStatus().isRunning()) {
            assertThat(System.nanoTime()).as("execution %d ended within 60 s", id).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private long leftRunning(String period) {
        return KilledRuns.statementLeftRunning(repository, launchParameters, period);
    }

    private static String csrf(String page) {
        Matcher token = CSRF.matcher(page);
        assertThat(token.find()).as("a CSRF token in the page").isTrue();
        return token.group(1);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        StringBuilder body = new StringBuilder();
        form.forEach((key, value) -> body.append(body.isEmpty() ? "" : "&").append(URLEncoder.encode(key, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return browser.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }
}
