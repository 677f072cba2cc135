package com.loyaltybatch.earning.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStream;
import org.springframework.batch.infrastructure.item.ItemWriter;

import com.loyaltybatch.account.EarnRequest;
import com.loyaltybatch.account.PointsLedger;
import com.loyaltybatch.batch.RejectsFile;
import com.loyaltybatch.earning.EarningRule;
import com.loyaltybatch.earning.EarningRuleService;
import com.loyaltybatch.earning.RuleConfig;

/**
 * Earns the points of a chunk of activities in the chunk's transaction. Per chunk it loads the
 * active rules once, finds every activity's account in one query and which credits were already
 * made in another; then each rule an activity triggers credits its points through
 * {@link PointsLedger#earn} with the idempotency key {@code activity:<ruleId>:<activity key>}.
 * The key, not the file, makes earning idempotent: the same activity in a file run twice, or in
 * another file, never earns twice from one rule.
 * <p>
 * Each activity is counted once: {@code credited} (earned something new), {@code alreadyCredited}
 * (everything it earns was credited before), {@code filtered} (no active rule gives it points:
 * no rule for its type or app, no configuration for the tier, nothing spent) or {@code rejected}
 * (no account for its contact, or a bad row; written to the errors file with the reason).
 */
class ActivityEarner implements ItemWriter<Activity>, ItemStream {

    static final String CREDITED = "credited";
    static final String ALREADY_CREDITED = "alreadyCredited";
    static final String FILTERED = "filtered";
    static final String REJECTED = RejectsFile.REJECTED;
    static final String POINTS = "points";

    private final EarningRuleService rules;
    private final PointsLedger ledger;
    private final ActivityAccounts lookup;
    private final RejectsFile<Object, Object> rejects;
    private long credited;
    private long alreadyCredited;
    private long filtered;
    private long points;

    ActivityEarner(EarningRuleService rules, PointsLedger ledger, ActivityAccounts lookup,
            RejectsFile<Object, Object> rejects) {
        this.rules = rules;
        this.ledger = ledger;
        this.lookup = lookup;
        this.rejects = rejects;
    }

    @Override
    public void write(Chunk<? extends Activity> chunk) {
        List<Rejected> rejectedRows = new ArrayList<>();
        List<Activity> valid = new ArrayList<>();
        for (Activity activity : chunk) {
            if (activity.problem() != null) {
                rejectedRows.add(reject(activity, activity.problem()));
            } else {
                valid.add(activity);
            }
        }
        List<EarningRule> active = rules.active();
        var found = lookup.find(valid);
        List<List<Credit>> toEarn = new ArrayList<>();
        for (Activity activity : valid) {
            var account = found.of(activity);
            if (account == null) {
                rejectedRows.add(reject(activity, activity.contactId() != null
                        ? "no account for contact " + activity.contactId() : "no account for email " + activity.email()));
                continue;
            }
            List<Credit> credits = new ArrayList<>();
            String problem = null;
            for (EarningRule rule : active) {
                if (rule.triggeredBy(activity.activityType(), activity.appId())) {
                    long amount = rule.pointsFor(account.tierId(), activity.amountSpent());
                    if (amount > RuleConfig.MAX_POINTS) {
                        problem = "rule " + rule.id() + " gives " + amount + " points, more than " + RuleConfig.MAX_POINTS;
                    } else if (amount > 0) {
                        credits.add(new Credit(activity, account.accountId(), "activity:" + rule.id() + ":" + activity.key(),
                                amount, rule));
                    }
                }
            }
            if (problem != null) {
                rejectedRows.add(reject(activity, problem));
            } else if (credits.isEmpty()) {
                filtered++;
            } else {
                toEarn.add(credits);
            }
        }
        earn(toEarn);
        rejectedRows.forEach(r -> rejects.reject(r.activity().row().line(), r.activity().row().text(), r.reason()));
    }

    private void earn(List<List<Credit>> toEarn) {
        List<Credit> all = toEarn.stream().flatMap(List::stream).toList();
        Map<String, Set<String>> used = ledger.usedIdempotencyKeys(all.stream().map(Credit::accountId).distinct().toList(),
                all.stream().map(Credit::key).distinct().toList());
        for (List<Credit> credits : toEarn) {
            List<Credit> fresh = credits.stream()
                    .filter(c -> !used.getOrDefault(c.accountId(), Set.of()).contains(c.key())).toList();
            if (fresh.isEmpty()) {
                alreadyCredited++;
                continue;
            }
            for (Credit credit : fresh) {
                ledger.earn(credit.accountId(), credit.request());
                points += credit.points();
                // the same activity twice in one chunk earns once, and counts once
                used.computeIfAbsent(credit.accountId(), id -> new java.util.HashSet<>()).add(credit.key());
            }
            credited++;
        }
    }

    private record Credit(Activity activity, String accountId, String key, long points, EarningRule rule) {

        EarnRequest request() {
            String description = rule.title() + ": " + activity.activityType() + " " + activity.key() + " of "
                    + activity.date().toString().substring(0, 10);
            return new EarnRequest(points, description.length() > 100 ? description.substring(0, 100) : description, key,
                    activity.appId(), activity.activityType(), activity.orderId());
        }
    }

    private record Rejected(Activity activity, String reason) {
    }

    private static Rejected reject(Activity activity, String reason) {
        return new Rejected(activity, reason);
    }

    @Override
    public void open(ExecutionContext context) {
        credited = context.getLong(CREDITED, 0L);
        alreadyCredited = context.getLong(ALREADY_CREDITED, 0L);
        filtered = context.getLong(FILTERED, 0L);
        points = context.getLong(POINTS, 0L);
        rejects.open(context);
    }

    @Override
    public void update(ExecutionContext context) {
        rejects.update(context);
        context.putLong(CREDITED, credited);
        context.putLong(ALREADY_CREDITED, alreadyCredited);
        context.putLong(FILTERED, filtered);
        context.putLong(POINTS, points);
    }

    @Override
    public void close() {
        rejects.close();
    }
}
