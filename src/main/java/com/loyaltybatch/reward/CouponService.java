package com.loyaltybatch.reward;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.loyaltybatch.account.Account;
import com.loyaltybatch.account.AccountService;
import com.loyaltybatch.account.PointsLedger;
import com.loyaltybatch.account.RedeemRequest;
import com.loyaltybatch.common.ConflictException;
import com.loyaltybatch.common.Ids;
import com.loyaltybatch.common.NotFoundException;

/**
 * Coupons bought with points. Redeeming takes the points (one REDEEM transaction) and issues the
 * coupon in one database transaction: there is never a coupon without the points taken, nor
 * points taken without a coupon. The account row lock taken by {@link PointsLedger#redeem}
 * serializes concurrent redemptions of one account. See {@link CouponStatus} for the life of a
 * coupon.
 */
@Service
public class CouponService {

    private final CouponRepository coupons;
    private final RewardService rewards;
    private final AccountService accounts;
    private final PointsLedger ledger;
    private final Clock clock;

    CouponService(CouponRepository coupons, RewardService rewards, AccountService accounts, PointsLedger ledger, Clock clock) {
        this.coupons = coupons;
        this.rewards = rewards;
        this.accounts = accounts;
        this.ledger = ledger;
        this.clock = clock;
    }

    /**
     * Buys a coupon of an active COUPON_REWARD for an account, at the cost configured for the
     * account's tier. The program must be ACTIVE and the balance must cover the cost.
     */
    @Transactional
    public Coupon redeem(String accountId, String rewardId) {
        Reward reward = rewards.get(rewardId);
        if (reward.type() != RewardType.COUPON_REWARD) {
            throw new ConflictException("reward " + rewardId + " is a " + reward.type()
                    + " reward; apply it to a checkout instead of redeeming a coupon");
        }
        Account account = accounts.get(accountId);
        TierConfig config = Rewards.offered(reward, account);
        String couponId = Ids.newId();
        var redeemed = ledger.redeem(accountId, new RedeemRequest(config.costInPoints(), "Coupon: " + reward.name(),
                reward.id(), reward.type().name(), couponId));
        Instant now = clock.instant();
        Coupon coupon = new Coupon(couponId, freeCode(), accountId, reward.id(), reward.name(), reward.couponKind(),
                config.amount(), reward.minimumSubtotal(), reward.scope(), config.costInPoints(), CouponStatus.ACTIVE,
                redeemed.transaction().id(), now, now, 1);
        coupons.insert(coupon);
        return coupon;
    }

    @Transactional(readOnly = true)
    public Coupon get(String id) {
        return coupons.findById(id).orElseThrow(() -> new NotFoundException("coupon", id));
    }

    @Transactional(readOnly = true)
    public Coupon getByCode(String code) {
        return coupons.findByCode(CouponCodes.normalize(code)).orElseThrow(() -> new NotFoundException("coupon with code", code));
    }

    /** An account's coupons, newest first. */
    @Transactional(readOnly = true)
    public List<Coupon> listByAccount(String accountId) {
        accounts.get(accountId);
        return coupons.findByAccount(accountId);
    }

    /**
     * Deletes a coupon: it becomes ARCHIVED and can no longer be applied. The points it cost are
     * not returned. An APPLIED coupon is refused (refund its checkout discount first), as is one
     * already ARCHIVED.
     */
    @Transactional
    public Coupon delete(String id) {
        transition(get(id), EnumSet.of(CouponStatus.ACTIVE, CouponStatus.PENDING, CouponStatus.FAILED),
                CouponStatus.ARCHIVED, "delete");
        return get(id);
    }

    /** Moves a coupon on, or refuses with a conflict naming its current status. */
    void transition(Coupon coupon, EnumSet<CouponStatus> from, CouponStatus to, String action) {
        if (!coupons.transition(coupon.id(), from, to, clock.instant())) {
            CouponStatus now = get(coupon.id()).status();
            throw new ConflictException("cannot " + action + " coupon " + coupon.code() + ": it is " + now
                    + (now == CouponStatus.APPLIED ? " (refund its checkout discount first)" : ""));
        }
    }

    private String freeCode() {
        String code = CouponCodes.next();
        while (coupons.codeExists(code)) {
            code = CouponCodes.next();
        }
        return code;
    }
}
