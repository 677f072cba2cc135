package com.loyaltybatch.demo;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import com.loyaltybatch.account.Account;
import com.loyaltybatch.account.PointsTransaction;
import com.loyaltybatch.contact.Contact;
import com.loyaltybatch.contact.ContactRules;

/**
 * Writes sample blocks straight into the tables, in the caller's transaction. The domain
 * services write one account at a time with locks and checks that sample data, built consistent,
 * does not need; a million accounts would take hours that way. The database constraints still
 * check every row (balance never negative, balance = earned + adjusted - redeemed - expired).
 */
final class SampleWriter {

    /** Rows per INSERT statement; keeps even the widest table under PostgreSQL's parameter limit. */
    static final int ROWS_PER_STATEMENT = 100;

    private final JdbcTemplate jdbc;

    private final MultiRowInsert<Contact> contacts = new MultiRowInsert<>("contact",
            List.of("id", "email", "email_key", "first_name", "last_name", "locale", "member_id", "subscribed",
                    "unsubscribed_date", "created_date", "updated_date"),
            ROWS_PER_STATEMENT, (s, i, c) -> {
                s.setString(i, c.id());
                string(s, i + 1, c.email());
                string(s, i + 2, ContactRules.emailKey(c.email()));
                string(s, i + 3, c.name().first());
                string(s, i + 4, c.name().last());
                string(s, i + 5, c.locale());
                string(s, i + 6, c.memberId());
                s.setBoolean(i + 7, c.subscribed());
                timestamp(s, i + 8, c.unsubscribedDate());
                timestamp(s, i + 9, c.createdDate());
                timestamp(s, i + 10, c.updatedDate());
            });

    private final MultiRowInsert<Account> accounts = new MultiRowInsert<>("loyalty_account",
            List.of("id", "contact_id", "balance", "earned", "adjusted", "redeemed", "expired", "reward_available",
                    "created_date", "updated_date", "last_activity_date", "revision"),
            ROWS_PER_STATEMENT, (s, i, a) -> {
                s.setString(i, a.id());
                s.setString(i + 1, a.contactId());
                s.setLong(i + 2, a.points().balance());
                s.setLong(i + 3, a.points().earned());
                s.setLong(i + 4, a.points().adjusted());
                s.setLong(i + 5, a.points().redeemed());
                s.setLong(i + 6, a.points().expired());
                s.setBoolean(i + 7, a.rewardAvailable());
                timestamp(s, i + 8, a.createdDate());
                timestamp(s, i + 9, a.updatedDate());
                timestamp(s, i + 10, a.lastActivityDate());
                s.setLong(i + 11, a.revision());
            });

    private final MultiRowInsert<PointsTransaction> transactions = new MultiRowInsert<>("points_transaction",
            List.of("id", "account_id", "created_date", "amount", "transaction_type", "description", "idempotency_key",
                    "app_id", "activity_type", "order_id", "amount_before", "amount_after", "reward_id", "reward_type",
                    "reference_entity_id"),
            ROWS_PER_STATEMENT, (s, i, t) -> {
                s.setString(i, t.id());
                s.setString(i + 1, t.accountId());
                timestamp(s, i + 2, t.createdDate());
                s.setLong(i + 3, t.amount());
                s.setString(i + 4, t.transactionType().name());
                string(s, i + 5, t.description());
                string(s, i + 6, t.idempotencyKey());
                var earn = t.earn();
                string(s, i + 7, earn == null ? null : earn.appId());
                string(s, i + 8, earn == null ? null : earn.activityType());
                string(s, i + 9, earn == null ? null : earn.orderId());
                var change = t.adjust();
                number(s, i + 10, change == null ? null : change.amountBefore());
                number(s, i + 11, change == null ? null : change.amountAfter());
                var redeem = t.redeem();
                string(s, i + 12, redeem == null ? null : redeem.rewardId());
                string(s, i + 13, redeem == null ? null : redeem.rewardType());
                string(s, i + 14, redeem == null ? null : redeem.referenceEntityId());
            });

    SampleWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the block's contacts, then accounts, then ledger (the order the foreign keys need). */
    void write(SampleBlock block) {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            contacts.insert(connection, block.contacts());
            accounts.insert(connection, block.accounts());
            transactions.insert(connection, block.transactions());
            return null;
        });
    }

    private static void string(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    private static void number(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    private static void timestamp(PreparedStatement statement, int index, Instant value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setObject(index, value.atOffset(ZoneOffset.UTC));
        }
    }
}
