package com.loyaltybatch.launch.api;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.loyaltybatch.common.InvalidInputException;
import com.loyaltybatch.account.Account;
import com.loyaltybatch.account.AccountTotals;
import com.loyaltybatch.account.PointsTransaction;
import com.loyaltybatch.program.Program;

/**
 * The entities as the Loyalty APIs put them on the wire: {@code id}, {@code createdDate} and
 * {@code updatedDate}; instants in ISO-8601; {@code revision} (an int64) as a string; icons as
 * objects; absent values left out.
 */
final class Wire {

    private Wire() {
    }

    static String revision(long revision) {
        return Long.toString(revision);
    }

    /** A revision as a request gives it: an int64 in a string (or a number, which arrives as its text). */
    static long revision(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.field("revision", "not a whole number: " + text);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Image(String id, String url, Integer height, Integer width, String altText, String filename) {

        static Image of(String url) {
            return url == null ? null : new Image(null, url, null, null, null, null);
        }
    }

    // --- programs

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record LoyaltyProgram(String name, PointDefinition pointDefinition, String status, PointsExpiration pointsExpiration,
            Instant createdDate, Instant updatedDate, PremiumFeatures premiumFeatures) {

        static LoyaltyProgram of(Program p) {
            var expiration = p.pointsExpiration();
            return new LoyaltyProgram(p.name(),
                    new PointDefinition(p.pointDefinition().customName(), Image.of(p.pointDefinition().icon().url())),
                    p.status().name(), new PointsExpiration(expiration.status().name(), expiration.monthsOfInactivity(),
                            expiration.expiringPointsPercentage()),
                    p.createdDate(), p.updatedDate(), PremiumFeatures.ALL);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PointDefinition(String customName, Image icon) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PointsExpiration(String status, Integer monthsOfInactivity, Integer expiringPointsPercentage) {
    }

    /** A self-hosted engine has every feature. */
    record PremiumFeatures(boolean loyaltyProgram, boolean tiers, boolean pointsExpiration) {
        static final PremiumFeatures ALL = new PremiumFeatures(true, true, true);
    }

    // --- accounts

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record LoyaltyAccount(String id, String contactId, String memberId, Points points, boolean rewardAvailable,
            Instant createdDate, Instant updatedDate, Instant lastActivityDate, String revision, Tier tier,
            Contact contact, AccountExpiration pointsExpiration) {

        static LoyaltyAccount of(Account a) {
            var points = a.points();
            var expiration = a.pointsExpiration();
            return new LoyaltyAccount(a.id(), a.contactId(), a.memberId(),
                    new Points(points.balance(), points.earned(), points.adjusted(), points.redeemed(), points.expired()),
                    a.rewardAvailable(), a.createdDate(), a.updatedDate(), a.lastActivityDate(), Wire.revision(a.revision()),
                    new Tier(a.tier().id(), a.tier().updatedDate(), a.tier().points() == null ? 0 : a.tier().points()),
                    new Contact(a.contactId()),
                    expiration.expirationDate() == null ? null
                            : new AccountExpiration(expiration.expirationDate(), expiration.expiringPointsAmount()));
        }
    }

    record Points(long balance, long earned, long adjusted, long redeemed, long expired) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Tier(String id, Instant updatedDate, long points) {
    }

    record Contact(String id) {
    }

    record AccountExpiration(Instant expirationDate, Long expiringPointsAmount) {
    }

    record TierTotal(String id, long numberOfAccounts) {
    }

    record ProgramTotals(Points points, List<TierTotal> tierTotals) {

        static ProgramTotals of(AccountTotals totals) {
            var p = totals.points();
            return new ProgramTotals(new Points(p.balance(), p.earned(), p.adjusted(), p.redeemed(), p.expired()),
                    totals.tiers().stream().map(t -> new TierTotal(t.tierId(), t.accounts())).toList());
        }
    }

    // --- transactions

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record LoyaltyTransaction(String id, String accountId, Instant createdDate, long amount, String transactionType,
            String description, String idempotencyKey, EarnInfo earnInfo, RedeemInfo redeemInfo, AdjustInfo adjustInfo,
            RefundInfo refundInfo, ExpireInfo expireInfo) {

        static LoyaltyTransaction of(PointsTransaction t) {
            return new LoyaltyTransaction(t.id(), t.accountId(), t.createdDate(), t.amount(), t.transactionType().name(),
                    t.description(), t.idempotencyKey(),
                    t.earn() == null ? null : new EarnInfo(t.earn().appId(), t.earn().activityType(), t.earn().orderId()),
                    t.redeem() == null ? null : new RedeemInfo(t.redeem().rewardId(), t.redeem().rewardType(),
                            t.redeem().referenceEntityId()),
                    t.adjust() == null ? null : new AdjustInfo(t.adjust().amountBefore(), t.adjust().amountAfter()),
                    t.refund() == null ? null : new RefundInfo(t.refund().refundedTransactionId()),
                    t.expire() == null ? null : new ExpireInfo(t.expire().amountBefore(), t.expire().amountAfter()));
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record EarnInfo(String appId, String activityType, String orderId) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RedeemInfo(String rewardId, String rewardType, String referenceEntityId) {
    }

    record AdjustInfo(long amountBefore, long amountAfter) {
    }

    record RefundInfo(String refundedTransactionId) {
    }

    record ExpireInfo(long amountBefore, long amountAfter) {
    }

    // --- paging

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Cursors(String next, String prev) {
    }

    /** {@code CursorPagingMetadata}: {@code cursors.next} is set while there are more pages. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CursorPagingMetadata(int count, Cursors cursors, boolean hasNext) {

        static CursorPagingMetadata of(int count, String next) {
            return new CursorPagingMetadata(count, new Cursors(next, null), next != null);
        }
    }
}
