package com.loyaltybatch.earning;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import com.loyaltybatch.common.InvalidInputException;

/**
 * An earning rule as created or updated: title 1–50 characters, trigger activity type 1–64,
 * optional trigger app id up to 64; 1 to 21 configurations, one per tier; a CONVERSION_RATE rule
 * needs {@code moneyAmount} in each, a FIXED_AMOUNT rule none.
 */
public record EarningRuleDraft(String title, @Nullable String triggerAppId, String triggerActivityType, EarningRuleKind kind,
        List<RuleConfig> configs) {

    public static final int MAX_CONFIGS = 21;

    public EarningRuleDraft {
        if (title == null || title.isBlank() || title.strip().length() > 50) {
            throw InvalidInputException.field("title", "required, 1 to 50 characters");
        }
        title = title.strip();
        if (triggerActivityType == null || triggerActivityType.isBlank() || triggerActivityType.strip().length() > 64) {
            throw InvalidInputException.field("triggerActivityType", "required, 1 to 64 characters");
        }
        triggerActivityType = triggerActivityType.strip();
        triggerAppId = triggerAppId == null || triggerAppId.isBlank() ? null : triggerAppId.strip();
        if (triggerAppId != null && triggerAppId.length() > 64) {
            throw InvalidInputException.field("triggerAppId", "must be at most 64 characters");
        }
        if (kind == null) {
            throw InvalidInputException.field("kind", "required: FIXED_AMOUNT or CONVERSION_RATE");
        }
        configs = List.copyOf(configs == null ? List.of() : configs);
        if (configs.isEmpty() || configs.size() > MAX_CONFIGS) {
            throw InvalidInputException.field("configs", "1 to " + MAX_CONFIGS + " tier configurations, got " + configs.size());
        }
        Set<String> tiers = new HashSet<>();
        for (RuleConfig config : configs) {
            if (!tiers.add(config.tierId() == null ? "" : config.tierId())) {
                throw InvalidInputException.field("configs", "more than one configuration for tier "
                        + (config.tierId() == null ? "(base)" : config.tierId()));
            }
            if (kind == EarningRuleKind.CONVERSION_RATE && config.moneyAmount() == null) {
                throw InvalidInputException.field("configs.moneyAmount", "a CONVERSION_RATE rule needs money=M in every configuration");
            }
            if (kind == EarningRuleKind.FIXED_AMOUNT && config.moneyAmount() != null) {
                throw InvalidInputException.field("configs.moneyAmount", "a FIXED_AMOUNT rule has no money amount");
            }
        }
    }
}
