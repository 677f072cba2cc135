package com.loyaltybatch.launch.schedule;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;

import org.springframework.scheduling.support.CronExpression;

/**
 * One {@code jobs/<job>.yml}: the job's schedule (Spring cron with seconds, in a zone), whether it
 * is on, and the parameters each launch gets (relative values such as
 * {@code period: previous-month} are resolved at launch time).
 */
public record JobSchedule(String job, String description, String cron, ZoneId zone, boolean enabled,
        Map<String, String> parameters, String source) {

    public CronExpression expression() {
        return CronExpression.parse(cron);
    }

    /** The next fire time after {@code now}, or null when the expression never fires again. */
    public ZonedDateTime nextFire(ZonedDateTime now) {
        return expression().next(now.withZoneSameInstant(zone));
    }
}
