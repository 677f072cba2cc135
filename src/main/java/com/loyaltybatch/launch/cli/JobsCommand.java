package com.loyaltybatch.launch.cli;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.beans.factory.annotation.Autowired;

import com.loyaltybatch.batch.JobContract;
import com.loyaltybatch.batch.LaunchParameters;
import com.loyaltybatch.launch.schedule.JobSchedule;
import com.loyaltybatch.launch.schedule.ScheduleException;
import com.loyaltybatch.launch.schedule.ScheduleLoader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "jobs", description = {"The jobs: description, parameters, schedule and next fire time.",
        "Exits 2 when a schedule file is invalid, naming file, field and reason."})
class JobsCommand extends LeafCommand {

    @Autowired
    ScheduleLoader schedules;

    @Autowired
    List<LaunchParameters> launchParameters;

    @Option(names = "--all", description = "Also list the one-step management jobs behind commands.")
    boolean all;

    /** One job as {@code jobs --format json} prints it. */
    record JobInfo(String name, String description, Map<String, String> parameters,
            List<LaunchParameters.Key> parameterKeys, String cron, String zone, Boolean enabled, String nextFireTime,
            String scheduleFile) {
    }

    @Override
    protected void execute() {
        Map<String, JobSchedule> scheduled;
        try {
            scheduled = schedules.load();
        } catch (ScheduleException e) {
            e.problems().forEach(problem -> spec.commandLine().getErr().println("error: " + problem));
            throw new com.loyaltybatch.common.InvalidInputException("invalid job schedules (" + e.problems().size() + ")");
        }
        var names = new TreeSet<>(scheduled.keySet());
        launchParameters.forEach(p -> names.add(p.jobName()));
        if (all) {
            names.addAll(jobs.jobs().keySet());
        }
        List<JobInfo> infos = new ArrayList<>();
        for (String name : names) {
            JobSchedule schedule = scheduled.get(name);
            var keys = launchParameters.stream().filter(p -> p.jobName().equals(name)).findFirst()
                    .map(LaunchParameters::keys).orElseGet(() -> contractKeys(name));
            ZonedDateTime next = schedule == null || !schedule.enabled() ? null : schedule.nextFire(ZonedDateTime.now());
            infos.add(new JobInfo(name, schedule == null ? null : schedule.description(),
                    schedule == null ? Map.of() : schedule.parameters(), keys,
                    schedule == null ? null : schedule.cron(), schedule == null ? null : schedule.zone().getId(),
                    schedule == null ? null : schedule.enabled(),
                    next == null ? null : next.toOffsetDateTime().toString(), schedule == null ? null : schedule.source()));
        }
        List<List<String>> rows = infos.stream().map(i -> java.util.Arrays.asList(i.name(),
                i.cron() == null ? "(on demand)" : i.cron() + " " + i.zone() + (Boolean.FALSE.equals(i.enabled()) ? " (disabled)" : ""),
                i.nextFireTime(), i.parameters().isEmpty() ? null : i.parameters().toString(), i.description())).toList();
        print(infos, Tables.render(List.of("JOB", "SCHEDULE", "NEXT FIRE", "PARAMETERS", "DESCRIPTION"), rows));
    }

    /** The parameters of a management job, from its contract: each required or optional. */
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
