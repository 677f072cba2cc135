package com.loyaltybatch.account.job;

import static com.loyaltybatch.batch.ManagementJobs.keys;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import com.loyaltybatch.account.AccountService;
import com.loyaltybatch.batch.ManagementJobs;

@Configuration(proxyBeanMethods = false)
class AccountCreateJobConfiguration {

    static final String NAME = "account-create";

    @Bean(NAME)
    Job accountCreateJob(JobRepository repository, PlatformTransactionManager transactionManager, AccountService accounts) {
        return ManagementJobs.job(NAME, repository, transactionManager, keys("contactId"), keys(),
                (parameters, result) -> result.putString("accountId",
                        accounts.create(parameters.getString("contactId")).id()));
    }
}
