/**
 * Loyalty accounts (one per contact), the points operations on them and the append-only ledger.
 * Every operation writes exactly one ledger transaction and keeps
 * {@code balance = earned + adjusted - redeemed - expired = sum of the ledger}. Management jobs
 * live in {@code account.job}.
 */
package com.loyaltybatch.account;
