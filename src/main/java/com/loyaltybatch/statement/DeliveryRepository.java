package com.loyaltybatch.statement;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import com.loyaltybatch.common.Sql;

/**
 * Delivery records of the monthly statement. Marks are committed on their own, outside the
 * chunk's transaction: mail cannot be rolled back, so what went out must be on record at once.
 * On record means able to survive the process: PostgreSQL's commit is; an embedded H2 database
 * writes commits to its file in the background, so there each mark also goes to the run's
 * {@link DeliveryJournal} before the method returns, and so before the next message leaves
 * (see {@link DeliveryJournals}).
 */
class DeliveryRepository {

    enum Status {
        SENDING, SENT, FAILED
    }

    /** What {@link #begin} found on record for the account, and so whether to send. */
    enum Attempt {
        /** Never attempted: send. */
        FIRST,
        /** Left SENDING by an earlier run (it may have arrived): now uncertain, send again. */
        AGAIN,
        /** Already SENT or FAILED: do not send. */
        DONE;

        boolean send() {
            return this != DONE;
        }
    }

    record Counts(long sent, long failed, long uncertain, long sending) {
    }

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final DeliveryJournals journals;
    private final PeriodClaims claims;

    DeliveryRepository(JdbcClient jdbc, NamedParameterJdbcTemplate named, PlatformTransactionManager transactions,
            Clock clock) {
        this.jdbc = jdbc;
        this.named = named;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.journals = new DeliveryJournals(named.getJdbcTemplate());
        this.claims = new PeriodClaims(jdbc, ownTransaction, clock);
    }

    /**
     * Before a run sends anything: claims the period for this execution (see {@link PeriodClaims}),
     * brings the records up to date with what the journal of an earlier, killed run of the period
     * holds, and starts this run's journal.
     */
    void openRun(String period, long executionId) {
        claims.claim(period, executionId);
        var replay = new JournalReplay(jdbc, clock);
        journals.open(period, entries -> ownTransaction.executeWithoutResult(status -> {
            for (DeliveryJournal.Entry entry : entries) {
                replay.apply(period, entry);
            }
        }));
    }

    /**
     * At a chunk boundary, no message in flight: what is committed goes to the file. A run that
     * has lost its claim stops here too, before it empties a journal that is no longer its own.
     */
    void checkpoint(String period) {
        claims.check(period);
        journals.checkpoint(period);
    }

    /**
     * After a run: its records are in the database file and its journal is gone. A run that
     * lost its claim leaves the journal to the execution that took over.
     */
    void closeRun(String period) {
        journals.close(period, claims.release(period));
    }

    /**
     * The recorded status of each account from the first to the last of these ids, a chunk in
     * the database's order (a primary-key range), for the period; absent when never attempted.
     * A hint that spares rendering what is done: {@link #begin} decides.
     */
    Map<String, Status> statuses(String period, List<String> accountIds) {
        Map<String, Status> statuses = new HashMap<>();
        named.query("""
                SELECT account_id, status FROM statement_delivery
                WHERE period = :period AND account_id BETWEEN :first AND :last""",
                new MapSqlParameterSource("period", period).addValue("first", accountIds.get(0))
                        .addValue("last", accountIds.get(accountIds.size() - 1)),
                rs -> {
                    statuses.put(rs.getString(1), Status.valueOf(rs.getString(2)));
                });
        return statuses;
    }

    /**
     * Records that a message is about to go out, deciding from the account's row as it is now,
     * whatever an earlier run left: none, a new SENDING row; a row still SENDING was in
     * flight when an earlier run stopped, so it is marked uncertain and sent again; SENT or
     * FAILED, nothing to send. {@code sentBefore}, when not null, is the account whose message
     * went out just before on the same connection: it is marked SENT in the same commit. The
     * marks survive the process when this returns. A run that has lost its period's claim to
     * another execution is refused here, before it sends again (a conflict).
     */
    Attempt begin(String period, String accountId, String email, String messageId, String sentBefore) {
        Attempt attempt;
        try {
            attempt = ownTransaction.execute(status -> record(period, accountId, email, messageId, sentBefore));
        } catch (DuplicateKeyException raced) {
            // another process inserted the record between the look-up and the insert: it is
            // SENDING now, and deciding again sees it
            attempt = ownTransaction.execute(status -> record(period, accountId, email, messageId, sentBefore));
        }
        var sent = sentBefore == null ? null : entry(DeliveryJournal.Type.SENT, sentBefore, null);
        var sending = attempt == Attempt.DONE ? null
                : new DeliveryJournal.Entry(attempt == Attempt.FIRST ? DeliveryJournal.Type.FIRST
                        : DeliveryJournal.Type.AGAIN, accountId, email, messageId, null);
        journals.record(period, sent, sending);
        return attempt;
    }

    private Attempt record(String period, String accountId, String email, String messageId, String sentBefore) {
        claims.check(period);
        if (sentBefore != null) {
            update(period, sentBefore, Status.SENT, null);
        }
        // no row lock: within a run an account is on one lane only; two processes on one account
        // are kept apart by the claim, and an insert that races another fails and is decided again
        var recorded = jdbc.sql("""
                SELECT status FROM statement_delivery WHERE period = ? AND account_id = ?""")
                .params(period, accountId).query(String.class).optional().map(Status::valueOf);
        if (recorded.isEmpty()) {
            jdbc.sql("""
                    INSERT INTO statement_delivery (period, account_id, status, email, message_id, attempts, uncertain,
                           updated_date)
                    VALUES (?, ?, 'SENDING', ?, ?, 1, FALSE, ?)""")
                    .params(period, accountId, email, messageId, Sql.ts(clock.instant())).update();
            return Attempt.FIRST;
        }
        if (recorded.get() != Status.SENDING) {
            return Attempt.DONE;
        }
        jdbc.sql("""
                UPDATE statement_delivery SET attempts = attempts + 1, uncertain = TRUE, email = ?, updated_date = ?
                WHERE period = ? AND account_id = ?""")
                .params(email, Sql.ts(clock.instant()), period, accountId).update();
        return Attempt.AGAIN;
    }

    /** Forgets an attempt that surely did not reach the server, unless it was already in doubt. */
    void release(String period, String accountId) {
        ownTransaction.executeWithoutResult(status -> jdbc.sql("""
                DELETE FROM statement_delivery
                WHERE period = ? AND account_id = ? AND status = 'SENDING' AND NOT uncertain""")
                .params(period, accountId).update());
        journals.record(period, entry(DeliveryJournal.Type.RELEASED, accountId, null));
    }

    void markSent(String period, String accountId) {
        mark(period, accountId, Status.SENT, null);
    }

    void markFailed(String period, String accountId, String reply) {
        mark(period, accountId, Status.FAILED, reply.length() > 500 ? reply.substring(0, 500) : reply);
    }

    private void mark(String period, String accountId, Status outcome, String reply) {
        ownTransaction.executeWithoutResult(status -> update(period, accountId, outcome, reply));
        journals.record(period, entry(DeliveryJournal.Type.valueOf(outcome.name()), accountId, reply));
    }

    private static DeliveryJournal.Entry entry(DeliveryJournal.Type type, String accountId, String reply) {
        return new DeliveryJournal.Entry(type, accountId, null, null, reply);
    }

    private void update(String period, String accountId, Status outcome, String reply) {
        jdbc.sql("""
                UPDATE statement_delivery SET status = ?, reply = ?, updated_date = ?
                WHERE period = ? AND account_id = ?""")
                .params(outcome.name(), reply, Sql.ts(clock.instant()), period, accountId).update();
    }

    Counts counts(String period) {
        return jdbc.sql("""
                SELECT COALESCE(SUM(CASE WHEN status = 'SENT' THEN 1 ELSE 0 END), 0),
                       COALESCE(SUM(CASE WHEN status = 'FAILED' THEN 1 ELSE 0 END), 0),
                       COALESCE(SUM(CASE WHEN uncertain THEN 1 ELSE 0 END), 0),
                       COALESCE(SUM(CASE WHEN status = 'SENDING' THEN 1 ELSE 0 END), 0)
                FROM statement_delivery WHERE period = ?""")
                .param(period)
                .query((rs, n) -> new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .single();
    }

    /** Failed deliveries with the server's reply, for reports. */
    List<Map<String, Object>> failures(String period, int limit) {
        return jdbc.sql("""
                SELECT account_id, email, reply FROM statement_delivery
                WHERE period = ? AND status = 'FAILED' ORDER BY account_id FETCH FIRST ? ROWS ONLY""")
                .params(period, limit).query().listOfRows();
    }
}
