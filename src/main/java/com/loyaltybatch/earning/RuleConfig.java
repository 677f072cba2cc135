package com.loyaltybatch.earning;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

import com.loyaltybatch.common.InvalidInputException;
import com.loyaltybatch.common.KeyValues;

/**
 * What a rule gives in one tier ({@code tierId} null: the base tier): {@code points} 1–9,999,999,
 * per activity (fixed amount) or per {@code moneyAmount} spent (conversion rate).
 */
public record RuleConfig(String tierId, BigDecimal moneyAmount, long points) {

    public static final long MAX_POINTS = 9_999_999;

    static final Set<String> KEYS = Set.of("tier", "money", "points");

    public RuleConfig {
        tierId = tierId == null || tierId.isBlank() ? null : tierId.strip();
        if (tierId != null && tierId.length() > 36) {
            throw InvalidInputException.field("configs.tierId", "must be at most 36 characters");
        }
        if (points < 1 || points > MAX_POINTS) {
            throw InvalidInputException.field("configs.points", "must be 1 to " + MAX_POINTS + ", got " + points);
        }
        if (moneyAmount != null && (moneyAmount.signum() <= 0 || moneyAmount.stripTrailingZeros().scale() > 2)) {
            throw InvalidInputException.field("configs.moneyAmount", "must be positive with at most 2 decimals, got "
                    + moneyAmount.toPlainString());
        }
    }

    /** Reads {@code tier=ID,money=M,points=N}; tier and money may be left out. */
    public static RuleConfig parse(String text) {
        Map<String, String> values = KeyValues.parse("config", text, KEYS);
        String points = values.get("points");
        if (points == null) {
            throw InvalidInputException.field("config", "points=N is required in '" + text + "'");
        }
        String money = values.get("money");
        try {
            return new RuleConfig(values.get("tier"), money == null ? null : new BigDecimal(money),
                    Long.parseLong(points));
        } catch (NumberFormatException e) {
            throw InvalidInputException.field("config", "not a number in '" + text + "'");
        }
    }

    public String text() {
        return (tierId == null ? "" : "tier=" + tierId + ",") + (moneyAmount == null ? "" : "money="
                + moneyAmount.toPlainString() + ",") + "points=" + points;
    }
}
