package com.loyaltybatch.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.loyaltybatch.common.Sql;
import com.loyaltybatch.launch.ExitCodes;
import com.loyaltybatch.program.ProgramService;
import com.loyaltybatch.support.CliRunner;
import com.loyaltybatch.support.Ledger;
import com.loyaltybatch.support.TestData;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Points expiration: who is due, how much expires (rounded down), re-run safety, the refusal while
 * disabled, and {@code pointsExpiration} kept current. Run against H2 and PostgreSQL by its
 * subclasses. The clock stands at 2026-11-15T10:00Z; the policy is 33% after 6 months.
 */
abstract class PointsExpirationContract {

    @Autowired
    TestData testData;

    @Autowired
    Ledger ledger;

    @Autowired
    CliRunner cli;

    @Autowired
    AccountService accounts;


    @Autowired

    PointsLedger points;

    @Autowired
    ProgramService program;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void expiringProgram() {
        testData.reset();
        testData.activeProgram();
        program.enableExpiration(6, 33);
    }

    @Test
    void anInactiveAccountLosesItsPercentageRoundedDown() {
        var account = testData.account();
        ledger.record(account.id(), "EARN", 10, "Order", Instant.parse("2026-05-01T00:00:00Z"));

        JsonNode run = expire("2026-11-15");

        assertThat(run.get("result").get("expiredAccounts").asLong()).isEqualTo(1);
        assertThat(run.get("result").get("expiredPoints").asLong()).isEqualTo(3);
        var after = accounts.get(account.id());
        assertThat(after.points()).isEqualTo(new Account.Points(7, 10, 0, 0, 3));
        assertThat(points.ledgerSum(account.id())).isEqualTo(7);
        PointsTransaction expired = expirations(account).get(0);
        assertThat(expired.amount()).isEqualTo(-3);
        assertThat(expired.expire()).isEqualTo(new PointsTransaction.BalanceChange(10, 7));
        assertThat(expired.idempotencyKey()).isEqualTo("expire:2026-11-01T00:00:00Z");
        assertThat(expired.description()).isEqualTo("33% expired after 6 months without activity");
        assertThat(after.lastActivityDate()).as("an expiration is activity").isEqualTo(TestData.NOW);
        assertThat(after.pointsExpiration())
                .isEqualTo(new Account.PointsExpiration(Instant.parse("2027-05-15T10:00:00Z"), 2L));
    }

    @Test
    void anAccountIsDueWhenItsInactivityEndsByTheEndOfTheRunDay() {
        var dueToday = testData.account();
        ledger.record(dueToday.id(), "EARN", 100, "Order", Instant.parse("2026-05-15T23:59:59Z"));
        var dueTomorrow = testData.account();
        ledger.record(dueTomorrow.id(), "EARN", 100, "Order", Instant.parse("2026-05-16T00:00:00Z"));

        expire("2026-11-15");

        assertThat(accounts.get(dueToday.id()).points().balance()).isEqualTo(67);
        assertThat(accounts.get(dueTomorrow.id()).points().balance()).isEqualTo(100);
    }

    @Test
    void anAccountThatNeverHadActivityIsInactiveSinceItsCreation() {
        var account = testData.account();
        // opened long ago, with points but no recorded activity (an import of balances)
        jdbc.sql("""
                UPDATE loyalty_account SET created_date = ?, balance = 50, earned = 50, last_activity_date = NULL
                WHERE id = ?""").params(Sql.ts(Instant.parse("2026-01-10T00:00:00Z")), account.id()).update();

        expire("2026-11-15");

        assertThat(accounts.get(account.id()).points().balance()).isEqualTo(34);
    }

    @Test
    void whatRoundsDownToNothingExpiresNothing() {
        var account = testData.account();
        ledger.record(account.id(), "EARN", 3, "Order", Instant.parse("2026-01-01T00:00:00Z"));
        var empty = testData.account();
        ledger.record(empty.id(), "EARN", 5, "Order", Instant.parse("2026-01-01T00:00:00Z"));
        ledger.record(empty.id(), "REDEEM", -5, "Coffee", Instant.parse("2026-01-02T00:00:00Z"));

        JsonNode run = expire("2026-11-15");

        assertThat(run.get("result").get("expiredAccounts").asLong()).isZero();
        assertThat(accounts.get(account.id()).points().balance()).isEqualTo(3);
        assertThat(expirations(account)).isEmpty();
        assertThat(expirations(empty)).isEmpty();
    }

    @Test
    void runningTwiceForADayOrForTwoDaysWithTheSameDueDateExpiresOnce() {
        var account = testData.account();
        ledger.record(account.id(), "EARN", 1000, "Order", Instant.parse("2026-04-01T00:00:00Z"));
        expire("2026-11-15");

        var sameDay = cli.run("run", "expire-points", "date=2026-11-15");
        JsonNode dayBefore = expire("2026-11-14");

        assertThat(sameDay.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(sameDay.err()).contains("already completed for date=2026-11-15");
        assertThat(dayBefore.get("result").get("expiredAccounts").asLong()).isZero();
        assertThat(expirations(account)).hasSize(1);
        assertThat(accounts.get(account.id()).points().balance()).isEqualTo(670);
    }

    @Test
    void theSameDueDateNeverExpiresTwiceEvenWhenAskedDirectly() {
        var account = testData.account();
        ledger.record(account.id(), "EARN", 1000, "Order", Instant.parse("2026-04-01T00:00:00Z"));

        var first = points.expire(account.id(), java.time.LocalDate.parse("2026-11-15"));
        var second = points.expire(account.id(), java.time.LocalDate.parse("2026-11-15"));

        assertThat(first).isPresent();
        assertThat(second).isEmpty();
        assertThat(points.ledgerSum(account.id())).isEqualTo(670);
    }

    @Test
    void expirationRefusesToRunWhileDisabled() {
        var account = testData.account();
        ledger.record(account.id(), "EARN", 1000, "Order", Instant.parse("2026-01-01T00:00:00Z"));
        program.disableExpiration();

        var run = cli.run("run", "expire-points", "date=2026-11-15");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.out()).contains("Reason: points expiration is DISABLED");
        assertThat(accounts.get(account.id()).points().balance()).isEqualTo(1000);
    }

    @Test
    void pointsExpirationIsKeptCurrentByOperationsAndPolicyChanges() {
        var account = testData.account();
        assertThat(account.pointsExpiration()).as("nothing to expire").isEqualTo(new Account.PointsExpiration(null, null));

        points.earn(account.id(), new EarnRequest(250, "Order", "order-1", null, null, null));
        assertThat(accounts.get(account.id()).pointsExpiration())
                .isEqualTo(new Account.PointsExpiration(Instant.parse("2027-05-15T10:00:00Z"), 82L));

        program.disableExpiration();
        assertThat(accounts.get(account.id()).pointsExpiration()).isEqualTo(new Account.PointsExpiration(null, null));

        ledger.record(account.id(), "EARN", 50, "Back-dated order", Instant.parse("2026-10-31T12:00:00Z"));
        program.enableExpiration(12, 50);
        assertThat(accounts.get(account.id()).pointsExpiration())
                .isEqualTo(new Account.PointsExpiration(Instant.parse("2027-10-31T12:00:00Z"), 150L));

        long revision = accounts.get(account.id()).revision();
        points.adjust(account.id(), new AdjustRequest(null, 0L, revision, "Reset"));
        assertThat(accounts.get(account.id()).pointsExpiration()).isEqualTo(new Account.PointsExpiration(null, null));
    }

    JsonNode expire(String date) {
        var run = cli.run("run", "expire-points", "date=" + date, "--format", "json");
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        return json.readTree(run.out());
    }

    List<PointsTransaction> expirations(Account account) {
        return points.transactions(new TransactionQuery(account.id(), TransactionType.EXPIRE, null, null, 100));
    }
}
