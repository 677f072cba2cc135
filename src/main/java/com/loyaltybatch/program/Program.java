package com.loyaltybatch.program;

import java.time.Instant;

import com.loyaltybatch.common.ConflictException;
import com.loyaltybatch.common.InvalidInputException;
import com.loyaltybatch.common.ProgramNotActiveException;

/**
 * The loyalty program. Immutable: every change returns the next revision of the program, so a
 * caller cannot leave it half-changed. Field names follow the Loyalty APIs.
 */
public record Program(
        String name,
        PointDefinition pointDefinition,
        ProgramStatus status,
        PointsExpiration pointsExpiration,
        Instant createdDate,
        Instant updatedDate,
        long revision) {

    public static final String DEFAULT_POINT_NAME = "Points";

    /** What the program calls its points, and their icon. */
    public record PointDefinition(String customName, Icon icon) {
    }

    public record Icon(String url) {
    }

    public enum ExpirationStatus {
        ENABLED, DISABLED
    }

    /** Inactive accounts lose a percentage of their balance when this is ENABLED. */
    public record PointsExpiration(ExpirationStatus status, Integer monthsOfInactivity,
            Integer expiringPointsPercentage) {
    }

    public void requireActive() {
        if (status != ProgramStatus.ACTIVE) {
            throw new ProgramNotActiveException(status.name());
        }
    }

    public Program update(ProgramChanges changes, Instant now) {
        String newName = changes.name() != null ? ProgramRules.name(changes.name()) : name;
        String newPointName = changes.pointName() != null ? ProgramRules.pointName(changes.pointName())
                : pointDefinition.customName();
        String newIconUrl = changes.iconUrl() != null ? ProgramRules.iconUrl(changes.iconUrl())
                : pointDefinition.icon().url();
        return next(newName, new PointDefinition(newPointName, new Icon(newIconUrl)), status, pointsExpiration, now);
    }

    public Program activate(Instant now) {
        if (name == null) {
            throw InvalidInputException.field("name", "required to activate the program (program update --name NAME)");
        }
        return status == ProgramStatus.ACTIVE ? this : withStatus(ProgramStatus.ACTIVE, now);
    }

    public Program pause(Instant now) {
        return switch (status) {
            case PAUSED -> this;
            case ACTIVE -> withStatus(ProgramStatus.PAUSED, now);
            case DRAFT -> throw new ConflictException("loyalty program is DRAFT: only an ACTIVE program can be paused");
        };
    }

    public Program enableExpiration(int monthsOfInactivity, int expiringPointsPercentage, Instant now) {
        var expiration = new PointsExpiration(ExpirationStatus.ENABLED,
                ProgramRules.monthsOfInactivity(monthsOfInactivity),
                ProgramRules.expiringPointsPercentage(expiringPointsPercentage));
        return next(name, pointDefinition, status, expiration, now);
    }

    /** The policy's months and percentage, checked, with its status unchanged. */
    public Program withExpirationPolicy(Integer monthsOfInactivity, Integer expiringPointsPercentage, Instant now) {
        var expiration = new PointsExpiration(pointsExpiration.status(),
                monthsOfInactivity == null ? null : ProgramRules.monthsOfInactivity(monthsOfInactivity),
                expiringPointsPercentage == null ? null : ProgramRules.expiringPointsPercentage(expiringPointsPercentage));
        return next(name, pointDefinition, status, expiration, now);
    }

    public Program disableExpiration(Instant now) {
        var expiration = new PointsExpiration(ExpirationStatus.DISABLED,
                pointsExpiration.monthsOfInactivity(), pointsExpiration.expiringPointsPercentage());
        return next(name, pointDefinition, status, expiration, now);
    }

    private Program withStatus(ProgramStatus newStatus, Instant now) {
        return next(name, pointDefinition, newStatus, pointsExpiration, now);
    }

    private Program next(String newName, PointDefinition points, ProgramStatus newStatus,
            PointsExpiration expiration, Instant now) {
        return new Program(newName, points, newStatus, expiration, createdDate, now, revision + 1);
    }
}
