package com.loyaltybatch.account;

/** What a points operation returns: its ledger transaction and the account after it. */
public record PointsOperation(PointsTransaction transaction, Account account) {
}
