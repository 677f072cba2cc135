package com.loyaltybatch.reward;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.loyaltybatch.account.RewardAvailability;
import com.loyaltybatch.common.ConflictException;
import com.loyaltybatch.common.Ids;
import com.loyaltybatch.common.NotFoundException;

/**
 * Creates, reads, changes and deletes rewards. Every change that can alter which accounts can
 * afford a reward (creating, updating, deleting) recomputes {@code rewardAvailable} of all
 * accounts in the same transaction, with one statement. Updates and deletes need the reward's
 * current revision.
 */
@Service
public class RewardService {

    private final RewardRepository rewards;
    private final RewardAvailability availability;
    private final Clock clock;

    RewardService(RewardRepository rewards, RewardAvailability availability, Clock clock) {
        this.rewards = rewards;
        this.availability = availability;
        this.clock = clock;
    }

    @Transactional
    public Reward create(RewardDraft draft) {
        Instant now = clock.instant();
        Reward reward = new Reward(Ids.newId(), draft.name(), draft.active(), draft.type(), draft.couponKind(),
                draft.minimumSubtotal(), draft.scope(), draft.configs(), now, now, 1);
        rewards.insert(reward);
        availability.refreshAll();
        return get(reward.id());
    }

    @Transactional(readOnly = true)
    public Reward get(String id) {
        return rewards.findById(id).orElseThrow(() -> new NotFoundException("reward", id));
    }

    /** All rewards by name, or only the active ones. */
    @Transactional(readOnly = true)
    public List<Reward> list(boolean activeOnly) {
        return rewards.findAll(activeOnly);
    }

    /** What active rewards cost, to tell in bulk which ones a balance covers. */
    @Transactional(readOnly = true)
    public AffordableRewards affordable() {
        return new AffordableRewards(rewards.findAll(true));
    }

    @Transactional
    public Reward update(String id, long revision, RewardChanges changes) {
        Reward current = locked(id, revision);
        RewardDraft draft = changes.applyTo(current);
        rewards.update(new Reward(id, draft.name(), draft.active(), draft.type(), draft.couponKind(),
                draft.minimumSubtotal(), draft.scope(), draft.configs(), current.createdDate(), clock.instant(),
                current.revision() + 1));
        availability.refreshAll();
        return get(id);
    }

    /** Deletes a reward. Coupons already issued keep what it promised (they hold a copy). */
    @Transactional
    public void delete(String id, long revision) {
        locked(id, revision);
        rewards.delete(id);
        availability.refreshAll();
    }

    private Reward locked(String id, long revision) {
        Reward current = rewards.lock(id).orElseThrow(() -> new NotFoundException("reward", id));
        if (current.revision() != revision) {
            throw ConflictException.staleRevision("reward " + id, revision, current.revision());
        }
        return current;
    }
}
