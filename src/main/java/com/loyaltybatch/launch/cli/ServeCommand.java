package com.loyaltybatch.launch.cli;

import java.util.concurrent.Callable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;

import com.loyaltybatch.common.InvalidInputException;
import com.loyaltybatch.launch.schedule.JobScheduler;
import com.loyaltybatch.launch.schedule.ScheduleException;
import com.loyaltybatch.launch.schedule.ScheduleLoader;
import com.loyaltybatch.statement.UnsubscribeLinks;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "serve", description = {"Run as a scheduler: launch each enabled job of jobs/*.yml on its schedule",
        "until SIGTERM, then stop running jobs gracefully (they can be restarted)."})
class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Autowired
    ScheduleLoader schedules;

    @Autowired
    JobScheduler scheduler;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    UnsubscribeLinks unsubscribe;

    @Override
    public Integer call() throws InterruptedException {
        // the opt-out page verifies what the statement signs: both need settings that work
        unsubscribe.problem().ifPresent(problem -> {
            throw new InvalidInputException(problem);
        });
        var loaded = load();
        scheduler.start(loaded.values());
        spec.commandLine().getOut().println("Scheduling " + loaded.values().stream().filter(s -> s.enabled()).count()
                + " job(s) from " + schedules.folder() + "; stop with SIGTERM (Ctrl-C).");
        spec.commandLine().getOut().flush();
        // serve runs inside the command line's runner, which never returns: say here that it is ready
        AvailabilityChangeEvent.publish(events, this, ReadinessState.ACCEPTING_TRAFFIC);
        scheduler.awaitStop();
        return 0;
    }

    private java.util.Map<String, com.loyaltybatch.launch.schedule.JobSchedule> load() {
        try {
            return schedules.load();
        } catch (ScheduleException e) {
            e.problems().forEach(problem -> spec.commandLine().getErr().println("error: " + problem));
            throw new InvalidInputException("the scheduler does not start on invalid schedules (" + e.problems().size()
                    + " problem" + (e.problems().size() == 1 ? "" : "s") + " above)");
        }
    }
}
