package com.loyaltybatch.reward;

/**
 * DISCOUNT_AMOUNT: a flexible reward, the member picks how many points to spend at a checkout.
 * COUPON_REWARD: a fixed price in points buys a coupon.
 */
public enum RewardType {
    DISCOUNT_AMOUNT, COUPON_REWARD
}
