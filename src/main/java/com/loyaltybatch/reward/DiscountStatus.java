package com.loyaltybatch.reward;

/**
 * APPLIED: on a checkout not yet completed. COMPLETED: the checkout became an order. REFUNDED:
 * taken back, from either of the other two; final.
 */
public enum DiscountStatus {
    APPLIED, COMPLETED, REFUNDED
}
