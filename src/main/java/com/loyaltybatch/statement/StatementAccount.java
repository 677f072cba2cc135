package com.loyaltybatch.statement;

/** An account as the statement reads it: the account joined with its contact; {@code tierId} null is the base tier. */
record StatementAccount(String accountId, String contactId, String memberId, String email, String firstName,
        String lastName, String locale, boolean subscribed, long balance, String tierId) {
}
