package com.loyaltybatch.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.loyaltybatch.common.Sql;

@Repository
class AccountRepository {

    /** Accounts with their contact's member id: memberId belongs to the contact, not the account. */
    static final String SELECT = """
            SELECT a.id, a.contact_id, c.member_id, a.balance, a.earned, a.adjusted, a.redeemed, a.expired,
                   a.tier_id, a.tier_points, a.tier_updated_date, a.expiration_date, a.expiring_points_amount,
                   a.reward_available, a.created_date, a.updated_date, a.last_activity_date, a.revision
            FROM loyalty_account a JOIN contact c ON c.id = a.contact_id
            """;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;

    AccountRepository(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    Optional<Account> findById(String id) {
        return jdbc.sql(SELECT + " WHERE a.id = ?").param(id).query(AccountRepository::map).optional();
    }

    Optional<Account> findByContactId(String contactId) {
        return jdbc.sql(SELECT + " WHERE a.contact_id = ?").param(contactId).query(AccountRepository::map).optional();
    }

    Optional<Account> findByMemberId(String memberId) {
        return jdbc.sql(SELECT + " WHERE c.member_id = ?").param(memberId).query(AccountRepository::map).optional();
    }

    /** The account, its row locked until the transaction ends. */
    Optional<Account> lock(String id) {
        return jdbc.sql("""
                SELECT a.id, a.contact_id, (SELECT c.member_id FROM contact c WHERE c.id = a.contact_id) AS member_id,
                       a.balance, a.earned, a.adjusted, a.redeemed, a.expired, a.tier_id, a.tier_points,
                       a.tier_updated_date, a.expiration_date, a.expiring_points_amount, a.reward_available,
                       a.created_date, a.updated_date, a.last_activity_date, a.revision
                FROM loyalty_account a WHERE a.id = ? FOR UPDATE""")
                .param(id).query(AccountRepository::map).optional();
    }

    void insert(Account account) {
        insertAll(List.of(account));
    }

    void insertAll(List<Account> accounts) {
        named.batchUpdate("""
                INSERT INTO loyalty_account (id, contact_id, balance, earned, adjusted, redeemed, expired,
                       reward_available, created_date, updated_date, last_activity_date, revision)
                VALUES (:id, :contactId, :balance, :earned, :adjusted, :redeemed, :expired,
                       :rewardAvailable, :createdDate, :updatedDate, :lastActivityDate, :revision)
                """, accounts.stream().map(a -> new MapSqlParameterSource()
                        .addValue("id", a.id())
                        .addValue("contactId", a.contactId())
                        .addValue("balance", a.points().balance())
                        .addValue("earned", a.points().earned())
                        .addValue("adjusted", a.points().adjusted())
                        .addValue("redeemed", a.points().redeemed())
                        .addValue("expired", a.points().expired())
                        .addValue("rewardAvailable", a.rewardAvailable())
                        .addValue("createdDate", Sql.ts(a.createdDate()))
                        .addValue("updatedDate", Sql.ts(a.updatedDate()))
                        .addValue("lastActivityDate", Sql.ts(a.lastActivityDate()))
                        .addValue("revision", a.revision()))
                .toArray(SqlParameterSource[]::new));
    }

    /**
     * Writes what a points operation changed on an account locked by {@link #lock}, in one
     * statement: totals, next expiration, reward flag, activity, update time and revision.
     */
    void updateAfterOperation(Account account) {
        jdbc.sql("""
                UPDATE loyalty_account SET balance = ?, earned = ?, adjusted = ?, redeemed = ?, expired = ?,
                       expiration_date = ?, expiring_points_amount = ?, reward_available = ?,
                       last_activity_date = ?, updated_date = ?, revision = ?
                WHERE id = ?""")
                .params(account.points().balance(), account.points().earned(), account.points().adjusted(),
                        account.points().redeemed(), account.points().expired(),
                        Sql.ts(account.pointsExpiration().expirationDate()),
                        account.pointsExpiration().expiringPointsAmount(), account.rewardAvailable(),
                        Sql.ts(account.lastActivityDate()), Sql.ts(account.updatedDate()), account.revision(),
                        account.id())
                .update();
    }

    /** Contacts without an account, in id order, at most {@code limit}. */
    List<String> contactsWithoutAccount(int limit) {
        return jdbc.sql("""
                SELECT c.id FROM contact c
                WHERE NOT EXISTS (SELECT 1 FROM loyalty_account a WHERE a.contact_id = c.id)
                ORDER BY c.id FETCH FIRST ? ROWS ONLY""")
                .param(limit).query(String.class).list();
    }

    static Account map(ResultSet rs, int row) throws SQLException {
        return new Account(
                rs.getString("id"),
                rs.getString("contact_id"),
                rs.getString("member_id"),
                new Account.Points(rs.getLong("balance"), rs.getLong("earned"), rs.getLong("adjusted"),
                        rs.getLong("redeemed"), rs.getLong("expired")),
                new Account.Tier(rs.getString("tier_id"), Sql.nullableLong(rs, "tier_points"),
                        Sql.instant(rs, "tier_updated_date")),
                new Account.PointsExpiration(Sql.instant(rs, "expiration_date"),
                        Sql.nullableLong(rs, "expiring_points_amount")),
                rs.getBoolean("reward_available"),
                Sql.instant(rs, "created_date"),
                Sql.instant(rs, "updated_date"),
                Sql.instant(rs, "last_activity_date"),
                rs.getLong("revision"));
    }

    // --- tiers and points expiration

    /** Batched: changed tiers with their date and a revision bump, recounted points alone otherwise. */
    void updateTiers(List<TierAssignment> assignments, Instant now) {
        var changed = assignments.stream().filter(TierAssignment::tierChanged).map(a -> new MapSqlParameterSource()
                .addValue("id", a.accountId()).addValue("tierId", a.tierId()).addValue("points", a.tierPoints())
                .addValue("now", Sql.ts(now))).toArray(SqlParameterSource[]::new);
        var recounted = assignments.stream().filter(a -> !a.tierChanged()).map(a -> new MapSqlParameterSource()
                .addValue("id", a.accountId()).addValue("points", a.tierPoints())).toArray(SqlParameterSource[]::new);
        if (changed.length > 0) {
            named.batchUpdate("""
                    UPDATE loyalty_account SET tier_id = :tierId, tier_points = :points, tier_updated_date = :now,
                           updated_date = :now, revision = revision + 1
                    WHERE id = :id""", changed);
        }
        if (recounted.length > 0) {
            named.batchUpdate("UPDATE loyalty_account SET tier_points = :points WHERE id = :id", recounted);
        }
    }

    int moveToBaseTier(String tierId, Instant now) {
        return jdbc.sql("""
                UPDATE loyalty_account SET tier_id = NULL, tier_updated_date = ?, updated_date = ?, revision = revision + 1
                WHERE tier_id = ?""")
                .params(Sql.ts(now), Sql.ts(now), tierId).update();
    }

    void updateExpirations(List<Map.Entry<String, Account.PointsExpiration>> expirations) {
        if (expirations.isEmpty()) {
            return;
        }
        named.batchUpdate("""
                UPDATE loyalty_account SET expiration_date = :date, expiring_points_amount = :amount WHERE id = :id""",
                expirations.stream().map(e -> new MapSqlParameterSource("id", e.getKey())
                        .addValue("date", Sql.ts(e.getValue().expirationDate()))
                        .addValue("amount", e.getValue().expiringPointsAmount()))
                        .toArray(SqlParameterSource[]::new));
    }

    void clearExpirations() {
        jdbc.sql("""
                UPDATE loyalty_account SET expiration_date = NULL, expiring_points_amount = NULL
                WHERE expiration_date IS NOT NULL OR expiring_points_amount IS NOT NULL""").update();
    }

    /** What an account's next expiration follows from, for accounts after {@code afterId} in id order. */
    List<ExpirationBasis> expirationBasis(String afterId, int limit) {
        return jdbc.sql("""
                SELECT id, balance, last_activity_date, created_date FROM loyalty_account
                WHERE id > ? ORDER BY id FETCH FIRST ? ROWS ONLY""")
                .params(afterId, limit)
                .query((rs, n) -> new ExpirationBasis(rs.getString("id"), rs.getLong("balance"),
                        Sql.instant(rs, "last_activity_date"), Sql.instant(rs, "created_date")))
                .list();
    }

    record ExpirationBasis(String id, long balance, Instant lastActivityDate, Instant createdDate) {
    }

    // --- bulk points import

    /** Email key to account id (null: the contact has no account); keys of no contact are absent. */
    Map<String, String> accountIdsByEmailKey(java.util.Collection<String> emailKeys) {
        Map<String, String> ids = new java.util.HashMap<>();
        if (emailKeys.isEmpty()) {
            return ids;
        }
        jdbc.sql("""
                SELECT c.email_key, a.id FROM contact c LEFT JOIN loyalty_account a ON a.contact_id = c.id
                WHERE c.email_key IN (:keys)""")
                .param("keys", emailKeys)
                .query(rs -> {
                    ids.put(rs.getString(1), rs.getString(2));
                });
        return ids;
    }
}
