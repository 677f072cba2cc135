package com.loyaltybatch.reward;

/** How a discount came to a checkout: points spent on a flexible reward, or an issued coupon. */
public enum DiscountType {
    REWARD, COUPON
}
