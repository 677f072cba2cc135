package com.loyaltybatch.account;

import org.jspecify.annotations.Nullable;

import com.loyaltybatch.common.InvalidInputException;

/**
 * A manual correction: either a delta ({@code amount}) or a new {@code balance}; when both are
 * given the balance wins, as in the Loyalty APIs. {@code revision} must be the account's current one.
 */
public record AdjustRequest(@Nullable Long amount, @Nullable Long balance, Long revision, String description) {

    public static final long MAX_DELTA = 9_999_999;
    public static final long MAX_BALANCE = 999_999_999;

    public AdjustRequest {
        if (revision == null) {
            throw InvalidInputException.field("revision", "required (the account's current revision)");
        }
        if (balance != null) {
            if (balance < 0 || balance > MAX_BALANCE) {
                throw InvalidInputException.field("balance", "must be 0 to " + MAX_BALANCE + ", got " + balance);
            }
        } else if (amount == null) {
            throw new InvalidInputException("amount or balance: one of them is required");
        } else if (amount == 0 || Math.abs(amount) > MAX_DELTA) {
            throw InvalidInputException.field("amount", "must be -" + MAX_DELTA + " to " + MAX_DELTA + " and not 0, got " + amount);
        }
        description = AccountRules.description(description);
    }

    /** The change to apply to a balance. */
    long deltaFrom(long currentBalance) {
        return balance != null ? balance - currentBalance : amount;
    }
}
