/**
 * Rewards members buy with points, the coupons they redeem, and the discounts applied to
 * checkouts, with the semantics of the Loyalty APIs' rewards, coupons and checkout discounts.
 * <ul>
 * <li>{@link com.loyaltybatch.reward.RewardService}: rewards (DISCOUNT_AMOUNT, flexible; COUPON_REWARD,
 * fixed amount, percentage or free shipping) with per-tier configurations; keeps every account's
 * {@code rewardAvailable} true exactly when its balance covers an active reward of its tier
 * ({@link com.loyaltybatch.reward.SqlRewardAvailability}).</li>
 * <li>{@link com.loyaltybatch.reward.CouponService}: redeeming points for a coupon atomically, and the
 * coupon statuses and transitions ({@link com.loyaltybatch.reward.CouponStatus}).</li>
 * <li>{@link com.loyaltybatch.reward.CheckoutService}: discounts on checkouts, their completion and
 * refunds, and how points convert to money.</li>
 * </ul>
 * Depends on accounts and the program, never the reverse: accounts know only the
 * {@link com.loyaltybatch.account.RewardAvailability} interface. Management jobs live in
 * {@code reward.job}.
 */
package com.loyaltybatch.reward;
