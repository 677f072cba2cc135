package com.loyaltybatch.account;

import java.util.List;

/** Program-wide totals: accounts, the sum of each points field, and accounts per tier. */
public record AccountTotals(long accounts, Account.Points points, List<TierCount> tiers) {

    /** Accounts in one tier; {@code tierId} is null for accounts without a tier (the base tier). */
    public record TierCount(String tierId, long accounts) {
    }
}
