package com.loyaltybatch.program;

import java.time.Clock;
import java.util.function.BiFunction;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.loyaltybatch.common.InvalidInputException;

/** Reads and changes the loyalty program. Every change bumps the revision. */
@Service
public class ProgramService {

    private final ProgramRepository programs;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ProgramService(ProgramRepository programs, Clock clock, ApplicationEventPublisher events) {
        this.programs = programs;
        this.clock = clock;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Program get() {
        return programs.load();
    }

    /**
     * Fails with {@link com.loyaltybatch.common.ProgramNotActiveException} unless the program is
     * ACTIVE. Takes a shared view: callers check inside their own transaction.
     */
    @Transactional(readOnly = true)
    public Program requireActive() {
        Program program = programs.load();
        program.requireActive();
        return program;
    }

    @Transactional
    public Program update(ProgramChanges changes) {
        return change((program, now) -> program.update(changes, now));
    }

    @Transactional
    public Program activate() {
        return change(Program::activate);
    }

    @Transactional
    public Program pause() {
        return change(Program::pause);
    }

    /**
     * Enables (or changes) points expiration; accounts' next expiration is recomputed in the same
     * transaction (see {@link ExpirationPolicyChanged}).
     */
    @Transactional
    public Program enableExpiration(int monthsOfInactivity, int expiringPointsPercentage) {
        return expirationChanged(change((program, now) -> program.enableExpiration(monthsOfInactivity,
                expiringPointsPercentage, now)));
    }

    /**
     * Sets the expiration policy's months and percentage (null keeps a value); while expiration is
     * ENABLED it takes effect at once, as {@link #enableExpiration} does, otherwise when it is enabled.
     */
    @Transactional
    public Program updateExpirationPolicy(Integer monthsOfInactivity, Integer expiringPointsPercentage) {
        Program current = get();
        var policy = current.pointsExpiration();
        Integer months = monthsOfInactivity != null ? monthsOfInactivity : policy.monthsOfInactivity();
        Integer percentage = expiringPointsPercentage != null ? expiringPointsPercentage : policy.expiringPointsPercentage();
        if (policy.status() == Program.ExpirationStatus.ENABLED) {
            return enableExpiration(months, percentage);
        }
        return change((program, now) -> program.withExpirationPolicy(months, percentage, now));
    }

    /**
     * Enables points expiration with the months and percentage already set (see
     * {@link #updateExpirationPolicy}); refused while they are not.
     */
    @Transactional
    public Program enableExpiration() {
        var policy = get().pointsExpiration();
        if (policy.monthsOfInactivity() == null || policy.expiringPointsPercentage() == null) {
            throw InvalidInputException.field("pointsExpiration",
                    "set monthsOfInactivity and expiringPointsPercentage before enabling expiration");
        }
        return enableExpiration(policy.monthsOfInactivity(), policy.expiringPointsPercentage());
    }

    /** Disables points expiration; accounts stop showing a next expiration in the same transaction. */
    @Transactional
    public Program disableExpiration() {
        return expirationChanged(change(Program::disableExpiration));
    }

    private Program expirationChanged(Program program) {
        events.publishEvent(new ExpirationPolicyChanged(program.pointsExpiration()));
        return program;
    }

    private Program change(BiFunction<Program, java.time.Instant, Program> change) {
        Program current = programs.lock();
        Program next = change.apply(current, clock.instant());
        if (next != current) {
            programs.save(next);
        }
        return next;
    }
}
