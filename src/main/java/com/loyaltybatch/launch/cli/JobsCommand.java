package com.loyaltybatch.launch.cli;

import java.util.List;

import org.springframework.beans.factory.annotation.Autowired;

import com.loyaltybatch.launch.schedule.JobCatalog;
import com.loyaltybatch.launch.schedule.ScheduleException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "jobs", description = {"The jobs: description, parameters, schedule and next fire time.",
        "Exits 2 when a schedule file is invalid, naming file, field and reason."})
class JobsCommand extends LeafCommand {

    @Autowired
    JobCatalog catalog;

    @Option(names = "--all", description = "Also list the one-step management jobs behind commands.")
    boolean all;

    @Override
    protected void execute() {
        List<JobCatalog.JobInfo> infos;
        try {
            infos = catalog.list(all);
        } catch (ScheduleException e) {
            e.problems().forEach(problem -> spec.commandLine().getErr().println("error: " + problem));
            throw new com.loyaltybatch.common.InvalidInputException("invalid job schedules (" + e.problems().size() + ")");
        }
        List<List<String>> rows = infos.stream().map(i -> java.util.Arrays.asList(i.name(),
                i.cron() == null ? "(on demand)" : i.cron() + " " + i.zone() + (Boolean.FALSE.equals(i.enabled()) ? " (disabled)" : ""),
                i.nextFireTime(), i.parameters().isEmpty() ? null : i.parameters().toString(), i.description())).toList();
        print(infos, Tables.render(List.of("JOB", "SCHEDULE", "NEXT FIRE", "PARAMETERS", "DESCRIPTION"), rows));
    }
}
