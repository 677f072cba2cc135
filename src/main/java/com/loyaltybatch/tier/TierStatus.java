package com.loyaltybatch.tier;

/** Status of the tiers program; only ACTIVE places accounts above the base tier. */
public enum TierStatus {
    DISABLED, DRAFT, ACTIVE, PAUSED
}
