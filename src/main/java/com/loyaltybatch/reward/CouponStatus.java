package com.loyaltybatch.reward;

/**
 * Where a coupon is in its life. This engine issues coupons synchronously, in the transaction
 * that takes the points, so a redeemed coupon starts ACTIVE; PENDING (issue under way) and FAILED
 * (issue failed, the points were never taken) are part of the Loyalty APIs' model for coupons
 * issued by an outside system and are never written here, but a coupon in either state may be
 * deleted. Transitions:
 * <pre>
 * ACTIVE  -> APPLIED   applied to a checkout
 * APPLIED -> ACTIVE    the checkout discount was refunded before the checkout completed: usable again
 * APPLIED -> ARCHIVED  the discount was refunded after the checkout completed: the points come back
 * ACTIVE, PENDING, FAILED -> ARCHIVED   deleted (a soft delete; the points are not returned)
 * </pre>
 * Every other transition is refused as a conflict; an APPLIED coupon cannot be deleted (refund
 * its discount first), an ARCHIVED one is final.
 */
public enum CouponStatus {
    PENDING, ACTIVE, APPLIED, FAILED, ARCHIVED
}
