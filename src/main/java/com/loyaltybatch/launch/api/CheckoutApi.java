package com.loyaltybatch.launch.api;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.loyaltybatch.launch.api.RewardWire.WireDiscount;
import com.loyaltybatch.common.InvalidInputException;
import com.loyaltybatch.reward.CheckoutService;
import com.loyaltybatch.reward.CouponService;

import tools.jackson.databind.json.JsonMapper;

/**
 * Discounts on checkouts: {@code /loyalty-checkout-exchange/v1}. Wix knows the buyer of a
 * checkout; a self-hosted engine does not, so spending points on a reward names the account
 * ({@code accountId} beside {@code checkoutId}, or the header {@code X-Loyalty-Account-Id}); a
 * coupon names its own.
 */
@ConditionalOnWebApplication
@RestController
@RequestMapping({ApiPaths.CHECKOUT, "/_api" + ApiPaths.CHECKOUT})
class CheckoutApi {

    record Ref(String id, Long pointsToSpend, String revision) {
    }

    record ApplyRequest(String checkoutId, String accountId, Ref reward, Ref loyaltyCoupon, Ref referralReward) {
    }

    record DiscountBody(WireDiscount discount) {
    }

    record QueryRequest(CursorQuery query) {
    }

    record DiscountsPage(List<WireDiscount> loyaltyCheckoutDiscounts, Wire.CursorPagingMetadata pagingMetadata) {
    }

    private final CheckoutService checkouts;
    private final CouponService coupons;
    private final JsonMapper json;

    CheckoutApi(CheckoutService checkouts, CouponService coupons, JsonMapper json) {
        this.checkouts = checkouts;
        this.coupons = coupons;
        this.json = json;
    }

    /** The account whose points a reward discount spends, for clients that cannot add it to the body. */
    static final String ACCOUNT_HEADER = "X-Loyalty-Account-Id";

    @PostMapping("/loyalty-checkout-discount")
    DiscountBody apply(@RequestBody ApplyRequest body,
            @org.springframework.web.bind.annotation.RequestHeader(name = ACCOUNT_HEADER, required = false) String account) {
        ApplyRequest request = body.accountId() == null && account != null
                ? new ApplyRequest(body.checkoutId(), account, body.reward(), body.loyaltyCoupon(), body.referralReward())
                : body;
        if (request.checkoutId() == null || request.checkoutId().isBlank()) {
            throw InvalidInputException.field("checkoutId", "required");
        }
        if (request.referralReward() != null) {
            throw new NotSupportedException("referral rewards are not supported");
        }
        if ((request.reward() == null) == (request.loyaltyCoupon() == null)) {
            throw InvalidInputException.field("reward", "give either reward or loyaltyCoupon");
        }
        if (request.loyaltyCoupon() != null) {
            var coupon = coupons.get(request.loyaltyCoupon().id());
            return new DiscountBody(WireDiscount.of(checkouts.applyCoupon(request.checkoutId(), coupon.accountId(),
                    coupon.code())));
        }
        if (request.accountId() == null || request.accountId().isBlank()) {
            throw InvalidInputException.field("accountId", "required with reward: the account whose points are spent");
        }
        if (request.reward().pointsToSpend() == null) {
            throw InvalidInputException.field("reward.pointsToSpend", "required");
        }
        return new DiscountBody(WireDiscount.of(checkouts.applyReward(request.checkoutId(), request.accountId(),
                request.reward().id(), request.reward().pointsToSpend())));
    }

    /** The discounts of one checkout ({@code filter.checkoutId}), filtered further by status. */
    @PostMapping("/loyalty-checkout-discounts/query")
    DiscountsPage query(@RequestBody QueryRequest body) {
        var query = CursorQuery.orEmpty(body.query());
        String checkoutId = SmallQuery.required(SmallQuery.filterOf(json, query), "checkoutId");
        if (checkoutId == null) {
            throw InvalidInputException.field("query.filter.checkoutId", "required: discounts are queried per checkout");
        }
        List<WireDiscount> all = checkouts.byCheckout(checkoutId).stream().map(WireDiscount::of).toList();
        var page = SmallQuery.page(json, all, query);
        return new DiscountsPage(page.items(), Wire.CursorPagingMetadata.of(page.items().size(), page.nextCursor()));
    }
}
