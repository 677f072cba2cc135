package com.loyaltybatch.tier;

import java.time.Instant;

/**
 * A tier an account reaches with {@code requiredPoints} tier points, shaped like the Loyalty APIs'
 * tier: the definition (name, description, icon) plus its points threshold and revision.
 */
public record Tier(String id, Definition definition, long requiredPoints, Instant createdDate, Instant updatedDate,
        long revision) {

    /** What members see of a tier; the base tier has one too, in the settings. */
    public record Definition(String name, String description, String icon) {
    }

    public String name() {
        return definition.name();
    }
}
