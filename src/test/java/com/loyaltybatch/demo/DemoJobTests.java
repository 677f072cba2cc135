package com.loyaltybatch.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.loyaltybatch.contact.ContactDraft;
import com.loyaltybatch.contact.ContactRules;
import com.loyaltybatch.launch.cli.Cli;
import com.loyaltybatch.support.TestData;

/**
 * The {@code demo} command and job, run against the database of each subclass. The clock is
 * fixed at 2026-11-15, so the sample month is October 2026.
 */
abstract class DemoJobTests {

    static final Instant OCTOBER = Instant.parse("2026-10-01T00:00:00Z");
    static final Instant NOVEMBER = Instant.parse("2026-11-01T00:00:00Z");

    @Autowired
    Cli cli;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestData testData;

    @Autowired
    JobOperator operator;

    @Autowired
    JobRepository jobRepository;

    @BeforeEach
    void emptyInstallation() {
        testData.reset();
    }

    @Test
    void seedsAnActiveSampleProgramWithAMonthOfConsistentActivity() {
        Run run = run("demo", "--accounts", "2000");

        assertThat(run.exitCode()).as(run.err()).isZero();
        long transactions = count("points_transaction");
        assertThat(run.out()).startsWith("Seeded 2000 contacts, 2000 accounts and " + transactions + " transactions in ")
                .contains("(program \"Coffee Club\" ACTIVE)");
        assertThat(count("contact")).isEqualTo(2000);
        assertThat(count("loyalty_account")).isEqualTo(2000);
        assertThat(transactions).isGreaterThan(2000 * 3);
        assertThat(inconsistentAccounts()).isZero();
        assertThat(jdbc.sql("SELECT name, point_name, status FROM loyalty_program").query().singleRow())
                .containsEntry("NAME", "Coffee Club").containsEntry("POINT_NAME", "Beans")
                .containsEntry("STATUS", "ACTIVE");
    }

    @Test
    void datesTheActivityInThePreviousMonthAfterAnOpeningBalance() {
        run("demo", "--accounts", "2000");

        assertThat(countWhere("points_transaction", "created_date >= ?", OCTOBER)).isGreaterThan(2000);
        assertThat(countWhere("points_transaction", "created_date >= ?", NOVEMBER)).isZero();
        assertThat(countWhere("loyalty_account", "last_activity_date >= ?", NOVEMBER)).isZero();
        assertThat(countWhere("points_transaction", "created_date < ?", OCTOBER)).as("opening balances").isPositive();
        for (String type : new String[] {"EARN", "REDEEM"}) {
            assertThat(countWhere("points_transaction", "transaction_type = '" + type + "' AND created_date >= ?", OCTOBER))
                    .as(type).isPositive();
        }
        assertThat(countWhere("points_transaction", "transaction_type = 'ADJUST' AND amount > 0 AND created_date >= ?",
                OCTOBER)).as("goodwill credits").isPositive();
        assertThat(countWhere("points_transaction", "transaction_type = 'ADJUST' AND amount < 0 AND created_date >= ?",
                OCTOBER)).as("corrections").isPositive();
    }

    @Test
    void seedsVariedContacts() {
        run("demo", "--accounts", "2000");

        assertThat(countWhere("contact", "subscribed = FALSE AND unsubscribed_date IS NOT NULL")).isBetween(40L, 200L);
        assertThat(countWhere("contact", "email IS NULL")).isBetween(20L, 120L);
        assertThat(countWhere("contact", "member_id IS NOT NULL")).isBetween(1000L, 1400L);
        assertThat(countWhere("contact", "locale LIKE 'de%'")).isBetween(400L, 800L);
        assertThat(countWhere("contact", "locale LIKE 'en%'")).isGreaterThan(1000L);
        assertThat(countWhere("contact", "locale LIKE 'fr%' OR locale LIKE 'es%'")).isPositive();
        assertThat(countWhere("contact", "last_name LIKE '%ü%' OR last_name LIKE '%ö%' OR last_name LIKE '%ß%'"))
                .isPositive();
        var contacts = jdbc.sql("SELECT id, email, first_name, last_name, locale, member_id FROM contact")
                .query((rs, n) -> new ContactDraft(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), null))
                .list();
        assertThat(contacts).as("what an import would accept").allSatisfy(
                contact -> assertThat(ContactRules.validate(contact)).isEqualTo(contact));
    }

    @Test
    void refusesToMixSampleDataIntoAnInstallationWithContacts() {
        run("demo", "--accounts", "300");

        Run again = run("demo", "--accounts", "300");

        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).isEqualTo("error: database already holds 300 contacts; demo seeds only an empty database\n");
        assertThat(count("contact")).isEqualTo(300);
    }

    @Test
    void continuesAfterTheLastCommittedBlockWhenTheFailedRunIsRestarted() throws Exception {
        // Rows of accounts 1500 to 1599 (block 8 of 10) break a constraint: the run stops after 1400.
        jdbc.sql("ALTER TABLE contact ADD CONSTRAINT demo_test_stop CHECK (email_key NOT LIKE '%15__@%')").update();
        try {
            Run failed = run("demo", "--accounts", "2000");
            assertThat(failed.exitCode()).isEqualTo(1);
        } finally {
            jdbc.sql("ALTER TABLE contact DROP CONSTRAINT demo_test_stop").update();
        }
        var execution = jobRepository.getLastJobExecution(jobRepository.getLastJobInstance(DemoJob.CONTRACT.name()));
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(count("contact")).isEqualTo(1400);
        assertThat(inconsistentAccounts()).isZero();
        assertThat(run("demo", "--accounts", "2000").err()).contains("database already holds 1400 contacts");

        var restarted = operator.restart(execution);

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(count("contact")).isEqualTo(2000);
        assertThat(count("loyalty_account")).isEqualTo(2000);
        assertThat(inconsistentAccounts()).isZero();
        assertThat(restarted.getExecutionContext().getLong("transactions")).isEqualTo(count("points_transaction"));
    }

    /**
     * Accounts whose totals disagree with their ledger: balance, earned, adjusted and redeemed
     * against the sums of their transactions, the balance invariant, the last activity and the
     * revision (one per operation after the opening).
     */
    long inconsistentAccounts() {
        return jdbc.sql("""
                SELECT COUNT(*) FROM loyalty_account a LEFT JOIN (
                    SELECT account_id, SUM(amount) AS total, COUNT(*) AS operations, MAX(created_date) AS latest,
                           SUM(CASE WHEN transaction_type = 'EARN' THEN amount ELSE 0 END) AS earned,
                           SUM(CASE WHEN transaction_type = 'ADJUST' THEN amount ELSE 0 END) AS adjusted,
                           SUM(CASE WHEN transaction_type = 'REDEEM' THEN -amount ELSE 0 END) AS redeemed
                    FROM points_transaction GROUP BY account_id) t ON t.account_id = a.id
                WHERE t.account_id IS NULL OR a.balance <> t.total OR a.balance < 0
                   OR a.balance <> a.earned + a.adjusted - a.redeemed - a.expired
                   OR a.earned <> t.earned OR a.adjusted <> t.adjusted OR a.redeemed <> t.redeemed
                   OR a.last_activity_date <> t.latest OR a.revision <> 1 + t.operations
                """).query(Long.class).single();
    }

    long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    long countWhere(String table, String condition, Object... params) {
        Object[] values = java.util.Arrays.stream(params)
                .map(p -> p instanceof Instant i ? OffsetDateTime.ofInstant(i, java.time.ZoneOffset.UTC) : p).toArray();
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE " + condition).params(values).query(Long.class)
                .single();
    }

    record Run(int exitCode, String out, String err) {
    }

    Run run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int code = cli.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }
}
