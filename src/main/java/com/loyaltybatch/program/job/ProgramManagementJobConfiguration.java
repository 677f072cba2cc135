package com.loyaltybatch.program.job;

import org.springframework.batch.core.job.Job;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.loyaltybatch.batch.ManagementJobs;
import com.loyaltybatch.program.ProgramService;

/** The management jobs of {@link ProgramJobs}, each one step around one {@link ProgramService} call. */
@Configuration(proxyBeanMethods = false)
class ProgramManagementJobConfiguration {

    @Bean
    Job programUpdateJob(ManagementJobs jobs, ProgramService program) {
        return jobs.action(ProgramJobs.UPDATE, update -> program.update(update.changes()));
    }

    @Bean
    Job programActivateJob(ManagementJobs jobs, ProgramService program) {
        return jobs.action(ProgramJobs.ACTIVATE, none -> program.activate());
    }

    @Bean
    Job programPauseJob(ManagementJobs jobs, ProgramService program) {
        return jobs.action(ProgramJobs.PAUSE, none -> program.pause());
    }

    @Bean
    Job programExpirationEnableJob(ManagementJobs jobs, ProgramService program) {
        return jobs.action(ProgramJobs.ENABLE_EXPIRATION,
                enable -> program.enableExpiration(enable.monthsOfInactivity(), enable.expiringPointsPercentage()));
    }

    @Bean
    Job programExpirationDisableJob(ManagementJobs jobs, ProgramService program) {
        return jobs.action(ProgramJobs.DISABLE_EXPIRATION, none -> program.disableExpiration());
    }
}
