package com.loyaltybatch.statement;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
 */
class DeliveryRepository {

    enum Status {
        SENDING, SENT, FAILED
    }

    record Counts(long sent, long failed, long uncertain, long sending) {
    }

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    DeliveryRepository(JdbcClient jdbc, NamedParameterJdbcTemplate named, PlatformTransactionManager transactions,
            Clock clock) {
        this.jdbc = jdbc;
        this.named = named;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * The recorded status of each account from the first to the last of these ids (a chunk in id
     * order: a primary-key range) for the period; absent when never attempted.
     */
    Map<String, Status> statuses(String period, List<String> accountIds) {
        Map<String, Status> statuses = new HashMap<>();
        named.query("""
                SELECT account_id, status FROM statement_delivery
                WHERE period = :period AND account_id BETWEEN :first AND :last""",
                new MapSqlParameterSource("period", period).addValue("first", java.util.Collections.min(accountIds))
                        .addValue("last", java.util.Collections.max(accountIds)),
                rs -> {
                    statuses.put(rs.getString(1), Status.valueOf(rs.getString(2)));
                });
        return statuses;
    }

    /**
     * Records that a message is about to go out. A row found still SENDING was in flight when
     * an earlier run stopped: it is marked uncertain (it may have arrived) and sent again.
     * {@code sentBefore}, when not null, is the account whose message went out just before on the
     * same connection: it is marked SENT in the same commit.
     */
    void markSending(String period, String accountId, String email, String messageId, Status previous,
            String sentBefore) {
        ownTransaction.executeWithoutResult(status -> {
            if (sentBefore != null) {
                update(period, sentBefore, Status.SENT, null);
            }
            if (previous == null) {
                jdbc.sql("""
                        INSERT INTO statement_delivery (period, account_id, status, email, message_id, attempts, uncertain,
                               updated_date)
                        VALUES (?, ?, 'SENDING', ?, ?, 1, FALSE, ?)""")
                        .params(period, accountId, email, messageId, Sql.ts(clock.instant())).update();
            } else {
                jdbc.sql("""
                        UPDATE statement_delivery SET attempts = attempts + 1, uncertain = TRUE, email = ?, updated_date = ?
                        WHERE period = ? AND account_id = ?""")
                        .params(email, Sql.ts(clock.instant()), period, accountId).update();
            }
        });
    }

    /** Forgets an attempt that surely did not reach the server, unless it was already in doubt. */
    void release(String period, String accountId) {
        ownTransaction.executeWithoutResult(status -> jdbc.sql("""
                DELETE FROM statement_delivery
                WHERE period = ? AND account_id = ? AND status = 'SENDING' AND NOT uncertain""")
                .params(period, accountId).update());
    }

    void markSent(String period, String accountId) {
        mark(period, accountId, Status.SENT, null);
    }

    void markFailed(String period, String accountId, String reply) {
        mark(period, accountId, Status.FAILED, reply.length() > 500 ? reply.substring(0, 500) : reply);
    }

    private void mark(String period, String accountId, Status outcome, String reply) {
        ownTransaction.executeWithoutResult(status -> update(period, accountId, outcome, reply));
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
