package com.loyaltybatch.tier;

/** An account's tier as stored: its tier id (null: the base tier) and tier points (null: never counted). */
public record AccountTier(String accountId, String tierId, Long tierPoints) {
}
