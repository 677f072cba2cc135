package com.loyaltybatch.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.loyaltybatch.common.Sql;

/**
 * Accounts as the statement reads them: joined with their contacts and enriched with a period's
 * activity ({@link StatementActivity}). The run reads them a keyset page at a time; a preview
 * reads one account the same way, so it shows exactly what the run would.
 */
class StatementAccounts {

    private static final String SELECT = """
            SELECT a.id, a.contact_id, c.member_id, c.email, c.first_name, c.last_name, c.locale, c.subscribed,
                   a.balance, a.tier_id, a.expiration_date, a.expiring_points_amount
            FROM loyalty_account a JOIN contact c ON c.id = a.contact_id
            """;

    private static final RowMapper<StatementAccount> ROW = (rs, n) -> new StatementAccount(rs.getString(1),
            rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
            rs.getBoolean(8), rs.getLong(9), rs.getString(10), Sql.instant(rs, "expiration_date"),
            Sql.nullableLong(rs, "expiring_points_amount"), StatementActivity.Activity.NONE);

    private final JdbcClient jdbc;
    private final StatementActivity activity;
    private final int recentTransactions;

    StatementAccounts(JdbcClient jdbc, StatementActivity activity, int recentTransactions) {
        this.jdbc = jdbc;
        this.activity = activity;
        this.recentTransactions = recentTransactions;
    }

    /** The next {@code pageSize} accounts in id order after {@code after} ({@code ""}: from the first). */
    List<StatementAccount> after(String after, int pageSize, StatementPeriod period) {
        var rows = jdbc.sql(SELECT + "WHERE a.id > ? ORDER BY a.id FETCH FIRST ? ROWS ONLY")
                .params(after, pageSize).query(ROW).list();
        return enriched(rows, period);
    }

    /** One account, as the run would read it for the period. */
    Optional<StatementAccount> byId(String accountId, StatementPeriod period) {
        var rows = jdbc.sql(SELECT + "WHERE a.id = ?").params(accountId).query(ROW).list();
        return enriched(rows, period).stream().findFirst();
    }

    /** The rows with their activity, loaded for the id range from the first row to the last. */
    private List<StatementAccount> enriched(List<StatementAccount> rows, StatementPeriod period) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<String, StatementActivity.Activity> activities = activity.load(period,
                List.of(rows.get(0).accountId(), rows.get(rows.size() - 1).accountId()), recentTransactions);
        List<StatementAccount> enriched = new ArrayList<>(rows.size());
        for (StatementAccount row : rows) {
            var found = activities.get(row.accountId());
            enriched.add(found == null ? row : row.with(found));
        }
        return enriched;
    }
}
