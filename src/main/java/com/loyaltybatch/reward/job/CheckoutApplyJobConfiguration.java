package com.loyaltybatch.reward.job;

import static com.loyaltybatch.batch.ManagementJobs.keys;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import com.loyaltybatch.batch.ManagementJobs;
import com.loyaltybatch.common.TextValues;
import com.loyaltybatch.common.InvalidInputException;
import com.loyaltybatch.reward.CheckoutService;

/** {@code checkout-apply}: {@code checkoutId}, {@code accountId}, and {@code rewardId} with {@code points}, or {@code couponCode}. */
@Configuration(proxyBeanMethods = false)
class CheckoutApplyJobConfiguration {

    static final String NAME = "checkout-apply";

    @Bean(NAME)
    Job checkoutApplyJob(JobRepository repository, PlatformTransactionManager transactionManager,
            CheckoutService checkouts) {
        return ManagementJobs.job(NAME, repository, transactionManager, keys("checkoutId", "accountId"),
                keys("rewardId", "points", "couponCode"),
                (parameters, result) -> {
                    String checkoutId = parameters.getString("checkoutId");
                    String accountId = parameters.getString("accountId");
                    String rewardId = parameters.getString("rewardId");
                    String code = parameters.getString("couponCode");
                    if ((rewardId == null) == (code == null)) {
                        throw new InvalidInputException("give either rewardId with points, or couponCode");
                    }
                    var discount = code != null ? checkouts.applyCoupon(checkoutId, accountId, code)
                            : checkouts.applyReward(checkoutId, accountId, rewardId, points(parameters));
                    result.putString("discountId", discount.id());
                });
    }

    private static long points(org.springframework.batch.core.job.parameters.JobParameters parameters) {
        Long points = TextValues.number("points", parameters.getString("points"));
        if (points == null) {
            throw InvalidInputException.field("points", "required with rewardId: the points to spend");
        }
        return points;
    }
}
