package com.loyaltybatch.earning.job;

import static com.loyaltybatch.batch.ManagementJobs.keys;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import com.loyaltybatch.batch.ManagementJobs;
import com.loyaltybatch.common.TextValues;
import com.loyaltybatch.earning.EarningRuleChanges;
import com.loyaltybatch.earning.EarningRuleKind;
import com.loyaltybatch.earning.EarningRuleService;

@Configuration(proxyBeanMethods = false)
class EarningRuleUpdateJobConfiguration {

    static final String NAME = "earning-rule-update";

    @Bean(NAME)
    Job earningRuleUpdateJob(JobRepository repository, PlatformTransactionManager transactionManager,
            EarningRuleService rules) {
        return ManagementJobs.job(NAME, repository, transactionManager, keys("ruleId", "revision"),
                keys("title", "triggerAppId", "triggerActivityType", "kind", "configs"),
                (parameters, result) -> {
                    var changes = new EarningRuleChanges(parameters.getString("title"),
                            parameters.getString("triggerAppId"), parameters.getString("triggerActivityType"),
                            TextValues.choice("kind", parameters.getString("kind"), EarningRuleKind.class),
                            RuleConfigs.of(parameters));
                    var rule = rules.update(parameters.getString("ruleId"),
                            TextValues.number("revision", parameters.getString("revision")), changes);
                    result.putString("ruleId", rule.id());
                });
    }
}
