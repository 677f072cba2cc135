package com.loyaltybatch.tier;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.loyaltybatch.account.AccountService;
import com.loyaltybatch.account.TierAssignment;
import com.loyaltybatch.common.ConflictException;
import com.loyaltybatch.common.Ids;
import com.loyaltybatch.common.NotFoundException;

/**
 * Defines tiers and the tiers program settings, and recalculates accounts' tiers. Changes to a
 * tier or to the settings carry the revision they were based on; a stale one is a conflict.
 * Names are unique without regard to case (the base tier's included) and required points are
 * unique; the database holds both too.
 */
@Service
public class TierService {

    private final TierRepository tiers;
    private final TierPointsQuery tierPoints;
    private final AccountService accounts;
    private final Clock clock;

    TierService(TierRepository tiers, TierPointsQuery tierPoints, AccountService accounts, Clock clock) {
        this.tiers = tiers;
        this.tierPoints = tierPoints;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** All tiers, lowest required points first (the base tier is in {@link #settings()}). */
    @Transactional(readOnly = true)
    public List<Tier> list() {
        return tiers.findAll();
    }

    @Transactional(readOnly = true)
    public Tier get(String id) {
        return tiers.findById(id).orElseThrow(() -> new NotFoundException("tier", id));
    }

    @Transactional(readOnly = true)
    public TierSettings settings() {
        return tiers.settings();
    }

    /** The settings and tiers as of now, for a run that applies them to many accounts. */
    @Transactional(readOnly = true)
    public TierLadder ladder() {
        return new TierLadder(tiers.settings(), tiers.findAll());
    }

    @Transactional
    public Tier create(TierChanges definition) {
        tiers.lockSettings();
        var tier = new Tier(Ids.newId(), TierRules.apply(new Tier.Definition(null, null, null),
                new TierChanges(TierRules.name(definition.name()), definition.description(), definition.icon(), null)),
                TierRules.requiredPoints(definition.requiredPoints()), clock.instant(), clock.instant(), 1);
        requireUnique(tier.id(), tier.name(), tier.requiredPoints());
        try {
            tiers.insert(tier);
        } catch (DuplicateKeyException raced) {
            throw new ConflictException("a tier with the name '" + tier.name() + "' or " + tier.requiredPoints()
                    + " required points already exists");
        }
        return tier;
    }

    @Transactional
    public Tier update(String id, TierChanges changes, long revision) {
        tiers.lockSettings();
        Tier current = tiers.lock(id).orElseThrow(() -> new NotFoundException("tier", id));
        if (current.revision() != revision) {
            throw ConflictException.staleRevision("tier " + id, revision, current.revision());
        }
        long required = changes.requiredPoints() != null ? TierRules.requiredPoints(changes.requiredPoints())
                : current.requiredPoints();
        var next = new Tier(id, TierRules.apply(current.definition(), changes), required, current.createdDate(),
                clock.instant(), current.revision() + 1);
        requireUnique(id, next.name(), next.requiredPoints());
        tiers.update(next);
        return next;
    }

    /**
     * Deletes a tier; its accounts move to the base tier at once (the next recalculation places
     * them in the tier they reach). Returns how many accounts moved.
     */
    @Transactional
    public int delete(String id, long revision) {
        tiers.lockSettings();
        Tier current = tiers.lock(id).orElseThrow(() -> new NotFoundException("tier", id));
        if (current.revision() != revision) {
            throw ConflictException.staleRevision("tier " + id, revision, current.revision());
        }
        int moved = accounts.moveToBaseTier(id);
        tiers.delete(id);
        return moved;
    }

    @Transactional
    public TierSettings updateSettings(SettingsChanges changes, long revision) {
        TierSettings current = tiers.lockSettings();
        if (current.revision() != revision) {
            throw ConflictException.staleRevision("tiers program settings", revision, current.revision());
        }
        var base = changes.baseTier() == null ? current.baseTierDefinition()
                : TierRules.apply(current.baseTierDefinition(), changes.baseTier());
        int months = changes.rollingWindowMonths() != null ? TierRules.rollingWindowMonths(changes.rollingWindowMonths())
                : current.rollingWindow().durationInMonths();
        var next = new TierSettings(changes.status() != null ? changes.status() : current.status(),
                new TierSettings.RollingWindow(months), base, current.createdDate(), clock.instant(), revision + 1);
        if (!base.name().equalsIgnoreCase(current.baseTierDefinition().name())) {
            requireUnique(null, base.name(), -1);
        }
        tiers.save(next);
        return next;
    }

    /**
     * Recalculates the tiers of a run of accounts (in id order) with one aggregate query: tier
     * points are the sum of EARN and ADJUST amounts within the window, so a negative adjustment
     * lowers them and redemptions and expirations do not; a negative sum counts as 0. Only
     * accounts whose tier or tier points differ are written. Returns how many changed tier.
     */
    @Transactional
    public int recalculate(List<AccountTier> run, TierLadder ladder, TierWindow window) {
        Map<String, Long> sums = tierPoints.sums(run.stream().map(AccountTier::accountId).toList(), window);
        List<TierAssignment> assignments = new ArrayList<>();
        for (AccountTier account : run) {
            long points = Math.max(0, sums.getOrDefault(account.accountId(), 0L));
            String tier = ladder.tierFor(points);
            var assignment = new TierAssignment(account.accountId(), account.tierId(), tier, points);
            if (assignment.tierChanged() || account.tierPoints() == null || account.tierPoints() != points) {
                assignments.add(assignment);
            }
        }
        accounts.assignTiers(assignments);
        return (int) assignments.stream().filter(TierAssignment::tierChanged).count();
    }

    private void requireUnique(String id, String name, long requiredPoints) {
        if (name.equalsIgnoreCase(tiers.settings().baseTierDefinition().name()) && id != null) {
            throw new ConflictException("'" + name + "' is the base tier's name");
        }
        for (Tier other : tiers.findAll()) {
            if (other.id().equals(id)) {
                continue;
            }
            if (other.name().equalsIgnoreCase(name)) {
                throw new ConflictException("a tier named '" + other.name() + "' already exists: " + other.id());
            }
            if (other.requiredPoints() == requiredPoints) {
                throw new ConflictException("tier '" + other.name() + "' already requires " + requiredPoints + " points");
            }
        }
    }
}
