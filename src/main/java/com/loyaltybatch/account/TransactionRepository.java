package com.loyaltybatch.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.loyaltybatch.common.Sql;

@Repository
class TransactionRepository {

    static final String SELECT = """
            SELECT id, account_id, created_date, amount, transaction_type, description, idempotency_key,
                   app_id, activity_type, order_id, amount_before, amount_after, reward_id, reward_type,
                   reference_entity_id, refunded_transaction_id
            FROM points_transaction
            """;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;

    TransactionRepository(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    Optional<PointsTransaction> findById(String id) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(TransactionRepository::map).optional();
    }

    Optional<PointsTransaction> findByIdempotencyKey(String accountId, String key) {
        return jdbc.sql(SELECT + " WHERE account_id = ? AND idempotency_key = ?").params(accountId, key)
                .query(TransactionRepository::map).optional();
    }

    List<PointsTransaction> find(TransactionQuery query) {
        StringBuilder sql = new StringBuilder(SELECT).append(" WHERE account_id = :accountId");
        MapSqlParameterSource params = new MapSqlParameterSource("accountId", query.accountId())
                .addValue("limit", query.limit());
        if (query.type() != null) {
            sql.append(" AND transaction_type = :type");
            params.addValue("type", query.type().name());
        }
        if (query.from() != null) {
            sql.append(" AND created_date >= :from");
            params.addValue("from", Sql.ts(query.from()));
        }
        if (query.to() != null) {
            sql.append(" AND created_date < :to");
            params.addValue("to", Sql.ts(query.to()));
        }
        sql.append(" ORDER BY created_date DESC, seq DESC FETCH FIRST :limit ROWS ONLY");
        return named.query(sql.toString(), params, TransactionRepository::map);
    }

    /** Sum of the account's ledger amounts: equals its balance. */
    long sumAmounts(String accountId) {
        return jdbc.sql("SELECT COALESCE(SUM(amount), 0) FROM points_transaction WHERE account_id = ?")
                .param(accountId).query(Long.class).single();
    }

    void insert(PointsTransaction transaction) {
        insertAll(List.of(transaction));
    }

    void insertAll(List<PointsTransaction> transactions) {
        named.batchUpdate("""
                INSERT INTO points_transaction (id, account_id, created_date, amount, transaction_type, description,
                       idempotency_key, app_id, activity_type, order_id, amount_before, amount_after, reward_id,
                       reward_type, reference_entity_id, refunded_transaction_id)
                VALUES (:id, :accountId, :createdDate, :amount, :type, :description, :idempotencyKey, :appId,
                       :activityType, :orderId, :amountBefore, :amountAfter, :rewardId, :rewardType,
                       :referenceEntityId, :refundedTransactionId)
                """, transactions.stream().map(TransactionRepository::params).toArray(SqlParameterSource[]::new));
    }

    private static SqlParameterSource params(PointsTransaction t) {
        var balanceChange = t.adjust() != null ? t.adjust() : t.expire();
        return new MapSqlParameterSource()
                .addValue("id", t.id())
                .addValue("accountId", t.accountId())
                .addValue("createdDate", Sql.ts(t.createdDate()))
                .addValue("amount", t.amount())
                .addValue("type", t.transactionType().name())
                .addValue("description", t.description())
                .addValue("idempotencyKey", t.idempotencyKey())
                .addValue("appId", t.earn() == null ? null : t.earn().appId())
                .addValue("activityType", t.earn() == null ? null : t.earn().activityType())
                .addValue("orderId", t.earn() == null ? null : t.earn().orderId())
                .addValue("amountBefore", balanceChange == null ? null : balanceChange.amountBefore())
                .addValue("amountAfter", balanceChange == null ? null : balanceChange.amountAfter())
                .addValue("rewardId", t.redeem() == null ? null : t.redeem().rewardId())
                .addValue("rewardType", t.redeem() == null ? null : t.redeem().rewardType())
                .addValue("referenceEntityId", t.redeem() == null ? null : t.redeem().referenceEntityId())
                .addValue("refundedTransactionId", t.refund() == null ? null : t.refund().refundedTransactionId());
    }

    static PointsTransaction map(ResultSet rs, int row) throws SQLException {
        TransactionType type = TransactionType.valueOf(rs.getString("transaction_type"));
        Long before = Sql.nullableLong(rs, "amount_before");
        Long after = Sql.nullableLong(rs, "amount_after");
        PointsTransaction.BalanceChange change = before == null ? null : new PointsTransaction.BalanceChange(before, after);
        return new PointsTransaction(
                rs.getString("id"),
                rs.getString("account_id"),
                Sql.instant(rs, "created_date"),
                rs.getLong("amount"),
                type,
                rs.getString("description"),
                rs.getString("idempotency_key"),
                type == TransactionType.EARN ? new PointsTransaction.EarnInfo(rs.getString("app_id"),
                        rs.getString("activity_type"), rs.getString("order_id")) : null,
                type == TransactionType.REDEEM ? new PointsTransaction.RedeemInfo(rs.getString("reward_id"),
                        rs.getString("reward_type"), rs.getString("reference_entity_id")) : null,
                type == TransactionType.ADJUST ? change : null,
                type == TransactionType.REFUND ? new PointsTransaction.RefundInfo(rs.getString("refunded_transaction_id")) : null,
                type == TransactionType.EXPIRE ? change : null);
    }

    /** Of these keys, those each of these accounts already used, by account id. */
    java.util.Map<String, java.util.Set<String>> usedKeys(java.util.Collection<String> accountIds,
            java.util.Collection<String> keys) {
        java.util.Map<String, java.util.Set<String>> used = new java.util.HashMap<>();
        if (accountIds.isEmpty() || keys.isEmpty()) {
            return used;
        }
        named.query("""
                SELECT account_id, idempotency_key FROM points_transaction
                WHERE account_id IN (:accounts) AND idempotency_key IN (:keys)""",
                new MapSqlParameterSource("accounts", accountIds).addValue("keys", keys),
                (ResultSet rs) -> {
                    used.computeIfAbsent(rs.getString(1), id -> new java.util.HashSet<>()).add(rs.getString(2));
                });
        return used;
    }
}
