/**
 * Earning rules: which activities (an order paid, a sign-up, ...) earn how many points, per tier,
 * as a fixed amount or a conversion rate of money spent. Earning from a file of activities is the
 * chunk-oriented job in {@code earning.job}; it credits through
 * {@link com.loyaltybatch.account.AccountService#earn} with one idempotency key per rule and
 * activity, so an activity never earns twice from one rule.
 */
package com.loyaltybatch.earning;
