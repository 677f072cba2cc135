package com.loyaltybatch.earning;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What an update changes; null keeps the stored value, {@code removeTriggerAppId} makes the rule
 * match activities of any app. A new kind needs new configurations.
 */
public record EarningRuleChanges(@Nullable String title, @Nullable String triggerAppId, boolean removeTriggerAppId,
        @Nullable String triggerActivityType, @Nullable EarningRuleKind kind, @Nullable List<RuleConfig> configs) {

    /** Changes that only set values (nothing removed). */
    public EarningRuleChanges(String title, String triggerAppId, String triggerActivityType, EarningRuleKind kind,
            List<RuleConfig> configs) {
        this(title, triggerAppId, false, triggerActivityType, kind, configs);
    }

    EarningRuleDraft applyTo(EarningRule rule) {
        return new EarningRuleDraft(title == null ? rule.title() : title,
                removeTriggerAppId ? null : triggerAppId == null ? rule.triggerAppId() : triggerAppId,
                triggerActivityType == null ? rule.triggerActivityType() : triggerActivityType,
                kind == null ? rule.kind() : kind, configs == null ? rule.configs() : configs);
    }
}
