package com.loyaltybatch.earning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Which activities earn how many points, shaped like the Loyalty APIs' earning rule. */
public record EarningRule(String id, String title, String triggerAppId, String triggerActivityType,
        EarningRuleKind kind, EarningRuleStatus status, List<RuleConfig> configs, Instant createdDate,
        Instant updatedDate, long revision) {

    public Optional<RuleConfig> configFor(String tierId) {
        return configs.stream().filter(c -> Objects.equals(c.tierId(), tierId)).findFirst();
    }

    /** Whether an activity of this type from this app (null: unknown) triggers the rule. */
    public boolean triggeredBy(String activityType, String appId) {
        return status == EarningRuleStatus.ACTIVE && triggerActivityType.equals(activityType)
                && (triggerAppId == null || triggerAppId.equals(appId));
    }

    /**
     * Points an activity earns an account of the tier: the fixed amount, or
     * {@code floor(spent / moneyAmount) * points}; 0 when the rule has no configuration for the
     * tier or nothing was spent; {@link Long#MAX_VALUE} when the product does not fit a long.
     */
    public long pointsFor(String tierId, BigDecimal spent) {
        return configFor(tierId).map(config -> {
            if (kind == EarningRuleKind.FIXED_AMOUNT) {
                return config.points();
            }
            if (spent == null || spent.signum() <= 0) {
                return 0L;
            }
            BigDecimal points = spent.divide(config.moneyAmount(), 0, RoundingMode.FLOOR)
                    .multiply(BigDecimal.valueOf(config.points()));
            // beyond any balance: callers refuse it rather than overflow
            return points.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0 ? Long.MAX_VALUE : points.longValue();
        }).orElse(0L);
    }
}
