package com.loyaltybatch.demo;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.IntFunction;

import com.loyaltybatch.account.Account;
import com.loyaltybatch.account.PointsTransaction;
import com.loyaltybatch.account.TransactionType;

/**
 * The ledger of one sample account, built the way the engine would have written it: operations
 * in time order, each applied to the running totals, a redeem only when the balance covers the
 * reward and a negative adjustment never below zero. The totals it ends with are therefore the
 * sum of its transactions.
 */
final class SampleLedger {

    record Reward(String id, String name, long cost) {
    }

    private static final String[] PURCHASES = {"In-store purchase", "In-store purchase", "In-store purchase",
        "Mobile order", "Online shop order", "Catering order"};
    private static final long WELCOME_BONUS = 50;

    private final List<Reward> rewards;
    private final String accountId;
    private final long orderBase;
    private final IntFunction<String> ids;
    private final SplittableRandom random;
    private final Consumer<PointsTransaction> out;

    private Account.Points points = Account.Points.ZERO;
    private int count;
    private long last;
    private boolean birthday;

    /**
     * @param orderBase first order number of this account; it uses at most 16
     * @param ids the id of the account's n-th transaction
     */
    SampleLedger(List<Reward> rewards, String accountId, long orderBase, IntFunction<String> ids,
            SplittableRandom random, Consumer<PointsTransaction> out) {
        this.rewards = rewards;
        this.accountId = accountId;
        this.orderBase = orderBase;
        this.ids = ids;
        this.random = random;
        this.out = out;
    }

    Account.Points points() {
        return points;
    }

    int count() {
        return count;
    }

    Instant lastActivity() {
        return Instant.ofEpochSecond(last);
    }

    void welcome(long at) {
        earn(at, WELCOME_BONUS, "Welcome bonus", "coffee-club-web", "signup", null, "welcome");
    }

    /** {@code n} operations at random times in [from, to), in time order. */
    void activity(int n, long from, long to, boolean inMonth) {
        if (to <= from) {
            return;
        }
        long[] times = new long[n];
        for (int i = 0; i < n; i++) {
            times[i] = daytime(from, to);
        }
        Arrays.sort(times);
        for (long at : times) {
            operation(at, inMonth);
        }
    }

    private void operation(long at, boolean inMonth) {
        int roll = random.nextInt(100);
        Reward reward = rewards.get(random.nextInt(rewards.size()));
        if (roll < 14 && points.balance() >= reward.cost()) {
            redeem(at, reward);
        } else if (inMonth && roll >= 90) {
            adjust(at);
        } else if (inMonth && roll == 89 && !birthday) {
            birthday = true;
            earn(at, 100, "Birthday treat", "coffee-club-web", "birthday", null,
                    "birthday-" + Instant.ofEpochSecond(at).atOffset(java.time.ZoneOffset.UTC).getYear());
        } else {
            purchase(at);
        }
    }

    private void purchase(long at) {
        String purchase = PURCHASES[random.nextInt(PURCHASES.length)];
        String orderId = Long.toString(orderBase + count);
        String appId = purchase.startsWith("In-store") ? "coffee-club-pos" : "coffee-club-shop";
        earn(at, 5 + random.nextInt(56), purchase + " #" + orderId, appId, "order-paid", orderId, "order-" + orderId);
    }

    private void earn(long at, long amount, String description, String appId, String activityType, String orderId,
            String idempotencyKey) {
        record(at, amount, TransactionType.EARN, description, idempotencyKey,
                new PointsTransaction.EarnInfo(appId, activityType, orderId), null, null);
        points = points.earn(amount);
    }

    private void redeem(long at, Reward reward) {
        record(at, -reward.cost(), TransactionType.REDEEM, "Redeemed: " + reward.name(), null, null,
                new PointsTransaction.RedeemInfo(reward.id(), "COUPON_REWARD", SampleIds.random(random)), null);
        points = new Account.Points(points.balance() - reward.cost(), points.earned(), points.adjusted(),
                points.redeemed() + reward.cost(), points.expired());
    }

    /** Mostly goodwill credits; a correction takes back at most what the balance holds. */
    private void adjust(long at) {
        long before = points.balance();
        boolean correction = before > 0 && random.nextInt(5) < 2;
        long delta = correction ? -Math.min(before, 5 + random.nextInt(56)) : 5 * (2 + random.nextInt(19));
        String description = correction ? "Correction: cancelled order" : "Goodwill credit";
        record(at, delta, TransactionType.ADJUST, description, null, null, null,
                new PointsTransaction.BalanceChange(before, before + delta));
        points = points.adjust(delta);
    }

    private void record(long at, long amount, TransactionType type, String description, String idempotencyKey,
            PointsTransaction.EarnInfo earn, PointsTransaction.RedeemInfo redeem,
            PointsTransaction.BalanceChange adjust) {
        out.accept(new PointsTransaction(ids.apply(count), accountId, Instant.ofEpochSecond(at), amount, type,
                description, idempotencyKey, earn, redeem, adjust, null, null));
        count++;
        last = Math.max(last, at);
    }

    /** A moment in [from, to), mostly in opening hours (07:00 to 21:00 UTC) when the range allows. */
    private long daytime(long from, long to) {
        long at = from + random.nextLong(to - from);
        long day = Math.floorDiv(at, 86_400L) * 86_400L;
        long open = day + 7 * 3_600L + random.nextLong(14 * 3_600L);
        return open >= from && open < to ? open : at;
    }
}
