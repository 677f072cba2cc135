/**
 * Jobs of accounts and points: the management jobs of {@link com.loyaltybatch.account.job.AccountJobs},
 * each a one-step job around an {@link com.loyaltybatch.account.AccountService} or
 * {@link com.loyaltybatch.account.PointsLedger} call, and the chunk-oriented {@code expire-points}
 * and {@code import-points}.
 */
package com.loyaltybatch.account.job;
