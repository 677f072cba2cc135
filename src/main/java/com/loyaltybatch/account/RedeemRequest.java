package com.loyaltybatch.account;

import com.loyaltybatch.common.InvalidInputException;

/**
 * Points to take for a reward. {@code referenceEntityId} names what was bought with them (a
 * coupon, a checkout discount), so a refund and the ledger can be traced to it.
 */
public record RedeemRequest(long amount, String description, String rewardId, String rewardType,
        String referenceEntityId) {

    public RedeemRequest {
        if (amount < 1 || amount > EarnRequest.MAX_AMOUNT) {
            throw InvalidInputException.field("amount", "must be 1 to " + EarnRequest.MAX_AMOUNT + ", got " + amount);
        }
        description = AccountRules.description(description);
        rewardId = AccountRules.optional("rewardId", rewardId, 36);
        rewardType = AccountRules.optional("rewardType", rewardType, 20);
        referenceEntityId = AccountRules.optional("referenceEntityId", referenceEntityId, 64);
    }
}
