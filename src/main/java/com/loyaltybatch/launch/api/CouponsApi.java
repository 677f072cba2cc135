package com.loyaltybatch.launch.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.loyaltybatch.launch.api.RewardWire.WireCoupon;
import com.loyaltybatch.common.ConflictException;
import com.loyaltybatch.common.InvalidInputException;
import com.loyaltybatch.reward.CouponService;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Coupons bought with points: {@code /loyalty-coupons/v1/coupons}. Queries name the account
 * ({@code filter.accountId}): coupons are read per account.
 */
@ConditionalOnWebApplication
@RestController
@RequestMapping({ApiPaths.COUPONS, "/_api" + ApiPaths.COUPONS})
class CouponsApi {

    record RedeemRequest(String rewardId, String loyaltyAccountId) {
    }

    record CouponBody(WireCoupon coupon) {
    }

    record LoyaltyCouponBody(WireCoupon loyaltyCoupon) {
    }

    record QueryRequest(CursorQuery query) {
    }

    /** {@code PagingMetadataV2}, under {@code metadata} as the coupons query answers. */
    record CouponsPage(List<WireCoupon> loyaltyCoupons, Wire.CursorPagingMetadata metadata) {
    }

    private final CouponService coupons;
    private final JsonMapper json;

    CouponsApi(CouponService coupons, JsonMapper json) {
        this.coupons = coupons;
        this.json = json;
    }

    @PostMapping("/coupons")
    CouponBody redeem(@RequestBody RedeemRequest request) {
        if (request.rewardId() == null || request.loyaltyAccountId() == null) {
            throw InvalidInputException.field(request.rewardId() == null ? "rewardId" : "loyaltyAccountId", "required");
        }
        return new CouponBody(WireCoupon.of(coupons.redeem(request.loyaltyAccountId(), request.rewardId())));
    }

    @PostMapping("/coupons/redeem-my-coupon")
    CouponBody redeemMine() {
        throw new NotSupportedException("redeem-my-coupon needs a site member's identity; POST /coupons with "
                + "loyaltyAccountId");
    }

    @GetMapping("/coupons/{loyaltyCouponId}")
    LoyaltyCouponBody get(@PathVariable String loyaltyCouponId) {
        if (loyaltyCouponId.equals("my-coupons")) {
            throw new NotSupportedException("my-coupons needs a site member's identity; query with filter.accountId");
        }
        return new LoyaltyCouponBody(WireCoupon.of(coupons.get(loyaltyCouponId)));
    }

    @PostMapping("/coupons/query")
    CouponsPage query(@RequestBody QueryRequest body) {
        var query = CursorQuery.orEmpty(body.query());
        String accountId = accountOf(SmallQuery.filterOf(json, query));
        var page = SmallQuery.page(json, coupons.listByAccount(accountId).stream().map(WireCoupon::of).toList(), query);
        return new CouponsPage(page.items(), Wire.CursorPagingMetadata.of(page.items().size(), page.nextCursor()));
    }

    /** {@code ?.r=<base64url JSON of {query}>}, as the SDK sends a nested query on a GET. */
    @GetMapping("/bulk/coupons")
    Map<String, Object> bulkGet(@RequestParam(name = ".r", required = false) String encoded,
            @RequestParam(name = "query.filter.accountId", required = false) String accountId) {
        JsonNode filter = null;
        if (encoded != null) {
            try {
                filter = json.readTree(new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8))
                        .at("/query/filter");
            } catch (IllegalArgumentException | JacksonException e) {
                throw InvalidInputException.field(".r", "not base64url JSON");
            }
        }
        String account = accountId != null ? accountId : accountOf(filter);
        var all = coupons.listByAccount(account).stream().map(WireCoupon::of).toList();
        var matching = SmallQuery.page(json, all, new CursorQuery(filter, null, new CursorQuery.CursorPaging(100, null),
                null)).items();
        return Map.of("couponsInSite", List.of(Map.of("metaSiteId", ApiPaths.SITE_ID, "loyaltyCoupons", matching)));
    }

    /** Archives the coupon; its points are not returned. A stale revision is a conflict. */
    @DeleteMapping("/coupons/{id}")
    Map<String, Object> delete(@PathVariable String id, @RequestParam(required = false) String revision) {
        var coupon = coupons.get(id);
        if (revision != null && Wire.revision(revision) != coupon.revision()) {
            throw ConflictException.staleRevision("coupon " + id, Wire.revision(revision), coupon.revision());
        }
        coupons.delete(id);
        return Map.of();
    }

    private static String accountOf(JsonNode filter) {
        String account = SmallQuery.required(filter, "accountId");
        if (account == null) {
            throw InvalidInputException.field("query.filter.accountId", "required: coupons are queried per account");
        }
        return account;
    }
}
