package com.loyaltybatch.reward.job;

import static com.loyaltybatch.batch.ManagementJobs.keys;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import com.loyaltybatch.batch.ManagementJobs;
import com.loyaltybatch.common.InvalidInputException;
import com.loyaltybatch.reward.CheckoutService;

/** {@code checkout-refund}: the live discount of {@code checkoutId}, or the discount {@code discountId}. */
@Configuration(proxyBeanMethods = false)
class CheckoutRefundJobConfiguration {

    static final String NAME = "checkout-refund";

    @Bean(NAME)
    Job checkoutRefundJob(JobRepository repository, PlatformTransactionManager transactionManager,
            CheckoutService checkouts) {
        return ManagementJobs.job(NAME, repository, transactionManager, keys(), keys("checkoutId", "discountId"),
                (parameters, result) -> {
                    String checkoutId = parameters.getString("checkoutId");
                    String discountId = parameters.getString("discountId");
                    if ((checkoutId == null) == (discountId == null)) {
                        throw new InvalidInputException("give either checkoutId or discountId");
                    }
                    var refunded = discountId != null ? checkouts.refund(discountId) : checkouts.refundCheckout(checkoutId);
                    result.putString("discountId", refunded.id());
                });
    }
}
