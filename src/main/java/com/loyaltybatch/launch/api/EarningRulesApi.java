package com.loyaltybatch.launch.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.loyaltybatch.common.InvalidInputException;
import com.loyaltybatch.earning.EarningRule;
import com.loyaltybatch.earning.EarningRuleChanges;
import com.loyaltybatch.earning.EarningRuleDraft;
import com.loyaltybatch.earning.EarningRuleKind;
import com.loyaltybatch.earning.EarningRuleService;
import com.loyaltybatch.earning.EarningRuleStatus;
import com.loyaltybatch.earning.RuleConfig;

/**
 * Earning rules: {@code /loyalty-earning-rules/v1/earning-rules} (under {@code /_api} on Wix's
 * own host too). A rule is FIXED_AMOUNT ({@code fixedAmount.configs}) or CONVERSION_RATE
 * ({@code conversionRate.configs} with {@code moneyAmount}).
 */
@ConditionalOnWebApplication
@RestController
@RequestMapping({ApiPaths.EARNING_RULES, "/_api" + ApiPaths.EARNING_RULES})
class EarningRulesApi {

    /** Rules created here; Wix's rules carry the app that created them. */
    static final String SOURCE_APP_ID = "00000000-0000-0000-0000-000000000001";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Config(String tierId, BigDecimal moneyAmount, Long points) {

        RuleConfig config() {
            if (points == null) {
                throw InvalidInputException.field("configs.points", "required");
            }
            return new RuleConfig(tierId, moneyAmount, points);
        }
    }

    record Configs(List<Config> configs) {

        List<RuleConfig> rules() {
            return configs == null ? List.of() : configs.stream().map(Config::config).toList();
        }
    }

    record Metadata(boolean canBeDeleted) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record WireRule(String id, String sourceAppId, String triggerAppId, String triggerActivityType, String title,
            String status, String revision, Instant createdDate, Instant updatedDate, Metadata metadata,
            Configs fixedAmount, Configs conversionRate) {

        static WireRule of(EarningRule r) {
            var configs = new Configs(r.configs().stream().map(c -> new Config(c.tierId(), c.moneyAmount(), c.points()))
                    .toList());
            boolean fixed = r.kind() == EarningRuleKind.FIXED_AMOUNT;
            return new WireRule(r.id(), SOURCE_APP_ID, r.triggerAppId(), r.triggerActivityType(), r.title(),
                    r.status().name(), Wire.revision(r.revision()), r.createdDate(), r.updatedDate(), new Metadata(true),
                    fixed ? configs : null, fixed ? null : configs);
        }

        EarningRuleKind kind() {
            if (fixedAmount != null && conversionRate != null) {
                throw InvalidInputException.field("earningRule", "either fixedAmount or conversionRate, not both");
            }
            return fixedAmount != null ? EarningRuleKind.FIXED_AMOUNT
                    : conversionRate != null ? EarningRuleKind.CONVERSION_RATE : null;
        }

        List<RuleConfig> configs() {
            return fixedAmount != null ? fixedAmount.rules() : conversionRate != null ? conversionRate.rules() : null;
        }
    }

    record RuleBody(WireRule earningRule) {
    }

    record BulkCreate(List<WireRule> earningRules) {
    }

    private final EarningRuleService rules;

    EarningRulesApi(EarningRuleService rules) {
        this.rules = rules;
    }

    @PostMapping("/earning-rules")
    RuleBody create(@RequestBody RuleBody body) {
        return new RuleBody(WireRule.of(create(required(body.earningRule()))));
    }

    @PostMapping("/bulk/earning-rules/create")
    BulkResults.Response<WireRule> bulkCreate(@RequestBody BulkCreate body) {
        return BulkResults.of(body.earningRules(), rule -> WireRule.of(create(rule)), WireRule::id, 100);
    }

    @PostMapping("/earning-rules/custom")
    RuleBody createCustom() {
        throw new NotSupportedException("custom earning rules (birthdays, social media) are not supported: create a rule "
                + "with a trigger activity type and feed those activities to earn-from-activities");
    }

    @GetMapping("/earning-rules/{id}")
    RuleBody get(@PathVariable String id) {
        return new RuleBody(WireRule.of(rules.get(id)));
    }

    /** The fields given change, the others stay; {@code status} pauses or resumes the rule. */
    @PutMapping("/earning-rules/{id}")
    RuleBody update(@PathVariable String id, @RequestBody RuleBody body) {
        WireRule update = required(body.earningRule());
        if (update.revision() == null) {
            throw InvalidInputException.field("earningRule.revision", "required (the rule's current revision)");
        }
        var changes = new EarningRuleChanges(update.title(), update.triggerAppId(), update.triggerActivityType(),
                update.kind(), update.configs());
        EarningRule rule = rules.update(id, Wire.revision(update.revision()), changes);
        if (update.status() != null && !update.status().equals(rule.status().name())) {
            rule = switch (status(update.status())) {
                case ACTIVE -> rules.resume(id);
                case PAUSED -> rules.pause(id);
            };
        }
        return new RuleBody(WireRule.of(rule));
    }

    @DeleteMapping("/earning-rules/{id}")
    Map<String, Object> delete(@PathVariable String id, @RequestParam String revision) {
        rules.delete(id, Wire.revision(revision));
        return Map.of();
    }

    @DeleteMapping("/automation-earning-rules/{id}")
    Map<String, Object> deleteAutomation(@PathVariable String id) {
        throw new NotSupportedException("automation earning rules are not supported");
    }

    /** The rules an activity type (and app) triggers, or all. */
    @GetMapping("/earning-rules/rules")
    Map<String, Object> list(@RequestParam(required = false) String triggerAppId,
            @RequestParam(required = false) String triggerActivityType) {
        return Map.of("earningRules", rules.list().stream()
                .filter(r -> triggerActivityType == null || triggerActivityType.equals(r.triggerActivityType()))
                .filter(r -> triggerAppId == null || triggerAppId.equals(r.triggerAppId()))
                .map(WireRule::of).toList());
    }

    private EarningRule create(WireRule rule) {
        EarningRule created = rules.create(new EarningRuleDraft(rule.title(), rule.triggerAppId(),
                rule.triggerActivityType(), rule.kind(), rule.configs()));
        return rule.status() != null && status(rule.status()) == EarningRuleStatus.PAUSED ? rules.pause(created.id())
                : created;
    }

    private static EarningRuleStatus status(String status) {
        try {
            return EarningRuleStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.field("earningRule.status", "ACTIVE or PAUSED, got " + status);
        }
    }

    private static WireRule required(WireRule rule) {
        if (rule == null) {
            throw InvalidInputException.field("earningRule", "required");
        }
        return rule;
    }
}
