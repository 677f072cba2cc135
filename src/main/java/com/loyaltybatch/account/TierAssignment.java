package com.loyaltybatch.account;

/**
 * A tier recalculation's verdict for one account: its tier points and tier (null: the base
 * tier), and the tier it had when it was read, so only a real change counts as one.
 */
public record TierAssignment(String accountId, String previousTierId, String tierId, long tierPoints) {

    public boolean tierChanged() {
        return previousTierId == null ? tierId != null : !previousTierId.equals(tierId);
    }
}
