package com.loyaltybatch.tier.job;

import org.springframework.batch.core.job.Job;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.loyaltybatch.batch.ManagementJobs;
import com.loyaltybatch.tier.TierService;

/** The management jobs of {@link TierJobs}, each one step around one {@link TierService} call. */
@Configuration(proxyBeanMethods = false)
class TierManagementJobConfiguration {

    @Bean
    Job tiersCreateJob(ManagementJobs jobs, TierService tiers) {
        return jobs.job(TierJobs.CREATE, create -> tiers.create(create.tier()).id());
    }

    @Bean
    Job tiersUpdateJob(ManagementJobs jobs, TierService tiers) {
        return jobs.action(TierJobs.UPDATE, update -> tiers.update(update.tierId(), update.changes(), update.revision()));
    }

    @Bean
    Job tiersDeleteJob(ManagementJobs jobs, TierService tiers) {
        return jobs.job(TierJobs.DELETE, delete -> (long) tiers.delete(delete.tierId(), delete.revision()));
    }

    @Bean
    Job tiersSettingsUpdateJob(ManagementJobs jobs, TierService tiers) {
        return jobs.action(TierJobs.UPDATE_SETTINGS, update -> tiers.updateSettings(update.changes(), update.revision()));
    }
}
