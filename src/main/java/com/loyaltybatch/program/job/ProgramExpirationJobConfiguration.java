package com.loyaltybatch.program.job;

import static com.loyaltybatch.batch.ManagementJobs.keys;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import com.loyaltybatch.batch.ManagementJobs;
import com.loyaltybatch.program.ProgramService;

/** The two halves of one setting: enabling and disabling points expiration. */
@Configuration(proxyBeanMethods = false)
class ProgramExpirationJobConfiguration {

    static final String ENABLE = "program-expiration-enable";
    static final String DISABLE = "program-expiration-disable";

    @Bean(ENABLE)
    Job programExpirationEnableJob(JobRepository repository, PlatformTransactionManager transactionManager,
            ProgramService program) {
        return ManagementJobs.job(ENABLE, repository, transactionManager,
                keys("monthsOfInactivity", "expiringPointsPercentage"), keys(),
                (parameters, result) -> program.enableExpiration(
                        Math.toIntExact(parameters.getLong("monthsOfInactivity")),
                        Math.toIntExact(parameters.getLong("expiringPointsPercentage"))));
    }

    @Bean(DISABLE)
    Job programExpirationDisableJob(JobRepository repository, PlatformTransactionManager transactionManager,
            ProgramService program) {
        return ManagementJobs.job(DISABLE, repository, transactionManager, keys(), keys(),
                (parameters, result) -> program.disableExpiration());
    }
}
