/**
 * The tiers' jobs: {@code recalculate-tiers} (chunk-oriented, keyset paging over accounts) and the
 * management jobs of {@link com.loyaltybatch.tier.job.TierJobs} behind the {@code tiers} commands.
 */
package com.loyaltybatch.tier.job;
