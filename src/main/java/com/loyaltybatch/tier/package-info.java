/**
 * Tiers: levels an account reaches with the points it earned and was adjusted within a rolling
 * window of months (redemptions and expirations do not lower them). The base tier needs 0 points
 * and has no definition row: an account without a tier id is in it, and the tiers program
 * settings carry its name, description and icon. While the settings are not ACTIVE every account
 * is in the base tier. Tiers are assigned by the {@code recalculate-tiers} job ({@code tier.job}),
 * which calls {@link com.loyaltybatch.tier.TierService#recalculate}.
 */
package com.loyaltybatch.tier;
