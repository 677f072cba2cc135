package com.loyaltybatch.launch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.loyaltybatch.account.Account;
import com.loyaltybatch.support.HttpApiTest;
import com.loyaltybatch.support.Ledger;
import com.loyaltybatch.support.TestData;

/** {@code GET /statements/{period}/{accountId}/preview} on a real server: the member's statement in the browser. */
@HttpApiTest
class StatementPreviewPageTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    Ledger ledger;

    @Autowired
    JdbcClient jdbc;

    Account bob;

    @BeforeEach
    void bobsOctober() {
        data.reset();
        data.activeProgram();
        bob = data.member("Bob", "Smith", "bob@example.com", "en", true, null);
        ledger.record(bob.id(), "EARN", 1000, "Welcome", Instant.parse("2026-09-01T12:00:00Z"));
        ledger.record(bob.id(), "EARN", 250, "Order 1001", Instant.parse("2026-10-05T12:00:00Z"));
        ledger.record(bob.id(), "REDEEM", -100, "Free coffee", Instant.parse("2026-10-20T12:00:00Z"));
    }

    @Test
    void thePageIsTheHtmlOfTheMembersStatementAndRecordsNothing() throws Exception {
        var page = get("/statements/2026-10/" + bob.id() + "/preview");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(page.headers().firstValue(StatementPreviewPage.FILTERED_HEADER)).isEmpty();
        assertThat(page.body()).startsWith("<!DOCTYPE html>").contains("Hello Bob,",
                "<strong>October 2026</strong>", "<strong>1,150</strong> Beans", "<td>Order 1001</td>",
                "<td>Free coffee</td>");
        assertThat(count("statement_delivery") + count("statement_run") + count("BATCH_JOB_EXECUTION")).isZero();
    }

    @Test
    void theTextAndTheWholeMessageOnRequest() throws Exception {
        var text = get("/statements/2026-10/" + bob.id() + "/preview?format=text");
        assertThat(text.statusCode()).isEqualTo(200);
        assertThat(text.headers().firstValue("Content-Type")).hasValue("text/plain;charset=UTF-8");
        assertThat(text.body()).startsWith("Subject: Your Beans in October 2026: 1,150 Beans\n\nHello Bob,")
                .contains("Order 1001  +250");

        var eml = get("/statements/2026-10/" + bob.id() + "/preview?format=eml");
        assertThat(eml.statusCode()).isEqualTo(200);
        assertThat(eml.headers().firstValue("Content-Type")).hasValue("message/rfc822");
        assertThat(eml.body()).contains("To: bob@example.com\r\n",
                "Message-ID: <statement-2026-10-" + bob.id() + "@loyalty.example.com>\r\n", "multipart/alternative");
    }

    @Test
    void anAccountTheStatementWouldLeaveOutIsShownWithTheReason() throws Exception {
        var una = data.member("Una", "Subscribed", "una@example.com", "en", false, null);

        var page = get("/statements/2026-10/" + una.id() + "/preview");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue(StatementPreviewPage.FILTERED_HEADER)).hasValue("the contact unsubscribed");
        assertThat(page.body()).contains("Hello Una,");
    }

    @Test
    void anUnknownAccountIsANotFoundPage() throws Exception {
        var page = get("/statements/2026-10/no-such-account/preview");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
        assertThat(page.body()).contains("account not found: no-such-account");
    }

    @Test
    void aBadPeriodOrFormatIsABadRequestPage() throws Exception {
        var notAMonth = get("/statements/2026-13/" + bob.id() + "/preview");
        assertThat(notAMonth.statusCode()).isEqualTo(400);
        assertThat(notAMonth.body()).contains("period: not a month (YYYY-MM): 2026-13");

        var notEnded = get("/statements/2026-11/" + bob.id() + "/preview");
        assertThat(notEnded.statusCode()).isEqualTo(400);
        assertThat(notEnded.body()).contains("2026-11 has not ended yet");

        var pdf = get("/statements/2026-10/" + bob.id() + "/preview?format=pdf");
        assertThat(pdf.statusCode()).isEqualTo(400);
        assertThat(pdf.body()).contains("format: html, text or eml, got pdf");
    }

    @Test
    void thePageIsNoPartOfTheApiDescription() throws Exception {
        var docs = get("/v3/api-docs");

        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("/loyalty-accounts/v1/accounts").doesNotContain("/statements/");
    }

    @Test
    void thePreviewNeedsADashboardUser() throws Exception {
        var anonymous = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/statements/2026-10/"
                + bob.id() + "/preview")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).doesNotContain("Bob");

        var wrong = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/statements/2026-10/"
                + bob.id() + "/preview")).header("Authorization", basic(HttpApiTest.DASHBOARD_USER, "wrong")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(wrong.statusCode()).isEqualTo(401);
    }

    /** A page as a signed-in dashboard user gets it (HTTP Basic). */
    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", basic(HttpApiTest.DASHBOARD_USER, HttpApiTest.DASHBOARD_PASSWORD)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String basic(String user, String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }
}
