package com.loyaltybatch.reward;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.loyaltybatch.account.Account;
import com.loyaltybatch.account.AccountService;
import com.loyaltybatch.account.PointsLedger;
import com.loyaltybatch.account.RedeemRequest;
import com.loyaltybatch.common.ConflictException;
import com.loyaltybatch.common.Ids;
import com.loyaltybatch.common.InvalidInputException;
import com.loyaltybatch.common.NotFoundException;
import com.loyaltybatch.program.ProgramService;

/**
 * Discounts on checkouts: points spent on a flexible reward, or an issued coupon. A checkout has
 * at most one live (APPLIED or COMPLETED) discount; after a refund another may be applied.
 * <p>
 * Flexible rewards convert points to money by the configuration of the account's tier:
 * {@code points * amount / costInPoints}, rounded down to the cent, so a member never gets more
 * than the points bought; points that buy less than one cent are refused.
 * <p>
 * Refunds: points spent on a flexible reward always come back (a REFUND of the discount's
 * REDEEM). A coupon discount refunded while APPLIED (the checkout was abandoned or cancelled)
 * returns the coupon to ACTIVE, usable again, and moves no points: the points stay spent on the
 * coupon. Refunded after COMPLETED (the order was refunded), the coupon was used up: its points
 * come back (a REFUND of the coupon's REDEEM) and the coupon is ARCHIVED.
 */
@Service
public class CheckoutService {

    private final CheckoutDiscountRepository discounts;
    private final CouponService coupons;
    private final RewardService rewards;
    private final AccountService accounts;
    private final PointsLedger ledger;
    private final ProgramService program;
    private final Clock clock;

    CheckoutService(CheckoutDiscountRepository discounts, CouponService coupons,
            RewardService rewards, AccountService accounts, PointsLedger ledger, ProgramService program, Clock clock) {
        this.discounts = discounts;
        this.coupons = coupons;
        this.rewards = rewards;
        this.accounts = accounts;
        this.ledger = ledger;
        this.program = program;
        this.clock = clock;
    }

    /** Spends {@code points} of the account on an active DISCOUNT_AMOUNT reward for the checkout. */
    @Transactional
    public CheckoutDiscount applyReward(String checkoutId, String accountId, String rewardId, long points) {
        checkoutId = checkoutId(checkoutId);
        Reward reward = rewards.get(rewardId);
        if (reward.type() != RewardType.DISCOUNT_AMOUNT) {
            throw new ConflictException("reward " + rewardId + " is a " + reward.type()
                    + " reward; redeem a coupon and apply the coupon instead");
        }
        if (points < 1 || points > TierConfig.MAX_COST) {
            throw InvalidInputException.field("pointsToSpend", "must be 1 to " + TierConfig.MAX_COST + ", got " + points);
        }
        Account account = accounts.get(accountId);
        TierConfig config = Rewards.offered(reward, account);
        BigDecimal amount = money(points, config);
        requireNoLiveDiscount(checkoutId);
        String id = Ids.newId();
        var redeemed = ledger.redeem(accountId, new RedeemRequest(points, "Discount on checkout " + checkoutId,
                reward.id(), reward.type().name(), id));
        Instant now = clock.instant();
        return insert(new CheckoutDiscount(id, checkoutId, accountId, DiscountType.REWARD, reward.id(), reward.name(),
                null, points, amount, DiscountStatus.APPLIED, redeemed.transaction().id(), null, now, now, 1));
    }

    /** Applies an ACTIVE coupon of the account to the checkout; the coupon becomes APPLIED. */
    @Transactional
    public CheckoutDiscount applyCoupon(String checkoutId, String accountId, String code) {
        checkoutId = checkoutId(checkoutId);
        program.requireActive();
        Coupon coupon = coupons.getByCode(code);
        if (!coupon.accountId().equals(accountId)) {
            throw new ConflictException("coupon " + coupon.code() + " belongs to another account");
        }
        requireNoLiveDiscount(checkoutId);
        coupons.transition(coupon, EnumSet.of(CouponStatus.ACTIVE), CouponStatus.APPLIED, "apply");
        Instant now = clock.instant();
        return insert(new CheckoutDiscount(Ids.newId(), checkoutId, accountId, DiscountType.COUPON, coupon.rewardId(),
                coupon.rewardName(), coupon.id(), coupon.costInPoints(), coupon.amount(), DiscountStatus.APPLIED, null,
                null, now, now, 1));
    }

    @Transactional(readOnly = true)
    public CheckoutDiscount get(String id) {
        return discounts.findById(id).orElseThrow(() -> new NotFoundException("checkout discount", id));
    }

    /** Every discount the checkout had, oldest first (refunded ones included). */
    @Transactional(readOnly = true)
    public List<CheckoutDiscount> byCheckout(String checkoutId) {
        return discounts.findByCheckout(checkoutId);
    }

    /** The checkout became an order: its APPLIED discount becomes COMPLETED. */
    @Transactional
    public CheckoutDiscount complete(String checkoutId) {
        CheckoutDiscount discount = locked(live(checkoutId).id());
        if (discount.status() != DiscountStatus.APPLIED) {
            throw new ConflictException("discount " + discount.id() + " is " + discount.status() + ", not APPLIED");
        }
        discounts.complete(discount.id(), clock.instant());
        return get(discount.id());
    }

    /** Refunds the checkout's live discount. */
    @Transactional
    public CheckoutDiscount refundCheckout(String checkoutId) {
        return refund(live(checkoutId).id());
    }

    /** Refunds an APPLIED or COMPLETED discount (see the class comment for what comes back). */
    @Transactional
    public CheckoutDiscount refund(String discountId) {
        CheckoutDiscount discount = locked(discountId);
        if (discount.status() == DiscountStatus.REFUNDED) {
            throw new ConflictException("discount " + discountId + " was already refunded");
        }
        String description = "Refund: checkout " + discount.checkoutId();
        String refundId = null;
        if (discount.type() == DiscountType.REWARD) {
            refundId = ledger.refund(discount.transactionId(), description).transaction().id();
        } else {
            Coupon coupon = coupons.get(discount.couponId());
            if (discount.status() == DiscountStatus.APPLIED) {
                coupons.transition(coupon, EnumSet.of(CouponStatus.APPLIED), CouponStatus.ACTIVE, "reactivate");
            } else {
                refundId = ledger.refund(coupon.transactionId(), description).transaction().id();
                coupons.transition(coupon, EnumSet.of(CouponStatus.APPLIED), CouponStatus.ARCHIVED, "archive");
            }
        }
        discounts.refund(discountId, refundId, clock.instant());
        return get(discountId);
    }

    static BigDecimal money(long points, TierConfig config) {
        BigDecimal amount = config.amount().multiply(BigDecimal.valueOf(points))
                .divide(BigDecimal.valueOf(config.costInPoints()), 2, RoundingMode.DOWN);
        if (amount.signum() <= 0) {
            throw InvalidInputException.field("pointsToSpend", points + " points buy less than 0.01 ("
                    + config.costInPoints() + " points buy " + config.amount().toPlainString() + ")");
        }
        return amount;
    }

    private CheckoutDiscount insert(CheckoutDiscount discount) {
        try {
            discounts.insert(discount);
        } catch (DuplicateKeyException raced) {
            throw new ConflictException("checkout " + discount.checkoutId() + " already has a discount");
        }
        return get(discount.id());
    }

    private void requireNoLiveDiscount(String checkoutId) {
        discounts.findLive(checkoutId).ifPresent(existing -> {
            throw new ConflictException("checkout " + checkoutId + " already has discount " + existing.id() + " ("
                    + existing.status() + "); refund it first");
        });
    }

    private CheckoutDiscount live(String checkoutId) {
        return discounts.findLive(checkoutId)
                .orElseThrow(() -> new NotFoundException("applied or completed discount on checkout", checkoutId));
    }

    private CheckoutDiscount locked(String id) {
        return discounts.lock(id).orElseThrow(() -> new NotFoundException("checkout discount", id));
    }

    private static String checkoutId(String checkoutId) {
        if (checkoutId == null || checkoutId.isBlank() || checkoutId.strip().length() > 64) {
            throw InvalidInputException.field("checkoutId", "required, 1 to 64 characters");
        }
        return checkoutId.strip();
    }
}
