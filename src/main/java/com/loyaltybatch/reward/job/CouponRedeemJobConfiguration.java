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
class CouponRedeemJobConfiguration {

    static final String NAME = "coupon-redeem";

    @Bean(NAME)
    Job couponRedeemJob(JobRepository repository, PlatformTransactionManager transactionManager, CouponService coupons) {
        return ManagementJobs.job(NAME, repository, transactionManager, keys("accountId", "rewardId"), keys(),
                (parameters, result) -> {
                    var coupon = coupons.redeem(parameters.getString("accountId"),
                            parameters.getString("rewardId"));
                    result.putString("couponId", coupon.id());
                    result.putString("transactionId", coupon.transactionId());
                });
    }
}
