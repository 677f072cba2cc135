package com.loyaltybatch.reward;

import com.loyaltybatch.account.Account;
import com.loyaltybatch.common.ConflictException;

/** Rules shared by coupons and checkout discounts on whether a reward is offered to an account. */
final class Rewards {

    private Rewards() {
    }

    /** The configuration of the account's tier of an active reward, or a conflict saying why there is none. */
    static TierConfig offered(Reward reward, Account account) {
        if (!reward.active()) {
            throw new ConflictException("reward " + reward.id() + " is not active");
        }
        String tierId = account.tier().id();
        return reward.configFor(tierId).orElseThrow(() -> new ConflictException("reward " + reward.id()
                + " is not offered in tier " + (tierId == null ? "(base)" : tierId) + " of account " + account.id()));
    }
}
