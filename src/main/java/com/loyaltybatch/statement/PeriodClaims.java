package com.loyaltybatch.statement;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import com.loyaltybatch.common.ConflictException;
import com.loyaltybatch.common.Sql;

/**
 * Which execution is sending a period's statement (table {@code statement_run}). A run claims
 * its period before it sends; the latest claim wins. A run checks its claim before every message
 * and at every chunk boundary, so a process still sending for an execution that lost the claim
 * (marked FAILED by {@code recover} while its process was alive, then restarted) stops there
 * instead of sending beside the run that took over. The check is a plain read: a takeover that
 * commits between the check and the send lets at most that message of each connection through.
 */
final class PeriodClaims {

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    /** The execution each period's run in this process claimed it for. */
    private final Map<String, Long> held = new ConcurrentHashMap<>();

    PeriodClaims(JdbcClient jdbc, TransactionTemplate ownTransaction, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = ownTransaction;
        this.clock = clock;
    }

    void claim(String period, long executionId) {
        try {
            write(period, executionId);
        } catch (DuplicateKeyException raced) {
            // another run inserted the period's first claim at the same moment: the later one wins
            write(period, executionId);
        }
        held.put(period, executionId);
    }

    private void write(String period, long executionId) {
        ownTransaction.executeWithoutResult(status -> {
            int claimed = jdbc.sql("UPDATE statement_run SET execution_id = ?, claimed_date = ? WHERE period = ?")
                    .params(executionId, Sql.ts(clock.instant()), period).update();
            if (claimed == 0) {
                jdbc.sql("INSERT INTO statement_run (period, execution_id, claimed_date) VALUES (?, ?, ?)")
                        .params(period, executionId, Sql.ts(clock.instant())).update();
            }
        });
    }

    /** Refuses (a conflict) when this process holds a claim on the period that another execution took over. */
    void check(String period) {
        Long claim = held.get(period);
        if (claim == null) {
            return;
        }
        long holder = jdbc.sql("SELECT execution_id FROM statement_run WHERE period = ?").param(period)
                .query(Long.class).single();
        if (holder != claim) {
            throw new ConflictException("execution " + holder + " has taken over the statement of " + period
                    + " from execution " + claim + ", which stops here");
        }
    }

    /** Lets go of the period's claim; true when it was still this run's. */
    boolean release(String period) {
        try {
            check(period);
            return true;
        } catch (ConflictException | DataAccessException e) {
            return false;
        } finally {
            held.remove(period);
        }
    }
}
