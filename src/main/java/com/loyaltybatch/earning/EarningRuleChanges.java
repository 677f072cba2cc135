package com.loyaltybatch.earning;

import java.util.List;

/**
 * What an update changes; null keeps the stored value (an empty trigger app id removes it). A
 * new kind needs new configurations.
 */
public record EarningRuleChanges(String title, String triggerAppId, String triggerActivityType, EarningRuleKind kind,
        List<RuleConfig> configs) {

    EarningRuleDraft applyTo(EarningRule rule) {
        return new EarningRuleDraft(title == null ? rule.title() : title,
                triggerAppId == null ? rule.triggerAppId() : triggerAppId,
                triggerActivityType == null ? rule.triggerActivityType() : triggerActivityType,
                kind == null ? rule.kind() : kind, configs == null ? rule.configs() : configs);
    }
}
