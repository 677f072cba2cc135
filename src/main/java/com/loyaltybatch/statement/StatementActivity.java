package com.loyaltybatch.statement;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import com.loyaltybatch.common.Sql;

/**
 * The period's activity for a whole page of accounts, in one query whatever the page size: every
 * transaction of the page's accounts from the start of the period on, newest first per account.
 * The period's sums, what happened after the period (so the balance at its end can be derived)
 * and the latest lines for the message's table all come from that one pass. A page is a run of
 * accounts in id order, so the query selects the id range from its first to its last account: an
 * index range scan on every database, where a long IN list of bind parameters makes H2 scan the
 * table.
 */
class StatementActivity {

    record Totals(long afterEnd, long earned, long redeemed, long adjusted, long expired, long net) {
        static final Totals NONE = new Totals(0, 0, 0, 0, 0, 0);
    }

    record Entry(Instant createdDate, String type, String description, long amount) {
    }

    /** One account's activity: its totals and the period's latest transactions, newest first. */
    record Activity(Totals totals, List<Entry> latest) {
        static final Activity NONE = new Activity(Totals.NONE, List.of());
    }

    private final NamedParameterJdbcTemplate jdbc;

    StatementActivity(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The activity of the accounts from the first to the last of these ids (in id order), at most
     * {@code limit} lines each; accounts without activity are absent.
     */
    Map<String, Activity> load(StatementPeriod period, List<String> accountIds, int limit) {
        Map<String, Sums> sums = new HashMap<>();
        Map<String, List<Entry>> latest = new HashMap<>();
        Instant end = period.end();
        jdbc.query("""
                SELECT account_id, created_date, transaction_type, description, amount
                FROM points_transaction
                WHERE account_id BETWEEN :first AND :last AND created_date >= :start
                ORDER BY account_id, created_date DESC, seq DESC""", params(period, accountIds), rs -> {
            String accountId = rs.getString(1);
            Instant created = rs.getObject(2, OffsetDateTime.class).toInstant();
            String type = rs.getString(3);
            long amount = rs.getLong(5);
            sums.computeIfAbsent(accountId, id -> new Sums()).add(created.isBefore(end), type, amount);
            if (created.isBefore(end)) {
                List<Entry> entries = latest.computeIfAbsent(accountId, id -> new ArrayList<>(limit));
                if (entries.size() < limit) {
                    entries.add(new Entry(created, type, rs.getString(4), amount));
                }
            }
        });
        Map<String, Activity> activity = new HashMap<>(sums.size() * 2);
        sums.forEach((id, s) -> activity.put(id, new Activity(s.totals(), latest.getOrDefault(id, List.of()))));
        return activity;
    }

    private static final class Sums {
        long afterEnd, earned, redeemed, adjusted, expired, net;

        void add(boolean inPeriod, String type, long amount) {
            if (!inPeriod) {
                afterEnd += amount;
                return;
            }
            net += amount;
            switch (type) {
                case "EARN" -> earned += amount;
                case "REDEEM", "REFUND" -> redeemed -= amount;
                case "ADJUST" -> adjusted += amount;
                case "EXPIRE" -> expired -= amount;
                default -> { }
            }
        }

        Totals totals() {
            return new Totals(afterEnd, earned, redeemed, adjusted, expired, net);
        }
    }

    private static MapSqlParameterSource params(StatementPeriod period, List<String> accountIds) {
        return new MapSqlParameterSource("first", Collections.min(accountIds))
                .addValue("last", Collections.max(accountIds))
                .addValue("start", Sql.ts(period.start()));
    }
}
