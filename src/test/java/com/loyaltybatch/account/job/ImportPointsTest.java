package com.loyaltybatch.account.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import com.loyaltybatch.account.Account;
import com.loyaltybatch.account.AccountService;
import com.loyaltybatch.account.PointsLedger;
import com.loyaltybatch.account.TransactionQuery;
import com.loyaltybatch.account.TransactionType;
import com.loyaltybatch.launch.ExitCodes;
import com.loyaltybatch.program.ProgramService;
import com.loyaltybatch.support.CliRunner;
import com.loyaltybatch.support.LoyaltyTest;
import com.loyaltybatch.support.TestData;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code import-points}: credits per row, rejected rows with their reasons, re-runs, refusals. */
@LoyaltyTest
class ImportPointsTest {

    @Autowired
    TestData testData;

    @Autowired
    CliRunner cli;

    @Autowired
    AccountService accounts;


    @Autowired

    PointsLedger ledger;

    @Autowired
    ProgramService program;

    @Autowired
    JsonMapper json;

    @TempDir
    Path folder;

    Account ada;
    Account bob;

    @BeforeEach
    void members() {
        testData.reset();
        testData.activeProgram();
        ada = testData.member("Ada", "Lovelace", "ada@example.com", "en", true, null);
        bob = testData.member("Bob", "Smith", "Bob@Example.com", "en", true, null);
        testData.contact("carl@example.com");
    }

    @Test
    void eachValidRowIsCreditedAndBadRowsGoToTheErrorsFileWithTheirReason() throws IOException {
        Path file = write("points.csv", """
                email,points
                ada@example.com,100
                BOB@example.com, 50
                nobody@example.com,10
                carl@example.com,10
                ada@example.com,abc
                ada@example.com,0
                ada@example.com,10000000
                ,5
                ada@example.com,1,extra

                ada@example.com,7
                """);

        var run = cli.run("run", "import-points", "file=" + file, "--format", "json");

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCodes.COMPLETED_WITH_SKIPS);
        JsonNode result = json.readTree(run.out()).get("result");
        assertThat(result.get("credited").asLong()).isEqualTo(3);
        assertThat(result.get("points").asLong()).isEqualTo(157);
        assertThat(result.get("rejected").asLong()).isEqualTo(7);
        assertThat(accounts.get(ada.id()).points().balance()).isEqualTo(107);
        assertThat(accounts.get(bob.id()).points().balance()).isEqualTo(50);
        var earned = ledger.transactions(new TransactionQuery(ada.id(), TransactionType.EARN, null, null, 10));
        assertThat(earned).extracting(t -> t.description()).containsOnly("Points import");
        assertThat(earned).extracting(t -> t.earn().appId()).containsOnly("import-points");
        Path errors = folder.resolve("points.rejects.csv");
        assertThat(result.get("errorsFile").asString()).isEqualTo(errors.toString());
        assertThat(Files.readAllLines(errors)).containsExactlyInAnyOrder(
                "email,points,reason",
                "ada@example.com,abc,\"line 6: points: must be a whole number from 1 to 9999999, got 'abc'\"",
                "ada@example.com,0,\"line 7: points: must be a whole number from 1 to 9999999, got '0'\"",
                "ada@example.com,10000000,\"line 8: points: must be a whole number from 1 to 9999999, got '10000000'\"",
                ",5,line 9: email: required",
                "ada@example.com,1,extra,\"line 10: expected 2 fields, found 3\"",
                "nobody@example.com,10,line 4: no contact with the email nobody@example.com",
                "carl@example.com,10,line 5: the contact with the email carl@example.com has no account");
    }

    @Test
    void reRunningTheSameFileCreditsNothingTwice() throws IOException {
        String rows = """
                points,email
                100,ada@example.com
                20,bob@example.com
                100,ada@example.com
                """;
        Path file = write("points.csv", rows);
        assertThat(cli.run("run", "import-points", "file=" + file).exitCode()).isZero();

        var again = cli.run("run", "import-points", "file=" + file);
        var copy = cli.run("run", "import-points", "file=" + write("copy-of-points.csv", rows), "--format", "json");

        assertThat(again.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(again.err()).contains("import-points already completed for");
        assertThat(copy.exitCode()).as(copy.out() + copy.err()).isZero();
        JsonNode result = json.readTree(copy.out()).get("result");
        assertThat(result.get("credited").asLong()).isZero();
        assertThat(result.get("alreadyCredited").asLong()).isEqualTo(3);
        assertThat(accounts.get(ada.id()).points().balance()).isEqualTo(200);
        assertThat(accounts.get(bob.id()).points().balance()).isEqualTo(20);
        assertThat(folder.resolve("points.rejects.csv")).doesNotExist();
    }

    @Test
    void anEditedFileIsANewImport() throws IOException {
        Path file = write("points.csv", "email,points\nada@example.com,100\n");
        assertThat(cli.run("run", "import-points", "file=" + file).exitCode()).isZero();

        write("points.csv", "email,points\nada@example.com,100\nbob@example.com,5\n");
        var edited = cli.run("run", "import-points", "file=" + file);

        assertThat(edited.exitCode()).isZero();
        assertThat(accounts.get(ada.id()).points().balance()).isEqualTo(200);
        assertThat(accounts.get(bob.id()).points().balance()).isEqualTo(5);
    }

    @Test
    void aFileWithoutExactlyTheEmailAndPointsColumnsIsRefusedWhole() throws IOException {
        var unknown = cli.run("run", "import-points", "file=" + write("a.csv", "email,points,note\nada@example.com,1,x\n"));
        var missing = cli.run("run", "import-points", "file=" + write("b.csv", "email\nada@example.com\n"));
        var empty = cli.run("run", "import-points", "file=" + write("c.csv", ""));
        var absent = cli.run("run", "import-points", "file=" + folder.resolve("none.csv"));

        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("must have exactly the columns email and points");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(empty.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(absent.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(absent.err()).contains("no such file");
        assertThat(accounts.get(ada.id()).points().balance()).isZero();
    }

    @Test
    void pointsAreOnlyImportedIntoAnActiveProgram() throws IOException {
        program.pause();

        var run = cli.run("run", "import-points", "file=" + write("points.csv", "email,points\nada@example.com,100\n"));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.out()).contains("PAUSED");
        assertThat(accounts.get(ada.id()).points().balance()).isZero();
    }

    @Test
    void aLargeFileIsCreditedInChunks() throws IOException {
        StringBuilder rows = new StringBuilder("email,points\n");
        for (int i = 0; i < 2_345; i++) {
            rows.append(i % 2 == 0 ? "ada@example.com" : "bob@example.com").append(',').append(i % 10 + 1).append('\n');
        }
        Path file = write("big.csv", rows.toString());

        var run = cli.run("run", "import-points", "file=" + file, "--format", "json");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        JsonNode outcome = json.readTree(run.out());
        assertThat(outcome.get("result").get("credited").asLong()).isEqualTo(2_345);
        assertThat(accounts.get(ada.id()).points().balance() + accounts.get(bob.id()).points().balance())
                .isEqualTo(outcome.get("result").get("points").asLong());
        assertThat(ledger.ledgerSum(ada.id())).isEqualTo(accounts.get(ada.id()).points().balance());
    }

    Path write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content);
    }
}
