package com.loyaltybatch.account.job;

import static com.loyaltybatch.batch.ManagementJobs.keys;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import com.loyaltybatch.account.AccountService;
import com.loyaltybatch.account.AdjustRequest;
import com.loyaltybatch.batch.ManagementJobs;

@Configuration(proxyBeanMethods = false)
class PointsAdjustJobConfiguration {

    static final String NAME = "points-adjust";

    @Bean(NAME)
    Job pointsAdjustJob(JobRepository repository, PlatformTransactionManager transactionManager, AccountService accounts) {
        return ManagementJobs.job(NAME, repository, transactionManager,
                keys("accountId", "revision", "description"), keys("amount", "balance"),
                (parameters, result) -> {
                    var request = new AdjustRequest(parameters.getLong("amount"), parameters.getLong("balance"),
                            parameters.getLong("revision"), parameters.getString("description"));
                    var adjusted = accounts.adjust(parameters.getString("accountId"), request);
                    result.putString("transactionId", adjusted.transaction().id());
                });
    }
}
