package com.loyaltybatch.reward;

import java.util.List;

/**
 * Active rewards loaded once, answering for any number of accounts which ones a balance covers
 * in a tier, without a query per account.
 */
public final class AffordableRewards {

    private final List<Reward> active;

    AffordableRewards(List<Reward> active) {
        this.active = active.stream().filter(Reward::active).toList();
    }

    /** Names of the active rewards configured for the tier (null: base) that cost at most the balance, by name. */
    public List<String> names(String tierId, long balance) {
        return active.stream()
                .filter(r -> r.configFor(tierId).map(c -> c.costInPoints() <= balance).orElse(false))
                .map(Reward::name).toList();
    }
}
