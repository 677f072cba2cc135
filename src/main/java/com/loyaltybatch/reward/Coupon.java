package com.loyaltybatch.reward;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A coupon bought with points. It holds a copy of what its reward promised when it was issued
 * (name, kind, amount, minimum subtotal, scope, cost), and the REDEEM transaction that paid for it.
 */
public record Coupon(String id, String code, String accountId, String rewardId, String rewardName, CouponKind kind,
        BigDecimal amount, BigDecimal minimumSubtotal, String scope, long costInPoints, CouponStatus status,
        String transactionId, Instant createdDate, Instant updatedDate, long revision) {
}
