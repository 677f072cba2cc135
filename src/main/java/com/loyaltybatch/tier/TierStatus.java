package com.loyaltybatch.tier;

import java.util.Locale;

import com.loyaltybatch.common.InvalidInputException;

/** Status of the tiers program; only ACTIVE places accounts above the base tier. */
public enum TierStatus {
    DISABLED, DRAFT, ACTIVE, PAUSED;

    /** Reads a status as given on the command line, in any case; null reads as null. */
    public static TierStatus parse(String value) {
        if (value == null) {
            return null;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.field("status", "must be DISABLED, DRAFT, ACTIVE or PAUSED, got " + value);
        }
    }
}
