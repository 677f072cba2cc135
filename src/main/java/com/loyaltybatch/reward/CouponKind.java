package com.loyaltybatch.reward;

/** What a coupon reward takes off: a fixed amount of money, a percentage, or the shipping. */
public enum CouponKind {
    FIXED_AMOUNT, PERCENTAGE, FREE_SHIPPING
}
