/**
 * The tiers' jobs: {@code recalculate-tiers} (chunk-oriented, keyset paging over accounts) and the
 * one-step management jobs behind the {@code tiers} commands.
 */
package com.loyaltybatch.tier.job;
