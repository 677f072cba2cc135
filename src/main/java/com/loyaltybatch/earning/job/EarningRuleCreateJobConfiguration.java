package com.loyaltybatch.earning.job;

import static com.loyaltybatch.batch.ManagementJobs.keys;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import com.loyaltybatch.batch.ManagementJobs;
import com.loyaltybatch.common.TextValues;
import com.loyaltybatch.earning.EarningRuleDraft;
import com.loyaltybatch.earning.EarningRuleKind;
import com.loyaltybatch.earning.EarningRuleService;

@Configuration(proxyBeanMethods = false)
class EarningRuleCreateJobConfiguration {

    static final String NAME = "earning-rule-create";

    @Bean(NAME)
    Job earningRuleCreateJob(JobRepository repository, PlatformTransactionManager transactionManager,
            EarningRuleService rules) {
        return ManagementJobs.job(NAME, repository, transactionManager,
                keys("title", "triggerActivityType", "kind", "configs"), keys("triggerAppId"),
                (parameters, result) -> {
                    var draft = new EarningRuleDraft(parameters.getString("title"), parameters.getString("triggerAppId"),
                            parameters.getString("triggerActivityType"),
                            TextValues.choice("kind", parameters.getString("kind"), EarningRuleKind.class),
                            RuleConfigs.of(parameters));
                    result.putString("ruleId", rules.create(draft).id());
                });
    }
}
