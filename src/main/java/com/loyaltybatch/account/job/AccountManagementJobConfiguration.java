package com.loyaltybatch.account.job;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.loyaltybatch.account.AccountService;
import com.loyaltybatch.account.PointsLedger;
import com.loyaltybatch.batch.ManagementJobs;

/** The management jobs of {@link AccountJobs}, each one step around one domain call. */
@Configuration(proxyBeanMethods = false)
class AccountManagementJobConfiguration {

    static final int ENROLL_BATCH_SIZE = 1000;

    @Bean
    Job accountsCreateJob(ManagementJobs jobs, AccountService accounts) {
        return jobs.job(AccountJobs.CREATE, create -> accounts.create(create.contactId()).id());
    }

    /** Enrolls in bounded batches, one transaction each, so a million contacts never hold one lock. */
    @Bean
    Job accountsEnrollJob(ManagementJobs jobs, AccountService accounts) {
        return jobs.taskletJob(AccountJobs.ENROLL, (contribution, chunkContext) -> {
            int opened = accounts.enrollNext(ENROLL_BATCH_SIZE);
            contribution.incrementWriteCount(opened);
            var result = contribution.getStepExecution().getJobExecution().getExecutionContext();
            Long enrolled = AccountJobs.ENROLL.result(result);
            AccountJobs.ENROLL.putResult(result, (enrolled == null ? 0 : enrolled) + opened);
            return opened < ENROLL_BATCH_SIZE ? RepeatStatus.FINISHED : RepeatStatus.CONTINUABLE;
        });
    }

    @Bean
    Job pointsEarnJob(ManagementJobs jobs, PointsLedger ledger) {
        return jobs.job(AccountJobs.EARN, earn -> ledger.earn(earn.accountId(), earn.request()).transaction().id());
    }

    @Bean
    Job pointsAdjustJob(ManagementJobs jobs, PointsLedger ledger) {
        return jobs.job(AccountJobs.ADJUST,
                adjust -> ledger.adjust(adjust.accountId(), adjust.request()).transaction().id());
    }
}
