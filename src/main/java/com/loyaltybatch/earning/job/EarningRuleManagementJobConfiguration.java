package com.loyaltybatch.earning.job;

import org.springframework.batch.core.job.Job;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.loyaltybatch.batch.ManagementJobs;
import com.loyaltybatch.earning.EarningRuleService;

/** The management jobs of {@link EarningRuleJobs}, each one step around one {@link EarningRuleService} call. */
@Configuration(proxyBeanMethods = false)
class EarningRuleManagementJobConfiguration {

    @Bean
    Job earningRulesCreateJob(ManagementJobs jobs, EarningRuleService rules) {
        return jobs.job(EarningRuleJobs.CREATE, create -> rules.create(create.rule()).id());
    }

    @Bean
    Job earningRulesUpdateJob(ManagementJobs jobs, EarningRuleService rules) {
        return jobs.job(EarningRuleJobs.UPDATE, update -> rules.update(update.ruleId(), update.revision(),
                update.changes()).id());
    }

    @Bean
    Job earningRulesPauseJob(ManagementJobs jobs, EarningRuleService rules) {
        return jobs.job(EarningRuleJobs.PAUSE, pause -> rules.pause(pause.ruleId()).id());
    }

    @Bean
    Job earningRulesResumeJob(ManagementJobs jobs, EarningRuleService rules) {
        return jobs.job(EarningRuleJobs.RESUME, resume -> rules.resume(resume.ruleId()).id());
    }

    @Bean
    Job earningRulesDeleteJob(ManagementJobs jobs, EarningRuleService rules) {
        return jobs.job(EarningRuleJobs.DELETE, delete -> {
            rules.delete(delete.ruleId(), delete.revision());
            return delete.ruleId();
        });
    }
}
