package com.loyaltybatch.reward.job;

import static com.loyaltybatch.batch.ManagementJobs.keys;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import com.loyaltybatch.batch.ManagementJobs;
import com.loyaltybatch.reward.CouponService;

@Configuration(proxyBeanMethods = false)
class CouponDeleteJobConfiguration {

    static final String NAME = "coupon-delete";

    @Bean(NAME)
    Job couponDeleteJob(JobRepository repository, PlatformTransactionManager transactionManager, CouponService coupons) {
        return ManagementJobs.job(NAME, repository, transactionManager, keys("couponId"), keys(),
                (parameters, result) -> result.putString("couponId",
                        coupons.delete(parameters.getString("couponId")).id()));
    }
}
