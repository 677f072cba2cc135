package com.loyaltybatch.account;

/** Kinds of ledger transactions. Amounts are signed: EARN and REFUND add, REDEEM and EXPIRE take. */
public enum TransactionType {
    EARN, REDEEM, ADJUST, REFUND, EXPIRE
}
