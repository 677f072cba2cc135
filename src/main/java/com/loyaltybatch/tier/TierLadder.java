package com.loyaltybatch.tier;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The settings and tiers as one recalculation or one statement run sees them, loaded once: which
 * tier a number of tier points reaches, and the names members see.
 */
public final class TierLadder {

    private final TierSettings settings;
    private final List<Tier> highestFirst;
    private final Map<String, String> names;

    public TierLadder(TierSettings settings, List<Tier> tiers) {
        this.settings = settings;
        this.highestFirst = tiers.stream().sorted(Comparator.comparingLong(Tier::requiredPoints).reversed()).toList();
        this.names = tiers.stream().collect(Collectors.toMap(Tier::id, Tier::name));
    }

    public TierSettings settings() {
        return settings;
    }

    /**
     * The tier with the highest required points that {@code tierPoints} reach, or null for the base
     * tier; always null while tiers are not ACTIVE.
     */
    public String tierFor(long tierPoints) {
        if (!settings.active()) {
            return null;
        }
        for (Tier tier : highestFirst) {
            if (tier.requiredPoints() <= tierPoints) {
                return tier.id();
            }
        }
        return null;
    }

    /**
     * The name members see for an account's tier: the base tier's for no tier id; null while tiers
     * are not ACTIVE (nobody is shown a tier then) and for an id that is no longer defined.
     */
    public String nameOf(String tierId) {
        if (!settings.active()) {
            return null;
        }
        return tierId == null ? settings.baseTierDefinition().name() : names.get(tierId);
    }
}
