package com.loyaltybatch.reward.job;

import static com.loyaltybatch.batch.ManagementJobs.keys;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import com.loyaltybatch.batch.ManagementJobs;
import com.loyaltybatch.reward.CheckoutService;

@Configuration(proxyBeanMethods = false)
class CheckoutCompleteJobConfiguration {

    static final String NAME = "checkout-complete";

    @Bean(NAME)
    Job checkoutCompleteJob(JobRepository repository, PlatformTransactionManager transactionManager,
            CheckoutService checkouts) {
        return ManagementJobs.job(NAME, repository, transactionManager, keys("checkoutId"), keys(),
                (parameters, result) -> result.putString("discountId",
                        checkouts.complete(parameters.getString("checkoutId")).id()));
    }
}
