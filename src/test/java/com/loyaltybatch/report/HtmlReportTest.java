package com.loyaltybatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.loyaltybatch.report.ResultChart.Series;
import com.loyaltybatch.report.ResultChart.Tone;

/** The HTML page on its own: self-contained, escaped, and a chart whose bars say what the numbers say. */
class HtmlReportTest {

    static final Instant NOW = Instant.parse("2026-11-15T10:00:00Z");

    @Test
    void thePageIsSelfContained() {
        String html = HtmlReport.recent(List.of(run(7, "COMPLETED", "<b>x</b>")), List.of(chart()), null, NOW);

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>", "<svg class=\"chart\"", "<table id=\"runs\">")
                .doesNotContain("<script", "<link", "src=", "href=", "url(", "@import");
        assertThat(html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "")).doesNotContain("http:", "https:");
    }

    @Test
    void everythingShownIsEscaped() {
        String html = HtmlReport.recent(List.of(run(7, "FAILED", "<script>alert(1)</script>")), List.of(), null, NOW);

        assertThat(html).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void eachRunIsARowWithAColoredStatusAndItsReasonWhenItFailed() {
        String html = HtmlReport.recent(List.of(run(8, "FAILED", "boom"), run(7, "COMPLETED", "x")), List.of(), "demo", NOW);

        assertThat(html).contains("<tr data-execution-id=\"8\" data-status=\"FAILED\">",
                "<span class=\"status failed\">FAILED</span>", "<div class=\"why\" title=\"ConnectException: refused\">",
                "<tr data-execution-id=\"7\" data-status=\"COMPLETED\">", "<span class=\"status completed\">COMPLETED</span>",
                "Job status <span class=\"sub\">· demo</span>");
    }

    @Test
    void theChartHasAGroupOfBarsPerPeriodWithHeightsInProportion() {
        String svg = SvgBarChart.render(chart());

        assertThat(count(svg, "<g class=\"group\"")).isEqualTo(2);
        assertThat(count(svg, "<rect class=\"bar ")).isEqualTo(6);
        double sent = barHeight(svg, "2026-09", "sent");
        double failed = barHeight(svg, "2026-09", "failed");
        assertThat(sent / failed).isCloseTo(10.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(svg).contains("<title>2026-09 Sent: 1,000</title>", "class=\"run-status\"");
        assertThat(SvgBarChart.legend(chart())).contains("Sent", "Filtered", "Failed");
    }

    @Test
    void gridlinesFallOnRoundNumbers() {
        assertThat(SvgBarChart.niceCeiling(0)).isEqualTo(4);
        assertThat(SvgBarChart.niceCeiling(7)).isEqualTo(8);
        assertThat(SvgBarChart.niceCeiling(12)).isEqualTo(20);
        assertThat(SvgBarChart.niceCeiling(1000)).isEqualTo(1000);
        assertThat(SvgBarChart.niceCeiling(1001)).isEqualTo(2000);
        assertThat(SvgBarChart.niceCeiling(2600)).isEqualTo(5000);
    }

    @Test
    void oneExecutionShowsItsStepFailuresAndTheSectionsOfItsJob() {
        Map<String, Object> delivery = new LinkedHashMap<>();
        delivery.put("accountId", "acc-1");
        delivery.put("email", "r***@example.com");
        delivery.put("reply", "550 5.1.1 User unknown");
        ExecutionReport run = new ExecutionReport(9, "demo", Map.of("period", "2026-10"), "FAILED", "FAILED", "boom",
                NOW.minusSeconds(90), NOW, List.of(new ExecutionReport.Step("demo-send", "FAILED", 5, 4, 1, 0,
                        List.of("FatalStepExecutionException: Unable to process chunk", "ConnectException: refused"))),
                Map.of("sent", 4L), Map.of("failedDeliveries", new DetailSection("Failed deliveries", List.of(delivery)),
                        "nothing", new DetailSection("Nothing here", List.of())));

        String html = HtmlReport.execution(run, NOW);

        assertThat(html).contains("Execution 9 <span class=\"sub\">· demo</span>", "<dd class=\"why\">ConnectException: refused</dd>",
                "<ul class=\"failures\"><li>FatalStepExecutionException: Unable to process chunk</li>",
                "<section class=\"panel\" id=\"section-failedDeliveries\"><h2>Failed deliveries</h2>",
                "<th>Account id</th>", "<td class=\"word\">r***@example.com</td>", "<td>550 5.1.1 User unknown</td>",
                "<h2>Nothing here</h2><p class=\"empty\">None.</p>", "1m 30s");
    }

    private static ExecutionReport run(long id, String status, String parameter) {
        return new ExecutionReport(id, "demo", Map.of("note", parameter), status, status, null, NOW.minusSeconds(5), NOW,
                List.of(new ExecutionReport.Step("demo-step", status, 3, 2, 1, 0,
                        status.equals("FAILED") ? List.of("ConnectException: refused") : List.of())),
                Map.of(), null);
    }

    private static Chart chart() {
        return new Chart("demo", "Messages per period", "period", List.of(new Series("sent", "Sent", Tone.POSITIVE),
                new Series("filtered", "Filtered", Tone.NEUTRAL), new Series("failed", "Failed", Tone.NEGATIVE)),
                List.of(new Chart.Group("2026-09", 3, "COMPLETED", List.of(1000L, 20L, 100L)),
                        new Chart.Group("2026-10", 5, "FAILED", List.of(10L, 0L, 0L))));
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    private static double barHeight(String svg, String group, String series) {
        String groupSvg = svg.substring(svg.indexOf("data-group=\"" + group + "\""));
        Matcher bar = Pattern.compile("data-series=\"" + series + "\" x=\"[\\d.]+\" y=\"[\\d.]+\" width=\"[\\d.]+\" height=\"([\\d.]+)\"")
                .matcher(groupSvg);
        assertThat(bar.find()).as("bar %s of %s", series, group).isTrue();
        return Double.parseDouble(bar.group(1));
    }
}
