package com.loyaltybatch.common;

/** Customers earn, redeem and open accounts only while the program is ACTIVE. */
public final class ProgramNotActiveException extends LoyaltyException {

    public ProgramNotActiveException(String status) {
        super("loyalty program is " + status + ", not ACTIVE");
    }
}
