package com.loyaltybatch.tier.job;

import static com.loyaltybatch.batch.ManagementJobs.keys;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import com.loyaltybatch.batch.ManagementJobs;
import com.loyaltybatch.tier.TierChanges;
import com.loyaltybatch.tier.TierService;

/** The management jobs of tier definitions: {@code tier-create}, {@code tier-update}, {@code tier-delete}. */
@Configuration(proxyBeanMethods = false)
class TierDefinitionJobConfiguration {

    static final String CREATE = "tier-create";
    static final String UPDATE = "tier-update";
    static final String DELETE = "tier-delete";

    @Bean(CREATE)
    Job tierCreateJob(JobRepository repository, PlatformTransactionManager transactionManager, TierService tiers) {
        return ManagementJobs.job(CREATE, repository, transactionManager, keys("name", "requiredPoints"),
                keys("description", "icon"),
                (parameters, result) -> result.putString("tierId", tiers.create(changes(parameters)).id()));
    }

    @Bean(UPDATE)
    Job tierUpdateJob(JobRepository repository, PlatformTransactionManager transactionManager, TierService tiers) {
        return ManagementJobs.job(UPDATE, repository, transactionManager, keys("tierId", "revision"),
                keys("name", "description", "icon", "requiredPoints"),
                (parameters, result) -> tiers.update(parameters.getString("tierId"), changes(parameters),
                        parameters.getLong("revision")));
    }

    @Bean(DELETE)
    Job tierDeleteJob(JobRepository repository, PlatformTransactionManager transactionManager, TierService tiers) {
        return ManagementJobs.job(DELETE, repository, transactionManager, keys("tierId", "revision"), keys(),
                (parameters, result) -> result.putLong("accountsMoved",
                        tiers.delete(parameters.getString("tierId"), parameters.getLong("revision"))));
    }

    private static TierChanges changes(JobParameters parameters) {
        return new TierChanges(parameters.getString("name"), parameters.getString("description"),
                parameters.getString("icon"), parameters.getLong("requiredPoints"));
    }
}
