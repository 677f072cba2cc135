package com.loyaltybatch.statement;

/**
 * An account as the statement reads it: the account joined with its contact, and its activity in
 * the statement's period (loaded per page of accounts, see {@link StatementActivity}). A null
 * {@code tierId} is the base tier; null expiration fields mean no expiration ahead.
 */
record StatementAccount(String accountId, String contactId, String memberId, String email, String firstName,
        String lastName, String locale, boolean subscribed, long balance, String tierId,
        java.time.Instant expirationDate, Long expiringPointsAmount, StatementActivity.Activity activity) {

    StatementAccount with(StatementActivity.Activity activity) {
        return new StatementAccount(accountId, contactId, memberId, email, firstName, lastName, locale, subscribed,
                balance, tierId, expirationDate, expiringPointsAmount, activity);
    }
}
