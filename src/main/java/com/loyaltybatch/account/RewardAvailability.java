package com.loyaltybatch.account;

import java.util.Collection;

/**
 * Keeps {@code rewardAvailable} of accounts true exactly when an account's balance covers an
 * active reward configured for its tier. Implemented by the rewards feature, which knows the
 * rewards; called by whoever changes balances, tiers or rewards. The refresh methods write in
 * the caller's transaction with one set-based statement, and leave revisions alone: the flag is
 * derived, not a change a syncing system must see.
 */
public interface RewardAvailability {

    /**
     * Whether an account with this balance in this tier (null: the base tier) has a reward
     * available: what a points operation writes with the account's new totals.
     */
    boolean coveredBy(long balance, String tierId);

    /** Recomputes the flag of these accounts. */
    void refresh(Collection<String> accountIds);

    /** Recomputes the flag of every account, e.g. after a reward changed. */
    void refreshAll();
}
