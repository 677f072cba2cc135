package com.loyaltybatch.launch.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.loyaltybatch.common.InvalidInputException;
import com.loyaltybatch.reward.CheckoutDiscount;
import com.loyaltybatch.reward.Coupon;
import com.loyaltybatch.reward.CouponKind;
import com.loyaltybatch.reward.DiscountType;
import com.loyaltybatch.reward.Reward;
import com.loyaltybatch.reward.RewardDraft;
import com.loyaltybatch.reward.RewardType;
import com.loyaltybatch.reward.TierConfig;

/**
 * Rewards, coupons and checkout discounts on the wire. A reward's scope (a name of what its
 * coupons apply to, such as a product collection) travels as {@code couponReward.scope.namespace}.
 */
final class RewardWire {

    private RewardWire() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record WireReward(String id, String name, Boolean active, String type, String revision, Instant createdDate,
            Instant updatedDate, DiscountAmount discountAmount, CouponReward couponReward) {

        static WireReward of(Reward r) {
            DiscountAmount discount = null;
            CouponReward coupon = null;
            if (r.type() == RewardType.DISCOUNT_AMOUNT) {
                discount = new DiscountAmount(r.configs().stream().map(c -> new DiscountAmountConfig(c.tierId(),
                        c.costInPoints(), c.amount() == null ? null : c.amount().toPlainString())).toList());
            } else {
                CouponKind kind = r.couponKind();
                var byTier = new ConfigsByTier(r.configs().stream().map(c -> new ConfigByTier(c.tierId(),
                        c.costInPoints(), kind == CouponKind.FIXED_AMOUNT ? c.amount() : null,
                        kind == CouponKind.PERCENTAGE ? c.amount() : null)).toList());
                coupon = new CouponReward(kind == CouponKind.FIXED_AMOUNT ? byTier : null,
                        kind == CouponKind.PERCENTAGE ? byTier : null, kind == CouponKind.FREE_SHIPPING ? byTier : null,
                        r.minimumSubtotal(), r.scope() == null ? null : new Scope(r.scope(), null));
            }
            return new WireReward(r.id(), r.name(), r.active(), r.type().name(), Wire.revision(r.revision()),
                    r.createdDate(), r.updatedDate(), discount, coupon);
        }

        /** The reward as created or replaced: type, kind and configurations read from whichever form is set. */
        RewardDraft draft() {
            if (discountAmount != null && couponReward != null) {
                throw InvalidInputException.field("reward", "either discountAmount or couponReward, not both");
            }
            if (discountAmount != null) {
                return new RewardDraft(name, active == null || active, RewardType.DISCOUNT_AMOUNT, null, null, null,
                        discountAmount.configs());
            }
            if (couponReward == null) {
                throw InvalidInputException.field("reward", "discountAmount or couponReward is required");
            }
            CouponKind kind = couponReward.kind();
            return new RewardDraft(name, active == null || active, RewardType.COUPON_REWARD, kind,
                    couponReward.minimumSubtotal(), couponReward.scope() == null ? null : couponReward.scope().name(),
                    couponReward.configsOf(kind));
        }
    }

    /** One tier's cost and amount; the wire names the amount after the reward's kind. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ConfigByTier(String tierId, Long costInPoints, BigDecimal amount, BigDecimal percentage) {

        TierConfig config(BigDecimal value) {
            return new TierConfig(tierId, costInPoints == null ? 0 : costInPoints, value);
        }
    }

    /** {@code discountAmount.configsByTier}: the amount is a decimal string. */
    record DiscountAmount(List<DiscountAmountConfig> configsByTier) {

        List<TierConfig> configs() {
            return configsByTier == null ? List.of() : configsByTier.stream().map(DiscountAmountConfig::config).toList();
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DiscountAmountConfig(String tierId, Long costInPoints, String amount) {

        TierConfig config() {
            BigDecimal value;
            try {
                value = amount == null ? null : new BigDecimal(amount.strip());
            } catch (NumberFormatException e) {
                throw InvalidInputException.field("discountAmount.configsByTier.amount", "not a decimal: " + amount);
            }
            return new TierConfig(tierId, costInPoints == null ? 0 : costInPoints, value);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ConfigsByTier(List<ConfigByTier> configsByTier) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CouponReward(ConfigsByTier fixedAmount, ConfigsByTier percentage, ConfigsByTier freeShipping,
            BigDecimal minimumSubtotal, Scope scope) {

        CouponKind kind() {
            int set = (fixedAmount != null ? 1 : 0) + (percentage != null ? 1 : 0) + (freeShipping != null ? 1 : 0);
            if (set != 1) {
                throw InvalidInputException.field("couponReward", "exactly one of fixedAmount, percentage, freeShipping");
            }
            return fixedAmount != null ? CouponKind.FIXED_AMOUNT
                    : percentage != null ? CouponKind.PERCENTAGE : CouponKind.FREE_SHIPPING;
        }

        List<TierConfig> configsOf(CouponKind kind) {
            ConfigsByTier configs = switch (kind) {
                case FIXED_AMOUNT -> fixedAmount;
                case PERCENTAGE -> percentage;
                case FREE_SHIPPING -> freeShipping;
            };
            if (configs.configsByTier() == null) {
                return List.of();
            }
            return configs.configsByTier().stream().map(c -> c.config(switch (kind) {
                case FIXED_AMOUNT -> c.amount();
                case PERCENTAGE -> c.percentage();
                case FREE_SHIPPING -> null;
            })).toList();
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Scope(String namespace, Group group) {

        String name() {
            return namespace != null ? namespace : group == null ? null : group.name();
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Group(String name, String entityId) {
    }

    // --- coupons

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record WireCoupon(String id, String accountId, String transactionId, CouponReference couponReference,
            String status, String rewardName, String revision, Instant createdDate, Instant updatedDate,
            Boolean refundable) {

        static WireCoupon of(Coupon c) {
            var spec = new Specification(c.kind() == CouponKind.FIXED_AMOUNT ? c.amount() : null,
                    c.kind() == CouponKind.PERCENTAGE ? c.amount() : null,
                    c.kind() == CouponKind.FREE_SHIPPING ? Boolean.TRUE : null, c.minimumSubtotal(),
                    c.scope() == null ? null : new Scope(c.scope(), null), c.rewardName(),
                    switch (c.kind()) {
                        case FIXED_AMOUNT -> "MONEY_OFF_AMOUNT";
                        case PERCENTAGE -> "PERCENT_OFF_RATE";
                        case FREE_SHIPPING -> "FREE_SHIPPING";
                    });
            return new WireCoupon(c.id(), c.accountId(), c.transactionId(),
                    new CouponReference(c.id(), c.code(), c.rewardName(), c.status().name().equals("ARCHIVED"), spec),
                    c.status().name(), c.rewardName(), Wire.revision(c.revision()), c.createdDate(), c.updatedDate(),
                    null);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CouponReference(String couponId, String code, String name, Boolean deleted, Specification specification) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Specification(BigDecimal moneyOffAmount, BigDecimal percentOffRate, Boolean freeShipping,
            BigDecimal minimumSubtotal, Scope scope, String name, String type) {
    }

    // --- checkout discounts

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record WireDiscount(String id, String checkoutId, String status, String discountType, String rewardId,
            String loyaltyCouponId, Long pointsSpent, BigDecimal amount, String revision, Instant createdDate,
            Instant updatedDate) {

        static WireDiscount of(CheckoutDiscount d) {
            boolean coupon = d.type() == DiscountType.COUPON;
            return new WireDiscount(d.id(), d.checkoutId(), d.status().name(), coupon ? "LOYALTY_COUPON" : "DISCOUNT_AMOUNT",
                    coupon ? null : d.rewardId(), coupon ? d.couponId() : null, d.pointsSpent(), d.amount(),
                    Wire.revision(d.revision()), d.createdDate(), d.updatedDate());
        }
    }
}
