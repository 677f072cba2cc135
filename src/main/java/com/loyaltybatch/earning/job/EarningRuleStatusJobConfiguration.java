package com.loyaltybatch.earning.job;

import static com.loyaltybatch.batch.ManagementJobs.keys;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import com.loyaltybatch.batch.ManagementJobs;
import com.loyaltybatch.earning.EarningRuleService;

/** {@code earning-rule-pause} and {@code earning-rule-resume}, the two halves of one switch. */
@Configuration(proxyBeanMethods = false)
class EarningRuleStatusJobConfiguration {

    static final String PAUSE = "earning-rule-pause";
    static final String RESUME = "earning-rule-resume";

    @Bean(PAUSE)
    Job earningRulePauseJob(JobRepository repository, PlatformTransactionManager transactionManager,
            EarningRuleService rules) {
        return ManagementJobs.job(PAUSE, repository, transactionManager, keys("ruleId"), keys(),
                (parameters, result) -> result.putString("ruleId", rules.pause(parameters.getString("ruleId")).id()));
    }

    @Bean(RESUME)
    Job earningRuleResumeJob(JobRepository repository, PlatformTransactionManager transactionManager,
            EarningRuleService rules) {
        return ManagementJobs.job(RESUME, repository, transactionManager, keys("ruleId"), keys(),
                (parameters, result) -> result.putString("ruleId", rules.resume(parameters.getString("ruleId")).id()));
    }
}
