package com.loyaltybatch.account;

import java.time.Instant;

import com.loyaltybatch.common.Ids;

/**
 * One ledger entry. Exactly one of the info blocks matching {@code transactionType} is set.
 * {@code amount} is signed; the account's balance is the sum of its amounts.
 */
public record PointsTransaction(
        String id,
        String accountId,
        Instant createdDate,
        long amount,
        TransactionType transactionType,
        String description,
        String idempotencyKey,
        EarnInfo earn,
        RedeemInfo redeem,
        BalanceChange adjust,
        RefundInfo refund,
        BalanceChange expire) {

    /** A credit (EARN) of {@code request.amount()} points. */
    static PointsTransaction earn(String accountId, Instant at, EarnRequest request) {
        return new PointsTransaction(Ids.newId(), accountId, at, request.amount(), TransactionType.EARN,
                request.description(), request.idempotencyKey(),
                new EarnInfo(request.appId(), request.activityType(), request.orderId()), null, null, null, null);
    }

    /** A correction (ADJUST) by {@code delta} of a balance that was {@code before}. */
    static PointsTransaction adjust(String accountId, Instant at, long delta, long before, String description) {
        return new PointsTransaction(Ids.newId(), accountId, at, delta, TransactionType.ADJUST, description, null,
                null, null, new BalanceChange(before, before + delta), null, null);
    }

    /** Points taken for a reward (REDEEM). */
    static PointsTransaction redeem(String accountId, Instant at, RedeemRequest request) {
        return new PointsTransaction(Ids.newId(), accountId, at, -request.amount(), TransactionType.REDEEM,
                request.description(), null, null,
                new RedeemInfo(request.rewardId(), request.rewardType(), request.referenceEntityId()), null, null, null);
    }

    /** The points of {@code redeemed} given back (REFUND), keyed so that it happens at most once. */
    static PointsTransaction refund(PointsTransaction redeemed, Instant at, String description, String key) {
        return new PointsTransaction(Ids.newId(), redeemed.accountId(), at, -redeemed.amount(), TransactionType.REFUND,
                description, key, null, null, null, new RefundInfo(redeemed.id()), null);
    }

    /** {@code amount} points expired (EXPIRE) of a balance that was {@code before}. */
    static PointsTransaction expire(String accountId, Instant at, long amount, long before, String description,
            String key) {
        return new PointsTransaction(Ids.newId(), accountId, at, -amount, TransactionType.EXPIRE, description, key,
                null, null, null, null, new BalanceChange(before, before - amount));
    }

    public record EarnInfo(String appId, String activityType, String orderId) {
    }

    public record RedeemInfo(String rewardId, String rewardType, String referenceEntityId) {
    }

    public record RefundInfo(String refundedTransactionId) {
    }

    /** Balance before and after an ADJUST or EXPIRE. */
    public record BalanceChange(long amountBefore, long amountAfter) {
    }
}
