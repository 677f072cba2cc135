package com.loyaltybatch.account;

import org.jspecify.annotations.Nullable;

import com.loyaltybatch.common.InvalidInputException;

/** Points to credit. A retry with the same {@code idempotencyKey} never credits twice. */
public record EarnRequest(long amount, String description, String idempotencyKey, @Nullable String appId,
        @Nullable String activityType, @Nullable String orderId) {

    public static final long MAX_AMOUNT = 9_999_999;

    public EarnRequest {
        if (amount < 1 || amount > MAX_AMOUNT) {
            throw InvalidInputException.field("amount", "must be 1 to " + MAX_AMOUNT + ", got " + amount);
        }
        description = AccountRules.description(description);
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw InvalidInputException.field("idempotencyKey", "required");
        }
        if (idempotencyKey.length() > 256) {
            throw InvalidInputException.field("idempotencyKey", "must be at most 256 characters");
        }
        appId = AccountRules.optional("appId", appId, 64);
        activityType = AccountRules.optional("activityType", activityType, 64);
        orderId = AccountRules.optional("orderId", orderId, 64);
    }
}
