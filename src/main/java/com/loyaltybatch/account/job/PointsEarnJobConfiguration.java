package com.loyaltybatch.account.job;

import static com.loyaltybatch.batch.ManagementJobs.keys;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import com.loyaltybatch.account.AccountService;
import com.loyaltybatch.account.EarnRequest;
import com.loyaltybatch.batch.ManagementJobs;

@Configuration(proxyBeanMethods = false)
class PointsEarnJobConfiguration {

    static final String NAME = "points-earn";

    @Bean(NAME)
    Job pointsEarnJob(JobRepository repository, PlatformTransactionManager transactionManager, AccountService accounts) {
        return ManagementJobs.job(NAME, repository, transactionManager,
                keys("accountId", "amount", "idempotencyKey", "description"), keys("activityType", "orderId", "appId"),
                (parameters, result) -> {
                    var request = new EarnRequest(parameters.getLong("amount"), parameters.getString("description"),
                            parameters.getString("idempotencyKey"), parameters.getString("appId"),
                            parameters.getString("activityType"), parameters.getString("orderId"));
                    var earned = accounts.earn(parameters.getString("accountId"), request);
                    result.putString("transactionId", earned.transaction().id());
                });
    }
}
