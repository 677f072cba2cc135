package com.loyaltybatch.account;

import java.time.Instant;

import com.loyaltybatch.common.InvalidInputException;

/** Ledger look-up: one account, optionally one type and a date range {@code [from, to)}, newest first. */
public record TransactionQuery(String accountId, TransactionType type, Instant from, Instant to, int limit) {

    public static final int MAX_LIMIT = 1000;

    public TransactionQuery {
        if (accountId == null || accountId.isBlank()) {
            throw InvalidInputException.field("accountId", "required");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw InvalidInputException.field("limit", "must be 1 to " + MAX_LIMIT + ", got " + limit);
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw InvalidInputException.field("from", "must be before to");
        }
    }
}
