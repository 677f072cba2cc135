package com.loyaltybatch.earning;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.loyaltybatch.common.ConflictException;
import com.loyaltybatch.common.Ids;
import com.loyaltybatch.common.NotFoundException;

/**
 * Creates, reads, changes, pauses and deletes earning rules. Updates and deletes need the rule's
 * current revision; pausing a paused rule or resuming an active one changes nothing.
 */
@Service
public class EarningRuleService {

    private final EarningRuleRepository rules;
    private final Clock clock;

    EarningRuleService(EarningRuleRepository rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    /** Creates an ACTIVE rule. */
    @Transactional
    public EarningRule create(EarningRuleDraft draft) {
        Instant now = clock.instant();
        EarningRule rule = new EarningRule(Ids.newId(), draft.title(), draft.triggerAppId(), draft.triggerActivityType(),
                draft.kind(), EarningRuleStatus.ACTIVE, draft.configs(), now, now, 1);
        rules.insert(rule);
        return get(rule.id());
    }

    @Transactional(readOnly = true)
    public EarningRule get(String id) {
        return rules.findById(id).orElseThrow(() -> new NotFoundException("earning rule", id));
    }

    /** All rules by title. */
    @Transactional(readOnly = true)
    public List<EarningRule> list() {
        return rules.findAll(false);
    }

    /** The ACTIVE rules, for earning from activities. */
    @Transactional(readOnly = true)
    public List<EarningRule> active() {
        return rules.findAll(true);
    }

    @Transactional
    public EarningRule update(String id, long revision, EarningRuleChanges changes) {
        EarningRule current = locked(id, revision);
        EarningRuleDraft draft = changes.applyTo(current);
        save(current, draft, current.status());
        return get(id);
    }

    @Transactional
    public EarningRule pause(String id) {
        return setStatus(id, EarningRuleStatus.PAUSED);
    }

    @Transactional
    public EarningRule resume(String id) {
        return setStatus(id, EarningRuleStatus.ACTIVE);
    }

    /** Deletes a rule. Points it earned stay: the ledger is append-only. */
    @Transactional
    public void delete(String id, long revision) {
        locked(id, revision);
        rules.delete(id);
    }

    private EarningRule setStatus(String id, EarningRuleStatus status) {
        EarningRule current = rules.lock(id).orElseThrow(() -> new NotFoundException("earning rule", id));
        if (current.status() != status) {
            save(current, new EarningRuleDraft(current.title(), current.triggerAppId(), current.triggerActivityType(),
                    current.kind(), current.configs()), status);
        }
        return get(id);
    }

    private void save(EarningRule current, EarningRuleDraft draft, EarningRuleStatus status) {
        rules.update(new EarningRule(current.id(), draft.title(), draft.triggerAppId(), draft.triggerActivityType(),
                draft.kind(), status, draft.configs(), current.createdDate(), clock.instant(), current.revision() + 1));
    }

    private EarningRule locked(String id, long revision) {
        EarningRule current = rules.lock(id).orElseThrow(() -> new NotFoundException("earning rule", id));
        if (current.revision() != revision) {
            throw ConflictException.staleRevision("earning rule " + id, revision, current.revision());
        }
        return current;
    }
}
