package com.loyaltybatch.common;

/** An operation would take the balance below zero. */
public final class InsufficientBalanceException extends LoyaltyException {

    public InsufficientBalanceException(long balance, long requested) {
        super("insufficient balance: " + balance + " points, " + requested + " needed");
    }
}
