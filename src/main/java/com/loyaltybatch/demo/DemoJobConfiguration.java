package com.loyaltybatch.demo;

import java.time.Clock;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import com.loyaltybatch.batch.ManagementJobs;
import com.loyaltybatch.contact.ContactService;
import com.loyaltybatch.program.ProgramService;

/**
 * The {@code demo} job: one step, also named {@code demo}, that seeds {@code accounts} sample
 * customers generated from {@code seed} (see {@link DemoSeeder} for what happens when a run is
 * interrupted, {@link SampleGenerator} for the shape of the data). Runs in the job history like
 * every other job.
 */
@Configuration(proxyBeanMethods = false)
class DemoJobConfiguration {

    @Bean
    Job demoJob(JobRepository repository, PlatformTransactionManager transactionManager, ManagementJobs jobs,
            DemoSeeder demoSeeder) {
        jobs.register(DemoJob.CONTRACT);
        var step = new StepBuilder(DemoJob.CONTRACT.name(), repository).tasklet(demoSeeder, transactionManager).build();
        return new JobBuilder(DemoJob.CONTRACT.name(), repository).validator(parameters -> {
            DemoJob.CONTRACT.validator().validate(parameters);
            DemoJob.CONTRACT.fromParameters(parameters).check();
        }).start(step)
                .build();
    }

    @Bean
    @StepScope
    DemoSeeder demoSeeder(@Value("#{jobParameters['accounts']}") Long accounts,
            @Value("#{jobParameters['seed']}") Long seed, DemoProperties properties, ProgramService program,
            ContactService contacts, JdbcTemplate jdbc, Clock clock) {
        return new DemoSeeder(accounts, seed, properties.blockSize(accounts), program, contacts, new SampleWriter(jdbc),
                clock);
    }
}
