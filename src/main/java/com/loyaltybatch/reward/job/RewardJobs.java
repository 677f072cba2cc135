package com.loyaltybatch.reward.job;

import org.jspecify.annotations.Nullable;

import com.loyaltybatch.batch.JobContract.TextForm;
import com.loyaltybatch.batch.JobContract;
import com.loyaltybatch.common.InvalidInputException;
import com.loyaltybatch.reward.RewardChanges;
import com.loyaltybatch.reward.RewardDraft;
import com.loyaltybatch.reward.TierConfig;

/**
 * The management jobs of rewards, coupons and checkout discounts: their names, requests and
 * results. Tier configurations travel as {@code tier=ID,cost=N,amount=M;...}.
 */
public final class RewardJobs {

    static final TextForm<TierConfig> CONFIGS = new TextForm<>(TierConfig.class, TierConfig::parse, TierConfig::text);

    /** {@code rewards create}: notes the new reward's id. */
    public record Create(RewardDraft reward) {
    }

    public static final JobContract<Create, String> CREATE = noting("rewards-create", Create.class, "rewardId");

    /** {@code rewards update}: the fields given change, the others stay; notes the reward's id. */
    public record Update(String rewardId, long revision, RewardChanges changes) {
    }

    public static final JobContract<Update, String> UPDATE = noting("rewards-update", Update.class, "rewardId");

    /** {@code rewards delete}: issued coupons stay valid; notes the reward's id. */
    public record Delete(String rewardId, long revision) {
    }

    public static final JobContract<Delete, String> DELETE = noting("rewards-delete", Delete.class, "rewardId");

    /** {@code coupons redeem}: buys a coupon of a reward with points; notes the coupon's id. */
    public record RedeemCoupon(String accountId, String rewardId) {
    }

    public static final JobContract<RedeemCoupon, String> REDEEM_COUPON =
            noting("coupons-redeem", RedeemCoupon.class, "couponId");

    /** {@code coupons delete}: archives the coupon; notes its id. */
    public record DeleteCoupon(String couponId) {
    }

    public static final JobContract<DeleteCoupon, String> DELETE_COUPON =
            noting("coupons-delete", DeleteCoupon.class, "couponId");

    /**
     * {@code checkout apply}: a discount on a checkout, either points spent on a flexible reward
     * ({@code rewardId} with {@code points}) or a coupon ({@code couponCode}); notes the discount's id.
     */
    public record ApplyToCheckout(String checkoutId, String accountId, @Nullable String rewardId,
            @Nullable Long points, @Nullable String couponCode) {

        public ApplyToCheckout {
            if ((rewardId == null) == (couponCode == null)) {
                throw new InvalidInputException("give either rewardId with points, or couponCode");
            }
            if (rewardId != null && points == null) {
                throw InvalidInputException.field("points", "required with rewardId: the points to spend");
            }
        }
    }

    public static final JobContract<ApplyToCheckout, String> APPLY_TO_CHECKOUT =
            noting("checkout-apply", ApplyToCheckout.class, "discountId");

    /** {@code checkout complete}: the checkout became an order; notes the discount's id. */
    public record CompleteCheckout(String checkoutId) {
    }

    public static final JobContract<CompleteCheckout, String> COMPLETE_CHECKOUT =
            noting("checkout-complete", CompleteCheckout.class, "discountId");

    /** {@code checkout refund}: of a whole checkout or of one discount; notes the discount's id. */
    public record RefundCheckout(@Nullable String checkoutId, @Nullable String discountId) {

        public RefundCheckout {
            if ((checkoutId == null) == (discountId == null)) {
                throw new InvalidInputException("give either checkoutId or discountId");
            }
        }
    }

    public static final JobContract<RefundCheckout, String> REFUND_CHECKOUT =
            noting("checkout-refund", RefundCheckout.class, "discountId");

    private RewardJobs() {
    }

    /** A job that notes the id of what it made or changed under {@code idKey}. */
    private static <R extends Record> JobContract<R, String> noting(String job, Class<R> request, String idKey) {
        return JobContract.of(job, request, idKey, String.class, CONFIGS);
    }
}
