/**
 * Jobs of accounts and points: the management jobs, each a one-step job around an
 * {@link com.loyaltybatch.account.AccountService} call, and the chunk-oriented {@code expire-points}
 * and {@code import-points}.
 */
package com.loyaltybatch.account.job;
