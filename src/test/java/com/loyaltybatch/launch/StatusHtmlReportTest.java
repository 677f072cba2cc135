package com.loyaltybatch.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.loyaltybatch.support.CliRunner;
import com.loyaltybatch.support.HeadlessChromium;
import com.loyaltybatch.support.LoyaltyTest;
import com.loyaltybatch.support.SmtpServerExtension;
import com.loyaltybatch.support.TestData;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@code status --format html} over a few months of statements: a completed month, one with a
 * rejected recipient, a rehearsal, and a month whose run failed with the mail server down and
 * was restarted. Checked as text and in a real browser (headless Chromium) when one is installed.
 */
@LoyaltyTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatusHtmlReportTest {

    @RegisterExtension
    static final SmtpServerExtension smtp = new SmtpServerExtension();

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        smtp.register(registry);
        registry.add("loyalty.mail.retry.max-retries", () -> "1");
        registry.add("loyalty.mail.retry.delay", () -> "10ms");
    }

    @Autowired
    CliRunner cli;

    @Autowired
    TestData testData;

    @Autowired
    JsonMapper json;

    long failedRun;

    @BeforeAll
    void threeMonthsOfStatements() {
        testData.reset();
        testData.activeProgram();
        testData.member("Ada", "Lovelace", "ada@example.com", "en", true, null);
        testData.member("Alan", "Turing", "alan@example.com", "en", true, null);
        testData.member("Grace", "Hopper", "grace@example.com", "en", true, null);
        testData.member("No", "Email", null, "en", true, null);
        testData.member("Una", "Subscribed", "una@example.com", "en", false, null);
        assertThat(cli.run("run", "monthly-statement", "period=2026-08").exitCode()).isZero();
        testData.member("Gone", "Away", "rejected-gone@example.com", "en", true, null);
        assertThat(cli.run("run", "monthly-statement", "period=2026-09").exitCode()).isEqualTo(ExitCodes.COMPLETED_WITH_SKIPS);
        assertThat(cli.run("run", "monthly-statement", "period=2026-10", "dry-run=true").exitCode()).isZero();
        smtp.stop();
        CliRunner.Result down;
        try {
            down = cli.run("run", "monthly-statement", "period=2026-10", "--format", "json");
        } finally {
            smtp.start();
        }
        assertThat(down.exitCode()).isEqualTo(ExitCodes.FAILED);
        failedRun = json.readTree(down.out()).get("executionId").asLong();
        assertThat(cli.run("restart", Long.toString(failedRun)).exitCode()).isEqualTo(ExitCodes.COMPLETED_WITH_SKIPS);
        assertThat(cli.run("program", "update", "--point-name", "Stars").exitCode()).isZero();
    }

    @Test
    void theReportHasARowPerRunWithItsStatusAndAChartOfSentFilteredAndFailedPerPeriod() {
        String html = report("status", "--format", "html");

        assertThat(count(html, "<tr data-execution-id=")).isEqualTo(6);
        assertThat(html).contains("data-status=\"FAILED\"", "<span class=\"status failed\">FAILED</span>",
                "<span class=\"exit completed-with-failures\">COMPLETED_WITH_FAILURES</span>", "program-update",
                "<div class=\"why\" title=\"ConnectException: Connection refused\">");
        assertThat(html).contains("<h2>Monthly statements per period</h2>");
        assertThat(count(html, "<g class=\"group\"")).as("one group per period; the rehearsal is left out").isEqualTo(3);
        assertThat(html).contains("<title>2026-08 Sent: 3</title>", "<title>2026-08 Filtered: 2</title>",
                "<title>2026-08 Failed: 0</title>", "<title>2026-09 Sent: 3</title>", "<title>2026-09 Failed: 1</title>",
                "<title>2026-10 Sent: 3</title>", "<title>2026-10 Failed: 1</title>");
        assertThat(html).doesNotContain("rejected-gone@example.com", "ada@example.com");
    }

    @Test
    void aReportOfAJobWithoutAChartHasOnlyItsRuns() {
        String html = report("status", "--job", "program-update", "--format", "html");

        assertThat(count(html, "<tr data-execution-id=")).isEqualTo(1);
        assertThat(html).doesNotContain("<svg");
    }

    @Test
    void theDetailPageListsTheFailedDeliveryMasked() {
        String html = report("status", Long.toString(failedRun), "--format", "html");

        assertThat(html).contains("<section class=\"panel\" id=\"section-failedDeliveries\">", "r***@example.com",
                "550 5.1.1", "<ul class=\"failures\">", "ConnectException: Connection refused")
                .doesNotContain("rejected-gone@example.com");
    }

    @Test
    void aRealBrowserShowsTheRunsTableAndTheChart(@TempDir Path dir) throws Exception {
        HeadlessChromium chromium = HeadlessChromium.assumeInstalled();
        Path page = dir.resolve("status.html");
        assertThat(cli.run("status", "--format", "html", "--output", page.toString()).exitCode()).isZero();

        String dom = chromium.dumpDom(page);

        assertThat(dom).contains("<table id=\"runs\">", "<svg class=\"chart\"", "data-series=\"sent\"",
                "data-series=\"failed\"", "data-group=\"2026-10\"", "Monthly statements per period");
        assertThat(count(dom, "<tr data-execution-id=")).isEqualTo(6);
        assertThat(count(dom, "<rect class=\"bar ")).isEqualTo(9);
        Path screenshot = Path.of("target", "status-report.png");
        chromium.screenshot(page, screenshot);
        assertThat(Files.size(screenshot)).as("a screenshot to look at: " + screenshot.toAbsolutePath()).isGreaterThan(10_000);
    }

    @Test
    void aRealBrowserShowsTheDetailOfAnExecution(@TempDir Path dir) throws Exception {
        HeadlessChromium chromium = HeadlessChromium.assumeInstalled();
        Path page = dir.resolve("execution.html");
        assertThat(cli.run("status", Long.toString(failedRun), "--format", "html", "--output", page.toString()).exitCode())
                .isZero();

        String dom = chromium.dumpDom(page);

        assertThat(dom).contains("<table id=\"steps\">", "id=\"section-failedDeliveries\"", "r***@example.com",
                "id=\"section-filtered\"");
    }

    private String report(String... args) {
        var result = cli.run(args);
        assertThat(result.exitCode()).as(result.err()).isZero();
        return result.out();
    }

    private static int count(String text, String part) {
        Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
