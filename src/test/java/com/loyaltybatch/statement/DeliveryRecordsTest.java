package com.loyaltybatch.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.List;
import java.util.Map;


import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.FileSystemUtils;

import com.loyaltybatch.common.ConflictException;
import com.loyaltybatch.statement.DeliveryJournal.Entry;
import com.loyaltybatch.statement.DeliveryJournal.Type;
import com.loyaltybatch.statement.DeliveryRepository.Attempt;
import com.loyaltybatch.support.CliRunner;
import com.loyaltybatch.support.TestData;

/**
 * The delivery records on an H2 file database, as a killed run leaves them: whatever is on record
 * for an account decides whether its message goes out, the journal of a killed run is brought
 * into the records before the next run sends, and a run whose period another execution has
 * claimed stops before it sends again.
 */
@SpringBootTest(properties = {
        "loyalty.cli.enabled=false",
        "spring.datasource.url=jdbc:h2:file:./target/delivery-records/loyalty;AUTO_SERVER=TRUE",
        "loyalty.mail.outbox=target/delivery-records/outbox",
        "loyalty.clock.fixed=2026-11-15T10:00:00Z"})
@Import({TestData.class, CliRunner.class})
class DeliveryRecordsTest {

    static final String PERIOD = "2026-10";
    static final Path OUTBOX = Path.of("target/delivery-records/outbox");
    static final Path JOURNAL = Path.of("target/delivery-records/loyalty.statement-2026-10.journal").toAbsolutePath();

    @Autowired
    DeliveryRepository deliveries;

    @Autowired
    TestData testData;

    @Autowired
    CliRunner cli;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    NamedParameterJdbcTemplate named;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Clock clock;

    @BeforeEach
    void empty() throws Exception {
        testData.reset();
        Files.deleteIfExists(JOURNAL);
        FileSystemUtils.deleteRecursively(OUTBOX);
    }

    @Test
    void anAccountNeverAttemptedIsSentForTheFirstTime() {
        assertThat(deliveries.begin(PERIOD, "a", "a@example.com", "<a@x>", null)).isEqualTo(Attempt.FIRST);
        assertThat(record("a")).containsEntry("STATUS", "SENDING").containsEntry("UNCERTAIN", false);
    }

    @Test
    void aRecordLeftSendingByAKilledRunIsSentAgainAndCountedUncertain() {
        deliveries.begin(PERIOD, "a", "a@example.com", "<a@x>", null);

        assertThat(deliveries.begin(PERIOD, "a", "a@example.com", "<a@x>", null)).isEqualTo(Attempt.AGAIN);
        assertThat(record("a")).containsEntry("STATUS", "SENDING").containsEntry("UNCERTAIN", true)
                .containsEntry("ATTEMPTS", 2);
    }

    @Test
    void aRecordAlreadySentOrFailedIsNotSentAgainWhateverTheChunkSawBefore() {
        deliveries.begin(PERIOD, "a", "a@example.com", "<a@x>", null);
        deliveries.markSent(PERIOD, "a");
        deliveries.begin(PERIOD, "b", "b@example.com", "<b@x>", null);
        deliveries.markFailed(PERIOD, "b", "550 no such user");

        assertThat(deliveries.begin(PERIOD, "a", "a@example.com", "<a@x>", null)).isEqualTo(Attempt.DONE);
        assertThat(deliveries.begin(PERIOD, "b", "b@example.com", "<b@x>", null)).isEqualTo(Attempt.DONE);
        assertThat(record("a")).containsEntry("STATUS", "SENT").containsEntry("ATTEMPTS", 1);
        assertThat(record("b")).containsEntry("STATUS", "FAILED").containsEntry("UNCERTAIN", false);
    }

    @Test
    void theJournalOfAKilledRunIsReplayedIntoTheRecordsOnceAndATornLastLineIsIgnored() throws Exception {
        deliveries.begin(PERIOD, "sent-on-record", "s@example.com", "<s@x>", null);
        deliveries.markSent(PERIOD, "sent-on-record");
        // what a run appended before it was killed, while H2 had not yet stored its commits
        DeliveryJournal journal = DeliveryJournal.open(JOURNAL);
        journal.append(new Entry(Type.FIRST, "a", "a@example.com", "<a@x>", null));
        journal.append(new Entry(Type.SENT, "a", null, null, null), new Entry(Type.FIRST, "b", "b@example.com",
                "<b@x>", null));
        journal.append(new Entry(Type.AGAIN, "c", "c@example.com", "<c@x>", null));
        journal.append(new Entry(Type.FIRST, "d", "d@example.com", "<d@x>", null),
                new Entry(Type.RELEASED, "d", null, null, null));
        journal.append(new Entry(Type.FIRST, "e", "e@example.com", "<e@x>", null),
                new Entry(Type.FAILED, "e", null, null, "550 5.1.1 <e@example.com>:\tUser unknown"));
        journal.append(new Entry(Type.SENT, "sent-on-record", null, null, null));
        journal.close();
        Files.writeString(JOURNAL, "SENT\tb\t", StandardOpenOption.APPEND);

        deliveries.openRun(PERIOD, 1);

        assertThat(record("a")).containsEntry("STATUS", "SENT");
        assertThat(record("b")).containsEntry("STATUS", "SENDING").containsEntry("EMAIL", "b@example.com")
                .containsEntry("MESSAGE_ID", "<b@x>");
        assertThat(record("c")).containsEntry("STATUS", "SENDING").containsEntry("UNCERTAIN", true);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM statement_delivery WHERE account_id = 'd'").query(Long.class).single())
                .isZero();
        assertThat(record("e")).containsEntry("STATUS", "FAILED").containsEntry("REPLY",
                "550 5.1.1 <e@example.com>:\tUser unknown");
        assertThat(record("sent-on-record")).containsEntry("STATUS", "SENT");
        assertThat(Files.size(JOURNAL)).as("emptied once replayed and stored").isZero();

        deliveries.closeRun(PERIOD);
        assertThat(JOURNAL).doesNotExist();
    }

    @Test
    void everyMarkIsJournaledUntilTheChunkBoundaryStoresIt() {
        deliveries.openRun(PERIOD, 1);
        deliveries.begin(PERIOD, "x", "x@example.com", "<x@x>", null);
        deliveries.begin(PERIOD, "y", "y@example.com", "<y@x>", "x");

        assertThat(DeliveryJournal.read(JOURNAL)).extracting(Entry::type, Entry::accountId)
                .containsExactly(tuple(Type.FIRST, "x"), tuple(Type.SENT, "x"), tuple(Type.FIRST, "y"));
        deliveries.checkpoint(PERIOD);
        assertThat(DeliveryJournal.read(JOURNAL)).isEmpty();
        deliveries.closeRun(PERIOD);
        assertThat(JOURNAL).doesNotExist();
    }

    @Test
    void aCompletedRunLeavesNoJournalBehind() throws Exception {
        testData.activeProgram();
        for (int i = 0; i < 3; i++) {
            testData.member("Member", "No" + i, "member" + i + "@example.com", "en", true, null);
        }

        var run = cli.run("run", "monthly-statement", "period=" + PERIOD);

        assertThat(run.exitCode()).as(run.err()).isZero();
        try (var messages = Files.list(OUTBOX.resolve(PERIOD))) {
            assertThat(messages).hasSize(3);
        }
        assertThat(JOURNAL).doesNotExist();
    }

    @Test
    void aRunWhosePeriodWasTakenOverByAnotherExecutionStopsBeforeItsNextMessage() {
        // the process of execution 1 is alive although its execution was recovered and restarted
        DeliveryRepository stale = deliveries;
        DeliveryRepository restarted = anotherProcess();
        stale.openRun(PERIOD, 1);
        assertThat(stale.begin(PERIOD, "a", "a@example.com", "<a@x>", null)).isEqualTo(Attempt.FIRST);

        restarted.openRun(PERIOD, 2);

        assertThatThrownBy(() -> stale.begin(PERIOD, "b", "b@example.com", "<b@x>", "a"))
                .isInstanceOf(ConflictException.class)
                .hasMessage("execution 2 has taken over the statement of 2026-10 from execution 1, which stops here");
        stale.markSent(PERIOD, "a"); // what did go out is still recorded
        assertThat(record("a")).containsEntry("STATUS", "SENT");
        assertThat(restarted.begin(PERIOD, "a", "a@example.com", "<a@x>", null)).isEqualTo(Attempt.DONE);
        assertThat(restarted.begin(PERIOD, "b", "b@example.com", "<b@x>", null)).isEqualTo(Attempt.FIRST);
        assertThatThrownBy(() -> stale.checkpoint(PERIOD)).isInstanceOf(ConflictException.class);

        stale.closeRun(PERIOD);
        assertThat(DeliveryJournal.read(JOURNAL)).as("the journal is the restarted run's now")
                .extracting(Entry::accountId).contains("b");
        restarted.closeRun(PERIOD);
        assertThat(JOURNAL).doesNotExist();
    }

    @Test
    void twoProcessesRecordingTheSameAccountAtOnceNeitherFailsAndOneSendsAgainUncertain() throws Exception {
        for (String account : DeliveryRace.recordTogether(deliveries, anotherProcess(), PERIOD)) {
            assertThat(record(account)).containsEntry("UNCERTAIN", true).containsEntry("ATTEMPTS", 2);
        }
    }

    private DeliveryRepository anotherProcess() {
        return new DeliveryRepository(jdbc, named, transactions, clock);
    }

    private Map<String, Object> record(String accountId) {
        List<Map<String, Object>> rows = jdbc.sql("SELECT * FROM statement_delivery WHERE period = ? AND account_id = ?")
                .params(PERIOD, accountId).query().listOfRows();
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }
}
