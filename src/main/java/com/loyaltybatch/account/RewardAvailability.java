package com.loyaltybatch.account;

import java.util.Collection;

/**
 * Keeps {@code rewardAvailable} of accounts true exactly when an account's balance covers an
 * active reward configured for its tier. Implemented by the rewards feature, which knows the
 * rewards; called by whoever changes balances, tiers or rewards. Both methods write in the
 * caller's transaction with one set-based statement, and leave revisions alone: the flag is
 * derived, not a change a syncing system must see.
 */
public interface RewardAvailability {

    /** Recomputes the flag of these accounts. */
    void refresh(Collection<String> accountIds);

    /** Recomputes the flag of every account, e.g. after a reward changed. */
    void refreshAll();
}
