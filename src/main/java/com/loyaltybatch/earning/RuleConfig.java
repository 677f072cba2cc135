package com.loyaltybatch.earning;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

import com.loyaltybatch.common.ConfigValues;
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
        tierId = ConfigValues.tierId(tierId);
        ConfigValues.points("configs.points", points, MAX_POINTS);
        ConfigValues.money("configs.moneyAmount", moneyAmount);
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
