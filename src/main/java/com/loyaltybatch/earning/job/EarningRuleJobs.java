package com.loyaltybatch.earning.job;

import com.loyaltybatch.batch.JobContract.TextForm;
import com.loyaltybatch.batch.JobContract;
import com.loyaltybatch.earning.EarningRuleChanges;
import com.loyaltybatch.earning.EarningRuleDraft;
import com.loyaltybatch.earning.RuleConfig;

/**
 * The management jobs of earning rules: their names, requests and results (each notes the rule's
 * id). Configurations travel as {@code tier=ID,money=M,points=N;...}.
 */
public final class EarningRuleJobs {

    static final TextForm<RuleConfig> CONFIGS = new TextForm<>(RuleConfig.class, RuleConfig::parse, RuleConfig::text);

    /** {@code earning-rules create}: an ACTIVE rule. */
    public record Create(EarningRuleDraft rule) {
    }

    public static final JobContract<Create, String> CREATE = rule("earning-rules-create", Create.class);

    /** {@code earning-rules update}: the fields given change, the others stay. */
    public record Update(String ruleId, long revision, EarningRuleChanges changes) {
    }

    public static final JobContract<Update, String> UPDATE = rule("earning-rules-update", Update.class);

    /** {@code earning-rules pause} and {@code earning-rules resume}: a paused rule earns nothing. */
    public record Rule(String ruleId) {
    }

    public static final JobContract<Rule, String> PAUSE = rule("earning-rules-pause", Rule.class);
    public static final JobContract<Rule, String> RESUME = rule("earning-rules-resume", Rule.class);

    /** {@code earning-rules delete}: the points the rule earned stay. */
    public record Delete(String ruleId, long revision) {
    }

    public static final JobContract<Delete, String> DELETE = rule("earning-rules-delete", Delete.class);

    private EarningRuleJobs() {
    }

    /** A job that notes the rule's id. */
    private static <R extends Record> JobContract<R, String> rule(String job, Class<R> request) {
        return JobContract.of(job, request, "ruleId", String.class, CONFIGS);
    }
}
