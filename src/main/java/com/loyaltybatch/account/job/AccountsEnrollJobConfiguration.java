package com.loyaltybatch.account.job;

import static com.loyaltybatch.batch.ManagementJobs.keys;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import com.loyaltybatch.account.AccountService;
import com.loyaltybatch.batch.ManagementJobs;

/**
 * Opens an account for every contact without one, in bounded batches: each batch commits on its
 * own, so a large program never holds one huge transaction and a stopped run simply continues.
 */
@Configuration(proxyBeanMethods = false)
class AccountsEnrollJobConfiguration {

    static final String NAME = "accounts-enroll";
    static final int BATCH_SIZE = 1000;

    @Bean(NAME)
    Job accountsEnrollJob(JobRepository repository, PlatformTransactionManager transactionManager, AccountService accounts) {
        Tasklet enrollBatch = (contribution, chunkContext) -> {
            int opened = accounts.enrollNext(BATCH_SIZE);
            contribution.incrementWriteCount(opened);
            var result = contribution.getStepExecution().getJobExecution().getExecutionContext();
            result.putLong("enrolled", result.getLong("enrolled", 0L) + opened);
            return opened < BATCH_SIZE ? RepeatStatus.FINISHED : RepeatStatus.CONTINUABLE;
        };
        return ManagementJobs.taskletJob(NAME, repository, transactionManager, keys(), keys(), enrollBatch);
    }
}
