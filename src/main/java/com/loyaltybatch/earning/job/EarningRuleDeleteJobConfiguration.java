package com.loyaltybatch.earning.job;

import static com.loyaltybatch.batch.ManagementJobs.keys;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import com.loyaltybatch.batch.ManagementJobs;
import com.loyaltybatch.common.TextValues;
import com.loyaltybatch.earning.EarningRuleService;

@Configuration(proxyBeanMethods = false)
class EarningRuleDeleteJobConfiguration {

    static final String NAME = "earning-rule-delete";

    @Bean(NAME)
    Job earningRuleDeleteJob(JobRepository repository, PlatformTransactionManager transactionManager,
            EarningRuleService rules) {
        return ManagementJobs.job(NAME, repository, transactionManager, keys("ruleId", "revision"), keys(),
                (parameters, result) -> {
                    String id = parameters.getString("ruleId");
                    rules.delete(id, TextValues.number("revision", parameters.getString("revision")));
                    result.putString("ruleId", id);
                });
    }
}
