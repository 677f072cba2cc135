package com.loyaltybatch.launch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.loyaltybatch.launch.api.ApiKeys;
import com.loyaltybatch.support.HttpApiTest;
import com.loyaltybatch.support.TestData;

/**
 * Who may open what: health, the opt-out page and the sign-in form are open; the API, the jobs
 * and the actuator's other endpoints take an API key and nothing else; the dashboard and previews
 * take a dashboard user and nothing else, and its forms a CSRF token.
 */
@HttpApiTest
class WebAccessTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    ApiKeys keys;

    @Autowired
    JdbcClient jdbc;

    String key;
    String login = StatementPreviewPageTest.basic(HttpApiTest.DASHBOARD_USER, HttpApiTest.DASHBOARD_PASSWORD);

    @BeforeEach
    void setUp() {
        data.reset();
        key = keys.create("access-" + System.nanoTime(), false).key();
    }

    @Test
    void healthTheOptOutPageAndTheSignInFormAreOpen() throws Exception {
        assertThat(get("/actuator/health", null).statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
        assertThat(get("/unsubscribe/not-a-token", null).statusCode()).isEqualTo(400);
        assertThat(post("/unsubscribe/not-a-token", null, "List-Unsubscribe=One-Click").statusCode()).isEqualTo(400);
        assertThat(get("/login", null).statusCode()).isEqualTo(200);
        assertThat(get("/dashboard/dashboard.js", null).statusCode()).isEqualTo(200);
    }

    @Test
    void theApiTheJobsAndTheActuatorTakeAnApiKeyAndNotADashboardUser() throws Exception {
        for (String path : List.of("/jobs", "/jobs/executions", "/jobs/executions/1", "/loyalty-programs/v1/program",
                "/_api/loyalty-programs/v1/program", "/actuator", "/actuator/prometheus", "/actuator/health/../prometheus")) {
            assertThat(get(path, null).statusCode()).as("%s without a key", path).isEqualTo(401);
            assertThat(get(path, login).statusCode()).as("%s with a dashboard user", path).isEqualTo(401);
        }
        assertThat(post("/jobs/monthly-statement/executions", null, "{}").statusCode()).isEqualTo(401);
        assertThat(get("/jobs", key).statusCode()).isEqualTo(200);
        assertThat(get("/loyalty-programs/v1/program", key).statusCode()).isEqualTo(200);
    }

    @Test
    void theDashboardAndPreviewsTakeADashboardUserAndNotAnApiKey() throws Exception {
        for (String path : List.of("/", "/dashboard", "/dashboard/live", "/dashboard/executions/1",
                "/dashboard/executions/1/live", "/statements/2026-10/some-account/preview", "/anything-else")) {
            assertThat(get(path, null).statusCode()).as("%s anonymous", path).isEqualTo(401);
            assertThat(get(path, key).statusCode()).as("%s with an API key", path).isEqualTo(401);
            assertThat(get(path, "Bearer " + key).statusCode()).as("%s with an API key as bearer", path).isEqualTo(401);
        }
        var browser = HTTP.send(HttpRequest.newBuilder(uri("/dashboard")).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(browser.statusCode()).isEqualTo(302);
        assertThat(browser.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));

        var signedIn = get("/dashboard", login);
        assertThat(signedIn.statusCode()).isEqualTo(200);
        assertThat(signedIn.body()).contains("<h1>Dashboard", "name=\"_csrf\"");
        assertThat(signedIn.headers().firstValue("Content-Security-Policy")).hasValue(WebSecurity.POLICY);
        assertThat(signedIn.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefusedAndLaunchesNothing() throws Exception {
        data.activeProgram();
        var refused = post("/dashboard/jobs/monthly-statement/launch", login, "param.period=2026-10&param.dry-run=true");
        assertThat(refused.statusCode()).isEqualTo(403);
        var stop = post("/dashboard/executions/1/stop", login, "");
        assertThat(stop.statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION").query(Long.class).single()).isZero();
    }

    @Test
    void usersAreConfiguredWithPasswordHashesOnly() {
        var security = new WebSecurity();
        assertThatThrownBy(() -> security.dashboardUsers(new DashboardProperties(Map.of("ops", "correct horse battery"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("loyalty.dashboard.users.ops: give a password hash");
        assertThatThrownBy(() -> security.dashboardUsers(new DashboardProperties(Map.of("ops", "{noop}plain"))))
                .isInstanceOf(IllegalStateException.class);
        assertThat(security.dashboardUsers(new DashboardProperties(Map.of("ops", HttpApiTest.DASHBOARD_PASSWORD_HASH)))
                .loadUserByUsername("ops").getPassword()).isEqualTo(HttpApiTest.DASHBOARD_PASSWORD_HASH);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        var request = HttpRequest.newBuilder(uri(path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String authorization, String form) throws Exception {
        var request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
