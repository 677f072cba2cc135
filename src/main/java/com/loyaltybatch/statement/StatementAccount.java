package com.loyaltybatch.statement;

/**
 * An account as the statement reads it: the account joined with its contact, with its tier id
 * (null: the base tier) and its next expiration (null fields: none).
 */
record StatementAccount(String accountId, String contactId, String memberId, String email, String firstName,
        String lastName, String locale, boolean subscribed, long balance, String tierId,
        java.time.Instant expirationDate, Long expiringPointsAmount) {
}
