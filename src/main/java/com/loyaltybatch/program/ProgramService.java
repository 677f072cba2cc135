package com.loyaltybatch.program;

import java.time.Clock;
import java.util.function.BiFunction;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and changes the loyalty program. Every change bumps the revision. */
@Service
public class ProgramService {

    private final ProgramRepository programs;
    private final Clock clock;

    ProgramService(ProgramRepository programs, Clock clock) {
        this.programs = programs;
        this.clock = clock;
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

    @Transactional
    public Program enableExpiration(int monthsOfInactivity, int expiringPointsPercentage) {
        return change((program, now) -> program.enableExpiration(monthsOfInactivity, expiringPointsPercentage, now));
    }

    @Transactional
    public Program disableExpiration() {
        return change(Program::disableExpiration);
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
