package com.loyaltybatch.reward;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A discount on a checkout. For a flexible reward, {@code pointsSpent} were taken by the REDEEM
 * {@code transactionId} and {@code amount} is the money they bought; for a coupon,
 * {@code couponId} names it, {@code pointsSpent} is what the coupon cost and {@code amount} its
 * amount (money, percentage, or null for free shipping). {@code refundTransactionId} is the
 * REFUND that gave points back, if a refund did.
 */
public record CheckoutDiscount(String id, String checkoutId, String accountId, DiscountType type, String rewardId,
        String rewardName, String couponId, long pointsSpent, BigDecimal amount, DiscountStatus status,
        String transactionId, String refundTransactionId, Instant createdDate, Instant updatedDate, long revision) {
}
