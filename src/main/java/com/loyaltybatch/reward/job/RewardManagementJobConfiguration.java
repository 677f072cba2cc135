package com.loyaltybatch.reward.job;

import org.springframework.batch.core.job.Job;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.loyaltybatch.batch.ManagementJobs;
import com.loyaltybatch.reward.CheckoutService;
import com.loyaltybatch.reward.CouponService;
import com.loyaltybatch.reward.RewardService;

/** The management jobs of {@link RewardJobs}, each one step around one service call. */
@Configuration(proxyBeanMethods = false)
class RewardManagementJobConfiguration {

    @Bean
    Job rewardsCreateJob(ManagementJobs jobs, RewardService rewards) {
        return jobs.job(RewardJobs.CREATE, create -> rewards.create(create.reward()).id());
    }

    @Bean
    Job rewardsUpdateJob(ManagementJobs jobs, RewardService rewards) {
        return jobs.job(RewardJobs.UPDATE,
                update -> rewards.update(update.rewardId(), update.revision(), update.changes()).id());
    }

    @Bean
    Job rewardsDeleteJob(ManagementJobs jobs, RewardService rewards) {
        return jobs.job(RewardJobs.DELETE, delete -> {
            rewards.delete(delete.rewardId(), delete.revision());
            return delete.rewardId();
        });
    }

    @Bean
    Job couponsRedeemJob(ManagementJobs jobs, CouponService coupons) {
        return jobs.job(RewardJobs.REDEEM_COUPON, redeem -> coupons.redeem(redeem.accountId(), redeem.rewardId()).id());
    }

    @Bean
    Job couponsDeleteJob(ManagementJobs jobs, CouponService coupons) {
        return jobs.job(RewardJobs.DELETE_COUPON, delete -> coupons.delete(delete.couponId()).id());
    }

    @Bean
    Job checkoutApplyJob(ManagementJobs jobs, CheckoutService checkouts) {
        return jobs.job(RewardJobs.APPLY_TO_CHECKOUT, apply -> (apply.couponCode() != null
                ? checkouts.applyCoupon(apply.checkoutId(), apply.accountId(), apply.couponCode())
                : checkouts.applyReward(apply.checkoutId(), apply.accountId(), apply.rewardId(), apply.points())).id());
    }

    @Bean
    Job checkoutCompleteJob(ManagementJobs jobs, CheckoutService checkouts) {
        return jobs.job(RewardJobs.COMPLETE_CHECKOUT, complete -> checkouts.complete(complete.checkoutId()).id());
    }

    @Bean
    Job checkoutRefundJob(ManagementJobs jobs, CheckoutService checkouts) {
        return jobs.job(RewardJobs.REFUND_CHECKOUT, refund -> (refund.discountId() != null
                ? checkouts.refund(refund.discountId()) : checkouts.refundCheckout(refund.checkoutId())).id());
    }
}
