package com.loyaltybatch.launch.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import com.loyaltybatch.launch.JobRunner;
import com.loyaltybatch.support.LoyaltyTest;

/** Schedule files: the bundled defaults, operator overrides, and every kind of mistake reported. */
@LoyaltyTest
class ScheduleLoaderTest {

    @Autowired
    JobRunner jobs;

    @TempDir
    Path folder;

    ScheduleLoader loader() {
        return new ScheduleLoader(folder, ZoneId.of("UTC"), jobs);
    }

    @Test
    void theBundledMonthlyStatementScheduleFiresAtNineOnTheFirst() {
        var schedule = loader().load().get("monthly-statement");

        assertThat(schedule.enabled()).isTrue();
        assertThat(schedule.parameters()).containsEntry("period", "previous-month");
        assertThat(schedule.nextFire(ZonedDateTime.parse("2026-11-15T10:00:00Z")))
                .isEqualTo(ZonedDateTime.parse("2026-12-01T09:00:00Z[UTC]"));
    }

    @Test
    void theBundledSchedulesAreTheStatementTheTierRecalculationAndTheExpiration() {
        var schedules = loader().load();

        assertThat(schedules).containsOnlyKeys("monthly-statement", "recalculate-tiers", "expire-points");
        assertThat(schedules.get("recalculate-tiers").parameters()).containsEntry("date", "today");
        assertThat(schedules.get("recalculate-tiers").nextFire(ZonedDateTime.parse("2026-11-15T10:00:00Z")))
                .isEqualTo(ZonedDateTime.parse("2026-11-16T03:00:00Z[UTC]"));
        assertThat(schedules.get("expire-points").nextFire(ZonedDateTime.parse("2026-11-15T10:00:00Z")))
                .isEqualTo(ZonedDateTime.parse("2026-12-01T02:00:00Z[UTC]"));
    }

    @Test
    void aFileInTheJobsFolderReplacesTheBundledOne() throws IOException {
        write("monthly-statement.yml", """
                description: Statement on the second, Berlin time
                cron: "0 30 8 2 * *"
                zone: Europe/Berlin
                enabled: false
                parameters:
                  period: previous-month
                  dry-run: true
                """);

        var schedule = loader().load().get("monthly-statement");

        assertThat(schedule.enabled()).isFalse();
        assertThat(schedule.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(schedule.parameters()).containsEntry("dry-run", "true");
        assertThat(schedule.nextFire(ZonedDateTime.parse("2026-11-15T10:00:00Z")))
                .isEqualTo(ZonedDateTime.parse("2026-12-02T08:30:00+01:00[Europe/Berlin]"));
    }

    @Test
    void everyProblemIsReportedWithFileFieldAndReason() throws IOException {
        write("monthly-statement.yml", """
                cron: "0 0 9 1 *"
                zone: Mars/Olympus
                enabled: maybe
                colour: blue
                """);
        write("no-such-job.yml", "cron: \"0 0 * * * *\"\n");

        assertThatThrownBy(() -> loader().load()).isInstanceOfSatisfying(ScheduleException.class, e -> assertThat(e.problems())
                .anySatisfy(p -> assertThat(p).endsWith("monthly-statement.yml: cron: not a valid Spring cron expression (six fields, seconds first): 0 0 9 1 *"))
                .anySatisfy(p -> assertThat(p).endsWith("monthly-statement.yml: zone: not a time zone: Mars/Olympus"))
                .anySatisfy(p -> assertThat(p).endsWith("monthly-statement.yml: enabled: must be true or false, got maybe"))
                .anySatisfy(p -> assertThat(p).contains("monthly-statement.yml: colour: unknown field"))
                .anySatisfy(p -> assertThat(p).endsWith("no-such-job.yml: job: no job named 'no-such-job' (the file name names the job)"))
                .hasSize(5));
    }

    @Test
    void parametersAreCheckedByTheJobItself() throws IOException {
        write("monthly-statement.yml", """
                cron: "0 0 9 1 * *"
                parameters:
                  period: 2026-13
                """);
        assertThatThrownBy(() -> loader().load()).hasMessageEndingWith(
                "monthly-statement.yml: parameters: period: not a month (YYYY-MM): 2026-13");

        write("monthly-statement.yml", """
                cron: "0 0 9 1 * *"
                parameters:
                  audience: everyone
                """);
        assertThatThrownBy(() -> loader().load()).hasMessageContaining("parameters: audience: unknown parameter");
    }

    @Test
    void aFileThatIsNotYamlIsReported() throws IOException {
        write("monthly-statement.yml", "cron: [unclosed\n");
        assertThatThrownBy(() -> loader().load()).hasMessageStartingWith(folder.resolve("monthly-statement.yml") + ": ");
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(folder.resolve(name), text);
    }
}
