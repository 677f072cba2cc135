package com.loyaltybatch.tier;

/**
 * A change to a tier or to the base tier's definition: null fields keep their value, an empty
 * description or icon removes it. {@code requiredPoints} is ignored for the base tier.
 */
public record TierChanges(String name, String description, String icon, Long requiredPoints) {
}
