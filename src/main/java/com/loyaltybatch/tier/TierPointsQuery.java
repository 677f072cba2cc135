package com.loyaltybatch.tier;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import com.loyaltybatch.common.Sql;

/**
 * Tier points of a run of accounts in one aggregate query: the sum of their EARN and ADJUST
 * amounts within the window. The accounts are a run in id order, so the query selects the id
 * range from the first to the last: an index range scan, where a long IN list of bind parameters
 * makes H2 scan the table.
 */
@Component
class TierPointsQuery {

    private final NamedParameterJdbcTemplate jdbc;

    TierPointsQuery(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Signed sums by account id; accounts without earnings or adjustments in the window are absent. */
    Map<String, Long> sums(List<String> accountIds, TierWindow window) {
        Map<String, Long> sums = new HashMap<>();
        if (accountIds.isEmpty()) {
            return sums;
        }
        jdbc.query("""
                SELECT account_id, SUM(amount) AS points
                FROM points_transaction
                WHERE account_id BETWEEN :first AND :last AND created_date >= :start AND created_date < :end
                      AND transaction_type IN ('EARN', 'ADJUST')
                GROUP BY account_id""",
                new MapSqlParameterSource("first", Collections.min(accountIds))
                        .addValue("last", Collections.max(accountIds))
                        .addValue("start", Sql.ts(window.start()))
                        .addValue("end", Sql.ts(window.end())),
                rs -> {
                    sums.put(rs.getString("account_id"), rs.getLong("points"));
                });
        return sums;
    }
}
