package com.loyaltybatch.statement;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import com.loyaltybatch.common.Sql;

/**
 * The period's activity for a whole chunk of accounts, in two queries whatever the chunk size:
 * one aggregate per account (period sums by type, and what happened after the period so the
 * balance at its end can be derived), one for the period's transactions. A chunk is a run of
 * accounts in id order, so both select the id range from its first to its last account: an index
 * range scan on every database, where a long IN list of bind parameters makes H2 scan the table.
 */
class StatementActivity {

    record Totals(long afterEnd, long earned, long redeemed, long adjusted, long expired, long net) {
        static final Totals NONE = new Totals(0, 0, 0, 0, 0, 0);
    }

    record Entry(Instant createdDate, String type, String description, long amount) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    StatementActivity(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, Totals> totals(StatementPeriod period, List<String> accountIds) {
        Map<String, Totals> totals = new HashMap<>();
        jdbc.query("""
                SELECT account_id,
                       SUM(CASE WHEN created_date >= :end THEN amount ELSE 0 END) AS after_end,
                       SUM(CASE WHEN created_date < :end AND transaction_type = 'EARN' THEN amount ELSE 0 END) AS earned,
                       SUM(CASE WHEN created_date < :end AND transaction_type IN ('REDEEM', 'REFUND') THEN -amount ELSE 0 END) AS redeemed,
                       SUM(CASE WHEN created_date < :end AND transaction_type = 'ADJUST' THEN amount ELSE 0 END) AS adjusted,
                       SUM(CASE WHEN created_date < :end AND transaction_type = 'EXPIRE' THEN -amount ELSE 0 END) AS expired,
                       SUM(CASE WHEN created_date < :end THEN amount ELSE 0 END) AS net
                FROM points_transaction
                WHERE account_id BETWEEN :first AND :last AND created_date >= :start
                GROUP BY account_id""", params(period, accountIds), rs -> {
            totals.put(rs.getString("account_id"), new Totals(rs.getLong("after_end"), rs.getLong("earned"),
                    rs.getLong("redeemed"), rs.getLong("adjusted"), rs.getLong("expired"), rs.getLong("net")));
        });
        return totals;
    }

    /** The period's transactions of each account, newest first, at most {@code limit} each. */
    Map<String, List<Entry>> latest(StatementPeriod period, List<String> accountIds, int limit) {
        Map<String, List<Entry>> latest = new HashMap<>();
        jdbc.query("""
                SELECT account_id, created_date, transaction_type, description, amount
                FROM points_transaction
                WHERE account_id BETWEEN :first AND :last AND created_date >= :start AND created_date < :end
                ORDER BY account_id, created_date DESC, seq DESC""", params(period, accountIds), rs -> {
            List<Entry> entries = latest.computeIfAbsent(rs.getString("account_id"), id -> new java.util.ArrayList<>());
            if (entries.size() < limit) {
                entries.add(new Entry(Sql.instant(rs, "created_date"), rs.getString("transaction_type"),
                        rs.getString("description"), rs.getLong("amount")));
            }
        });
        return latest;
    }

    private static MapSqlParameterSource params(StatementPeriod period, List<String> accountIds) {
        return new MapSqlParameterSource("first", java.util.Collections.min(accountIds))
                .addValue("last", java.util.Collections.max(accountIds))
                .addValue("start", Sql.ts(period.start()))
                .addValue("end", Sql.ts(period.end()));
    }
}
