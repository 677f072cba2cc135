package com.loyaltybatch.common;

import java.math.BigDecimal;

/** The rules shared by per-tier configurations of rewards and earning rules. */
public final class ConfigValues {

    public static final int MAX_TIER_ID_LENGTH = 36;

    private ConfigValues() {
    }

    /** A tier id, stripped; blank or null is the base tier (null). */
    public static String tierId(String value) {
        String id = value == null || value.isBlank() ? null : value.strip();
        if (id != null && id.length() > MAX_TIER_ID_LENGTH) {
            throw InvalidInputException.field("configs.tierId", "must be at most " + MAX_TIER_ID_LENGTH + " characters");
        }
        return id;
    }

    /** A whole number of points, 1 to {@code max}. */
    public static long points(String field, long value, long max) {
        if (value < 1 || value > max) {
            throw InvalidInputException.field(field, "must be 1 to " + max + ", got " + value);
        }
        return value;
    }

    /** An amount of money, positive with at most 2 decimals; null stays null. */
    public static BigDecimal money(String field, BigDecimal value) {
        if (value != null && (value.signum() <= 0 || value.stripTrailingZeros().scale() > 2)) {
            throw InvalidInputException.field(field, "must be positive with at most 2 decimals, got " + value.toPlainString());
        }
        return value;
    }
}
