package com.loyaltybatch.tier;

import java.util.Locale;

import com.loyaltybatch.common.InvalidInputException;
import com.loyaltybatch.common.Urls;

/** The ranges of tiers; each check names the field it refuses. */
public final class TierRules {

    public static final long MAX_REQUIRED_POINTS = 9_999_999;
    public static final int MAX_ROLLING_WINDOW_MONTHS = 36;

    private TierRules() {
    }

    static String name(String value) {
        String name = value == null ? "" : value.strip();
        if (name.isEmpty() || name.length() > 50) {
            throw InvalidInputException.field("name", "must be 1 to 50 characters, got " + name.length());
        }
        return name;
    }

    /** Names are unique without regard to case. */
    static String nameKey(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    static String description(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String description = value.strip();
        if (description.length() > 70) {
            throw InvalidInputException.field("description", "must be at most 70 characters, got " + description.length());
        }
        return description;
    }

    static String icon(String value) {
        return Urls.http("icon", value);
    }

    /** 0 belongs to the base tier, so a defined tier needs at least 1. */
    static long requiredPoints(Long value) {
        if (value == null) {
            throw InvalidInputException.field("requiredPoints", "required (1 to " + MAX_REQUIRED_POINTS + ")");
        }
        if (value < 1 || value > MAX_REQUIRED_POINTS) {
            throw InvalidInputException.field("requiredPoints", "must be 1 to " + MAX_REQUIRED_POINTS
                    + " (0 is the base tier's), got " + value);
        }
        return value;
    }

    static int rollingWindowMonths(int months) {
        if (months < 1 || months > MAX_ROLLING_WINDOW_MONTHS) {
            throw InvalidInputException.field("rollingWindow.durationInMonths", "must be 1 to "
                    + MAX_ROLLING_WINDOW_MONTHS + ", got " + months);
        }
        return months;
    }

    /** The definition after a change: null keeps, empty removes (the name can only be replaced). */
    static Tier.Definition apply(Tier.Definition current, TierChanges changes) {
        return new Tier.Definition(changes.name() != null ? name(changes.name()) : current.name(),
                changes.description() != null ? description(changes.description()) : current.description(),
                changes.icon() != null ? icon(changes.icon()) : current.icon());
    }
}
