package com.loyaltybatch.launch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.loyaltybatch.account.AccountService;
import com.loyaltybatch.account.PointsLedger;
import com.loyaltybatch.support.CliRunner;
import com.loyaltybatch.support.LoyaltyTest;
import com.loyaltybatch.support.TestData;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The command line as users drive it: output, JSON field names and exit codes. */
@LoyaltyTest
class CommandLineTest {

    @Autowired
    CliRunner cli;

    @Autowired
    TestData testData;

    @Autowired
    AccountService accounts;


    @Autowired

    PointsLedger ledger;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void emptyInstallation() {
        testData.reset();
    }

    @Test
    void programLifecycleFromTheCommandLine() {
        var refused = cli.run("program", "activate");
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.err()).isEqualTo("error: name: required to activate the program (program update --name NAME)\n");

        assertThat(cli.run("program", "update", "--name", "Coffee Club", "--point-name", "Beans").exitCode()).isZero();
        var activated = cli.run("program", "activate");
        assertThat(activated.exitCode()).isZero();
        assertThat(activated.out()).contains("Coffee Club (ACTIVE");

        JsonNode program = json(cli.run("program", "show", "--format", "json"));
        assertThat(program.get("name").asString()).isEqualTo("Coffee Club");
        assertThat(program.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(program.get("pointDefinition").get("customName").asString()).isEqualTo("Beans");
        assertThat(program.get("revision").asLong()).isEqualTo(3);

        var expiration = json(cli.run("program", "expiration", "enable", "--months-of-inactivity", "6",
                "--percentage", "25", "--format", "json")).get("pointsExpiration");
        assertThat(expiration.get("status").asString()).isEqualTo("ENABLED");
        assertThat(expiration.get("monthsOfInactivity").asInt()).isEqualTo(6);
        assertThat(cli.run("program", "expiration", "enable", "--months-of-inactivity", "13", "--percentage", "25")
                .exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.run("program", "pause").exitCode()).isZero();
    }

    @Test
    void everyManagementActionIsRecordedInTheJobHistory() {
        cli.run("program", "update", "--name", "Coffee Club");
        cli.run("program", "activate");
        var statuses = jdbc.sql("""
                SELECT i.JOB_NAME || ':' || e.STATUS FROM BATCH_JOB_EXECUTION e
                JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
                ORDER BY e.JOB_EXECUTION_ID DESC FETCH FIRST 2 ROWS ONLY""").query(String.class).list();
        assertThat(statuses).containsExactly("program-activate:COMPLETED", "program-update:COMPLETED");
        var name = jdbc.sql("""
                SELECT p.PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS p
                WHERE p.PARAMETER_NAME = 'name' ORDER BY p.JOB_EXECUTION_ID DESC FETCH FIRST 1 ROWS ONLY""")
                .query(String.class).single();
        assertThat(name).isEqualTo("Coffee Club");
    }

    @Test
    void earnAndAdjustPrintTheTransactionAndTheAccount() {
        testData.activeProgram();
        var contact = testData.contact("ada@example.com");
        JsonNode account = json(cli.run("accounts", "create", "--contact-id", contact.id(), "--format", "json"));
        String id = account.get("id").asString();
        assertThat(account.get("contactId").asString()).isEqualTo(contact.id());
        assertThat(account.get("points").get("balance").asLong()).isZero();
        assertThat(account.has("memberId")).isTrue();
        assertThat(account.get("createdDate").asString()).isEqualTo("2026-11-15T10:00:00Z");

        JsonNode earned = json(cli.run("points", "earn", id, "--amount", "120", "--idempotency-key", "order-1",
                "--description", "Order 1", "--order-id", "o-1", "--format", "json"));
        assertThat(earned.get("transaction").get("transactionType").asString()).isEqualTo("EARN");
        assertThat(earned.get("transaction").get("earn").get("orderId").asString()).isEqualTo("o-1");
        assertThat(earned.get("account").get("points").get("earned").asLong()).isEqualTo(120);
        long revision = earned.get("account").get("revision").asLong();

        var retry = cli.run("points", "earn", id, "--amount", "120", "--idempotency-key", "order-1", "--description", "Order 1");
        assertThat(retry.exitCode()).isZero();
        assertThat(retry.out()).contains("balance 120");

        var stale = cli.run("points", "adjust", id, "--amount", "-20", "--revision", "1", "--description", "Fix");
        assertThat(stale.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(stale.err()).startsWith("error: account " + id + " has changed since the requested revision");

        var adjusted = cli.run("points", "adjust", id, "--balance", "100", "--revision", Long.toString(revision),
                "--description", "Sync");
        assertThat(adjusted.exitCode()).isZero();
        assertThat(adjusted.out()).startsWith("Adjusted by -20 Beans on account " + id + ": balance 100");

        JsonNode ledger = json(cli.run("transactions", "list", "--account-id", id, "--format", "json"));
        assertThat(ledger.isArray()).isTrue();
        assertThat(ledger.size()).isEqualTo(2);
        assertThat(ledger.get(0).get("adjust").get("amountBefore").asLong()).isEqualTo(120);
        assertThat(ledger.get(0).get("adjust").get("amountAfter").asLong()).isEqualTo(100);
        assertThat(json(cli.run("transactions", "list", "--account-id", id, "--type", "EARN", "--format", "json")).size())
                .isEqualTo(1);
        assertThat(json(cli.run("transactions", "list", "--account-id", id, "--to", "2026-11-14", "--format", "json")).size())
                .isZero();
    }

    @Test
    void badInputExitsTwoWithOneLine() {
        testData.activeProgram();
        String id = testData.account().id();
        var zero = cli.run("points", "earn", id, "--amount", "0", "--idempotency-key", "k", "--description", "x");
        assertThat(zero.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(zero.err()).isEqualTo("error: amount: must be 1 to 9999999, got 0\n");

        assertThat(cli.run("points", "earn", id, "--amount", "ten").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.run("accounts", "lookup").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.run().exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.run("transactions", "list", "--account-id", id, "--from", "yesterday").err())
                .isEqualTo("error: from: not a date (YYYY-MM-DD) or ISO instant: yesterday\n");
        assertThat(accounts.get(id).points().balance()).isZero();

        String history = cli.run("status", "--format", "json").out();
        var twice = cli.run("run", "monthly-statement", "period=2026-10", "period=2026-09", "dry-run=true");
        assertThat(twice.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(twice.err()).isEqualTo("error: parameter 'period' given twice: give each parameter once\n");
        assertThat(cli.run("status", "--format", "json").out()).isEqualTo(history);
    }

    @Test
    void refusalsExitOneAndChangeNothing() {
        testData.activeProgram();
        var unknown = cli.run("accounts", "show", "nope");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(unknown.err()).isEqualTo("error: account not found: nope\n");

        var contact = testData.contact("ada@example.com");
        cli.run("accounts", "create", "--contact-id", contact.id());
        var second = cli.run("accounts", "create", "--contact-id", contact.id());
        assertThat(second.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(second.err()).startsWith("error: contact " + contact.id() + " already has account");

        assertThat(cli.run("accounts", "show", "--contact-id", contact.id()).out())
                .contains("Balance:   0 (earned 0, adjusted 0, redeemed 0, expired 0)", "Tier:      base tier",
                        "Expiring:  nothing", "Rewards:   none affordable");

        cli.run("program", "pause");
        var paused = cli.run("accounts", "show", "--contact-id", contact.id(), "--format", "json");
        String id = json(paused).get("id").asString();
        var refused = cli.run("points", "earn", id, "--amount", "5", "--idempotency-key", "k", "--description", "x");
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(refused.err()).isEqualTo("error: loyalty program is PAUSED, not ACTIVE\n");
    }

    @Test
    void enrollOpensAccountsForContactsWithoutOne() {
        testData.activeProgram();
        testData.contact("a@example.com");
        testData.contact("b@example.com");
        var enrolled = cli.run("accounts", "enroll");
        assertThat(enrolled.exitCode()).isZero();
        assertThat(enrolled.out()).isEqualTo("Opened 2 accounts.\n");
        assertThat(cli.run("accounts", "enroll").out()).isEqualTo("Opened 0 accounts.\n");
    }

    @Test
    void accountsListPagesWithACursorAndTotalsSumEveryField() {
        testData.activeProgram();
        for (int i = 0; i < 5; i++) {
            var account = testData.account();
            ledger.earn(account.id(), new com.loyaltybatch.account.EarnRequest(100L * (i + 1), "Seed", "seed", null, null, null));
        }
        JsonNode first = json(cli.run("accounts", "list", "--sort", "points.balance:desc", "--limit", "2", "--format", "json"));
        assertThat(first.get("accounts").size()).isEqualTo(2);
        assertThat(first.get("accounts").get(0).get("points").get("balance").asLong()).isEqualTo(500);
        String cursor = first.get("nextCursor").asString();
        JsonNode second = json(cli.run("accounts", "list", "--cursor", cursor, "--limit", "2", "--format", "json"));
        assertThat(second.get("accounts").get(0).get("points").get("balance").asLong()).isEqualTo(300);
        assertThat(cli.run("accounts", "list", "--cursor", cursor, "--sort", "id").exitCode()).isEqualTo(ExitCodes.USAGE);

        JsonNode filtered = json(cli.run("accounts", "list", "--filter", "{\"points.balance\": {\"$gte\": 400}}",
                "--format", "json"));
        assertThat(filtered.get("accounts").size()).isEqualTo(2);
        assertThat(filtered.get("nextCursor").isNull()).isTrue();
        var badFilter = cli.run("accounts", "list", "--filter", "{\"points.bogus\": 1}");
        assertThat(badFilter.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(badFilter.err()).startsWith("error: filter: unknown field 'points.bogus'");

        JsonNode totals = json(cli.run("accounts", "totals", "--format", "json"));
        assertThat(totals.get("accounts").asLong()).isEqualTo(5);
        assertThat(totals.get("points").get("earned").asLong()).isEqualTo(1500);
        assertThat(totals.get("points").get("balance").asLong()).isEqualTo(1500);
    }

    @Test
    void demoIfEmptyLeavesADatabaseWithContactsAlone() {
        testData.contact("ada@example.com");

        var refused = cli.run("demo", "--accounts", "10");
        var leftAlone = cli.run("demo", "--accounts", "10", "--if-empty");

        assertThat(refused.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(leftAlone.exitCode()).isZero();
        assertThat(leftAlone.out()).isEqualTo("The database already holds 1 contacts; nothing seeded.\n");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM contact").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void everyCommandHasHelp() {
        for (String[] command : new String[][] {{"--help"}, {"program", "--help"}, {"program", "update", "--help"},
                {"accounts", "list", "--help"}, {"points", "adjust", "--help"}, {"contacts", "import", "--help"}}) {
            var help = cli.run(command);
            assertThat(help.exitCode()).as(String.join(" ", command)).isZero();
            assertThat(help.out()).contains("Usage:");
        }
    }

    private JsonNode json(CliRunner.Result result) {
        assertThat(result.exitCode()).as(result.err()).isZero();
        return json.readTree(result.out());
    }
}
