package com.loyaltybatch.account;

import java.time.Instant;

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
