package com.loyaltybatch.tier;

import org.jspecify.annotations.Nullable;

/**
 * A change to a tier or to the base tier's definition: null fields keep their value, an empty
 * description or icon removes it. {@code requiredPoints} is ignored for the base tier.
 */
public record TierChanges(@Nullable String name, @Nullable String description, @Nullable String icon,
        @Nullable Long requiredPoints) {
}
