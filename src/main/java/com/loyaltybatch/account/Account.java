package com.loyaltybatch.account;

import java.time.Instant;

/** A loyalty account, shaped like the Loyalty APIs' account. */
public record Account(
        String id,
        String contactId,
        String memberId,
        Points points,
        Tier tier,
        PointsExpiration pointsExpiration,
        boolean rewardAvailable,
        Instant createdDate,
        Instant updatedDate,
        Instant lastActivityDate,
        long revision) {

    /** The running totals; {@code balance = earned + adjusted - redeemed - expired}. */
    public record Points(long balance, long earned, long adjusted, long redeemed, long expired) {

        public static final Points ZERO = new Points(0, 0, 0, 0, 0);

        public Points earn(long amount) {
            return new Points(balance + amount, earned + amount, adjusted, redeemed, expired);
        }

        public Points adjust(long delta) {
            return new Points(balance + delta, earned, adjusted + delta, redeemed, expired);
        }

        public Points redeem(long amount) {
            return new Points(balance - amount, earned, adjusted, redeemed + amount, expired);
        }

        /**
         * Reverses a redemption: the points come back and {@code redeemed} goes down by them, so
         * {@code redeemed} stays the net of redemptions and the invariant holds without a field
         * the Loyalty APIs do not have.
         */
        public Points refund(long amount) {
            return new Points(balance + amount, earned, adjusted, redeemed - amount, expired);
        }

        public Points expire(long amount) {
            return new Points(balance - amount, earned, adjusted, redeemed, expired + amount);
        }
    }

    /** The account's tier; all fields null until tiers are in use. */
    public record Tier(String id, Long points, Instant updatedDate) {
    }

    /** The next expiration this account faces; null fields when none is due. */
    public record PointsExpiration(Instant expirationDate, Long expiringPointsAmount) {
    }
}
