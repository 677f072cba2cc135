package com.loyaltybatch.tier;

/** A change to the tiers program settings; null fields keep their value. */
public record SettingsChanges(TierStatus status, Integer rollingWindowMonths, TierChanges baseTier) {
}
