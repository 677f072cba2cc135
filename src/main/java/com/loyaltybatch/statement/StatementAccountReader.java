package com.loyaltybatch.statement;

import java.util.ArrayDeque;
import java.util.Deque;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.loyaltybatch.common.Sql;

/**
 * Reads accounts with their contacts in account-id order, one keyset page at a time
 * ({@code WHERE a.id > :last}, never OFFSET), so every page costs the same however deep the run
 * is. The last id handed out is saved at each commit; a restart continues after it.
 */
class StatementAccountReader implements ItemStreamReader<StatementAccount> {

    static final String LAST_ID = "statement.reader.lastId";

    private final JdbcClient jdbc;
    private final int pageSize;
    private final Deque<StatementAccount> page = new ArrayDeque<>();
    private String lastId;
    private String lastFetchedId;
    private boolean exhausted;

    StatementAccountReader(JdbcClient jdbc, int pageSize) {
        this.jdbc = jdbc;
        this.pageSize = pageSize;
    }

    @Override
    public void open(ExecutionContext context) {
        lastId = context.containsKey(LAST_ID) ? context.getString(LAST_ID) : "";
        lastFetchedId = lastId;
        page.clear();
        exhausted = false;
    }

    @Override
    public StatementAccount read() {
        if (page.isEmpty() && !exhausted) {
            fetch();
        }
        StatementAccount next = page.poll();
        if (next != null) {
            lastId = next.accountId();
        }
        return next;
    }

    private void fetch() {
        var rows = jdbc.sql("""
                SELECT a.id, a.contact_id, c.member_id, c.email, c.first_name, c.last_name, c.locale, c.subscribed,
                       a.balance, a.tier_id, a.expiration_date, a.expiring_points_amount
                FROM loyalty_account a JOIN contact c ON c.id = a.contact_id
                WHERE a.id > ? ORDER BY a.id FETCH FIRST ? ROWS ONLY""")
                .params(lastFetchedId, pageSize)
                .query((rs, n) -> new StatementAccount(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getBoolean(8),
                        rs.getLong(9), rs.getString(10), Sql.instant(rs, "expiration_date"),
                        Sql.nullableLong(rs, "expiring_points_amount")))
                .list();
        page.addAll(rows);
        exhausted = rows.size() < pageSize;
        if (!rows.isEmpty()) {
            lastFetchedId = rows.get(rows.size() - 1).accountId();
        }
    }

    @Override
    public void update(ExecutionContext context) {
        context.putString(LAST_ID, lastId);
    }
}
