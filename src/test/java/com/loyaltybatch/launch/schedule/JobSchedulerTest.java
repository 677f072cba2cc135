package com.loyaltybatch.launch.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.loyaltybatch.launch.JobRunner;
import com.loyaltybatch.support.LoyaltyTest;
import com.loyaltybatch.support.SmtpServerExtension;
import com.loyaltybatch.support.TestData;

/** Two schedulers on one database, firing every second: each job instance runs exactly once. */
@LoyaltyTest
class JobSchedulerTest {

    @RegisterExtension
    static final SmtpServerExtension smtp = new SmtpServerExtension();

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        smtp.register(registry);
    }

    @Autowired
    TestData testData;

    @Autowired
    JobRunner jobs;

    @Autowired
    JobOperator operator;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void members() throws Exception {
        testData.reset();
        testData.activeProgram();
        for (int i = 0; i < 6; i++) {
            testData.member("Member", "No" + i, "member" + i + "@example.com", "en", true, null);
        }
    }

    @Test
    void competingSchedulersFiringEverySecondRunEachInstanceExactlyOnce() throws Exception {
        var schedule = new JobSchedule("monthly-statement", "test", "* * * * * *", ZoneOffset.UTC, true,
                Map.of("period", "previous-month"), "test");
        var first = new JobScheduler(jobs, operator, new JobLock(jdbc));
        var second = new JobScheduler(jobs, operator, new JobLock(jdbc));

        first.start(List.of(schedule));
        second.start(List.of(schedule));
        Thread.sleep(4500);
        first.stop();
        second.stop();

        var executions = jdbc.sql("""
                SELECT e.STATUS FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
                WHERE i.JOB_NAME = 'monthly-statement'""").query(String.class).list();
        assertThat(executions).containsExactly("COMPLETED");
        assertThat(smtp.receivedPerRecipient()).hasSize(6).allSatisfy((to, count) -> assertThat(count).isEqualTo(1));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM job_lock").query(Long.class).single()).isZero();
    }

    @Test
    void aLeaseHeldByAnotherSchedulerIsNotTakenUntilItLapses() {
        var mine = new JobLock(jdbc);
        var theirs = new JobLock(jdbc);
        jdbc.sql("DELETE FROM job_lock").update();

        assertThat(mine.tryAcquire("monthly-statement")).isTrue();
        assertThat(theirs.tryAcquire("monthly-statement")).isFalse();
        jdbc.sql("UPDATE job_lock SET expires_at = ?").param(java.time.OffsetDateTime.parse("2020-01-01T00:00:00Z")).update();
        assertThat(theirs.tryAcquire("monthly-statement")).isTrue();
        mine.release("monthly-statement");
        assertThat(mine.tryAcquire("monthly-statement")).isFalse();
        theirs.release("monthly-statement");
        assertThat(mine.tryAcquire("monthly-statement")).isTrue();
        mine.release("monthly-statement");
    }
}
