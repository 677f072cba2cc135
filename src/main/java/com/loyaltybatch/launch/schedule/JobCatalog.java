package com.loyaltybatch.launch.schedule;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

import com.loyaltybatch.batch.JobContract;
import com.loyaltybatch.batch.LaunchParameters;
import com.loyaltybatch.launch.JobRunner;

/**
 * The jobs as {@code jobs} and {@code GET /jobs} list them: description, parameters, schedule
 * and next fire time. Invalid schedule files are refused with every problem named.
 */
@Component
public class JobCatalog {

    /** One job as {@code jobs --format json} prints it. */
    public record JobInfo(String name, String description, Map<String, String> parameters,
            List<LaunchParameters.Key> parameterKeys, String cron, String zone, Boolean enabled, String nextFireTime,
            String scheduleFile) {
    }

    private final ScheduleLoader schedules;
    private final List<LaunchParameters> launchParameters;
    private final JobRunner jobs;

    JobCatalog(ScheduleLoader schedules, List<LaunchParameters> launchParameters, JobRunner jobs) {
        this.schedules = schedules;
        this.launchParameters = launchParameters;
        this.jobs = jobs;
    }

    /**
     * The scheduled jobs and the business jobs, by name; with {@code all}, also the one-step
     * management jobs behind commands.
     */
    public List<JobInfo> list(boolean all) throws ScheduleException {
        Map<String, JobSchedule> scheduled = schedules.load();
        var names = new TreeSet<>(scheduled.keySet());
        launchParameters.forEach(p -> names.add(p.jobName()));
        if (all) {
            names.addAll(jobs.jobs().keySet());
        }
        List<JobInfo> infos = new ArrayList<>();
        for (String name : names) {
            JobSchedule schedule = scheduled.get(name);
            ZonedDateTime next = schedule == null || !schedule.enabled() ? null : schedule.nextFire(ZonedDateTime.now());
            infos.add(new JobInfo(name, schedule == null ? null : schedule.description(),
                    schedule == null ? Map.of() : schedule.parameters(), keys(name),
                    schedule == null ? null : schedule.cron(), schedule == null ? null : schedule.zone().getId(),
                    schedule == null ? null : schedule.enabled(),
                    next == null ? null : next.toOffsetDateTime().toString(), schedule == null ? null : schedule.source()));
        }
        return infos;
    }

    /** The keys a job takes: a business job's own, or a management job's from its contract. */
    public List<LaunchParameters.Key> keys(String name) {
        return launchParameters.stream().filter(p -> p.jobName().equals(name)).findFirst()
                .map(LaunchParameters::keys).orElseGet(() -> contractKeys(name));
    }

    private List<LaunchParameters.Key> contractKeys(String name) {
        JobContract<?, ?> contract = jobs.contracts().get(name);
        if (contract == null) {
            return List.of();
        }
        List<String> required = contract.requiredKeys();
        return contract.keys().stream()
                .map(key -> new LaunchParameters.Key(key, required.contains(key) ? "required" : "optional", null))
                .toList();
    }
}
