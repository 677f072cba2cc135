package com.loyaltybatch.account.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.loyaltybatch.account.Account;
import com.loyaltybatch.account.AccountService;
import com.loyaltybatch.account.PointsLedger;
import com.loyaltybatch.launch.ExitCodes;
import com.loyaltybatch.support.CliRunner;
import com.loyaltybatch.support.LoyaltyTest;
import com.loyaltybatch.support.TestData;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An import that fails half-way (the database refuses a write) is restarted: every row credited once, every reject listed once. */
@LoyaltyTest
class ImportPointsRestartTest {

    static final int ROWS = 1200;
    static final long OUTAGE_POINTS = 7777;

    @Autowired
    TestData testData;

    @Autowired
    CliRunner cli;

    @Autowired
    AccountService accounts;


    @Autowired

    PointsLedger ledger;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @TempDir
    Path folder;

    @BeforeEach
    void member() {
        testData.reset();
        testData.activeProgram();
    }

    @AfterEach
    void endOutage() {
        jdbc.sql("DROP TRIGGER IF EXISTS ledger_outage").update();
    }

    @Test
    void aFailedImportRestartsAfterItsLastCommittedChunk() throws Exception {
        Account ada = testData.member("Ada", "Lovelace", "ada@example.com", "en", true, null);
        StringBuilder rows = new StringBuilder("email,points\n");
        long expected = 0;
        for (int i = 1; i <= ROWS; i++) {
            long points = i == 800 ? OUTAGE_POINTS : 1;
            rows.append(i == 100 || i == 1100 ? "nobody@example.com" : "ada@example.com").append(',').append(points)
                    .append('\n');
            expected += i == 100 || i == 1100 ? 0 : points;
        }
        Path file = Files.writeString(folder.resolve("points.csv"), rows.toString());
        jdbc.sql("CREATE TRIGGER ledger_outage BEFORE INSERT ON points_transaction FOR EACH ROW CALL '"
                + Outage.class.getName() + "'").update();

        var failed = cli.run("run", "import-points", "file=" + file, "--format", "json");

        assertThat(failed.exitCode()).as(failed.out() + failed.err()).isEqualTo(ExitCodes.FAILED);
        assertThat(accounts.get(ada.id()).points().balance()).as("the first chunk, without its bad row").isEqualTo(499);
        endOutage();
        long executionId = json.readTree(failed.out()).get("executionId").asLong();
        var restarted = cli.run("restart", Long.toString(executionId), "--format", "json");

        assertThat(restarted.exitCode()).as(restarted.out() + restarted.err()).isEqualTo(ExitCodes.COMPLETED_WITH_SKIPS);
        JsonNode result = json.readTree(restarted.out()).get("result");
        assertThat(result.get("credited").asLong()).isEqualTo(ROWS - 2);
        assertThat(result.get("rejected").asLong()).isEqualTo(2);
        assertThat(accounts.get(ada.id()).points().balance()).isEqualTo(expected);
        assertThat(ledger.ledgerSum(ada.id())).isEqualTo(expected);
        assertThat(Files.readAllLines(folder.resolve("points.rejects.csv"))).as("each rejected row once").containsExactly(
                "email,points,reason",
                "nobody@example.com,1,line 101: no contact with the email nobody@example.com",
                "nobody@example.com,1,line 1101: no contact with the email nobody@example.com");
    }

    /** Stands for a passing database failure: refuses one ledger insert with an error that is not about its data. */
    public static class Outage implements Trigger {

        @Override
        public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
            if (newRow[4] instanceof Number amount && amount.longValue() == OUTAGE_POINTS) {
                throw new SQLException("could not serialize access", "40001");
            }
        }
    }
}
