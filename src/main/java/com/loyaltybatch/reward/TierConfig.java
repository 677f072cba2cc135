package com.loyaltybatch.reward;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

import com.loyaltybatch.common.ConfigValues;
import com.loyaltybatch.common.InvalidInputException;
import com.loyaltybatch.common.KeyValues;

/**
 * What a reward costs and gives in one tier ({@code tierId} null: the base tier).
 * {@code amount} is money for DISCOUNT_AMOUNT (the discount per {@code costInPoints} points) and
 * FIXED_AMOUNT coupons, a percentage 1–100 for PERCENTAGE coupons, and null for free shipping.
 */
public record TierConfig(String tierId, long costInPoints, BigDecimal amount) {

    public static final long MAX_COST = 9_999_999;

    static final Set<String> KEYS = Set.of("tier", "cost", "amount");

    public TierConfig {
        tierId = ConfigValues.tierId(tierId);
        ConfigValues.points("configs.costInPoints", costInPoints, MAX_COST);
        ConfigValues.money("configs.amount", amount);
    }

    /** Reads {@code tier=ID,cost=N,amount=M}; tier and amount may be left out. */
    public static TierConfig parse(String text) {
        Map<String, String> values = KeyValues.parse("config", text, KEYS);
        String cost = values.get("cost");
        if (cost == null) {
            throw InvalidInputException.field("config", "cost=POINTS is required in '" + text + "'");
        }
        return new TierConfig(values.get("tier"), number("cost", cost), money(values.get("amount")));
    }

    /** The text form {@link #parse} reads. */
    public String text() {
        return (tierId == null ? "" : "tier=" + tierId + ",") + "cost=" + costInPoints
                + (amount == null ? "" : ",amount=" + amount.toPlainString());
    }

    static long number(String field, String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.field("config", field + " is not a whole number: " + value);
        }
    }

    static BigDecimal money(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.field("config", "amount is not a number: " + value);
        }
    }
}
