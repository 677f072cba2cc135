package com.loyaltybatch.program.job;

import static com.loyaltybatch.batch.ManagementJobs.keys;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import com.loyaltybatch.batch.ManagementJobs;
import com.loyaltybatch.program.ProgramService;

@Configuration(proxyBeanMethods = false)
class ProgramPauseJobConfiguration {

    static final String NAME = "program-pause";

    @Bean(NAME)
    Job programPauseJob(JobRepository repository, PlatformTransactionManager transactionManager, ProgramService program) {
        return ManagementJobs.job(NAME, repository, transactionManager, keys(), keys(),
                (parameters, result) -> program.pause());
    }
}
