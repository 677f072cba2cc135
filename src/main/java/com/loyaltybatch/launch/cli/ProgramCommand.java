package com.loyaltybatch.launch.cli;

import org.springframework.beans.factory.annotation.Autowired;

import com.loyaltybatch.program.Program;
import com.loyaltybatch.program.ProgramChanges;
import com.loyaltybatch.program.ProgramService;
import com.loyaltybatch.program.job.ProgramJobs;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "program", description = "Show and manage the loyalty program.",
        subcommands = {ProgramCommand.Show.class, ProgramCommand.Update.class, ProgramCommand.Activate.class,
                ProgramCommand.Pause.class, ProgramCommand.Expiration.class})
class ProgramCommand extends GroupCommand {

    /** Shared by the program commands: each prints the program as it is afterwards. */
    abstract static class ProgramLeaf extends LeafCommand {

        @Autowired
        ProgramService program;

        protected void printProgram() {
            Program p = program.get();
            var expiration = p.pointsExpiration();
            String text = String.join(System.lineSeparator(),
                    "Program:     " + (p.name() == null ? "(no name)" : p.name()) + " (" + p.status() + ", revision "
                            + p.revision() + ")",
                    "Points:      " + p.pointDefinition().customName()
                            + (p.pointDefinition().icon().url() == null ? "" : " (icon " + p.pointDefinition().icon().url() + ")"),
                    "Expiration:  " + (expiration.status() == Program.ExpirationStatus.ENABLED
                            ? expiration.expiringPointsPercentage() + "% of the balance after "
                                    + expiration.monthsOfInactivity() + " months without activity"
                            : "DISABLED"),
                    "Updated:     " + p.updatedDate());
            print(p, text);
        }
    }

    @Command(name = "show", description = "Show the program.")
    static class Show extends ProgramLeaf {
        @Override
        protected void execute() {
            printProgram();
        }
    }

    @Command(name = "update", description = "Change the program's name, point name or point icon.")
    static class Update extends ProgramLeaf {

        @Option(names = "--name", description = "Program name, 2 to 50 characters.")
        String name;

        @Option(names = "--point-name", description = "What the program calls its points, up to 20 characters.")
        String pointName;

        @Option(names = "--icon-url", description = "URL of the points icon (empty to remove).")
        String iconUrl;

        @Override
        protected void execute() {
            run(ProgramJobs.UPDATE, new ProgramJobs.Update(new ProgramChanges(name, pointName, iconUrl)));
            printProgram();
        }
    }

    @Command(name = "activate", description = "Activate the program: customers can earn and redeem. Needs a name.")
    static class Activate extends ProgramLeaf {
        @Override
        protected void execute() {
            run(ProgramJobs.ACTIVATE, new ProgramJobs.NoArguments());
            printProgram();
        }
    }

    @Command(name = "pause", description = "Pause the program: earning and redeeming are refused until activated again.")
    static class Pause extends ProgramLeaf {
        @Override
        protected void execute() {
            run(ProgramJobs.PAUSE, new ProgramJobs.NoArguments());
            printProgram();
        }
    }

    @Command(name = "expiration", description = "Points expiration for inactive accounts.",
            subcommands = {Expiration.Enable.class, Expiration.Disable.class})
    static class Expiration extends GroupCommand {

        @Command(name = "enable", description = "Expire a percentage of the balance of accounts inactive for N months.")
        static class Enable extends ProgramLeaf {

            @Option(names = "--months-of-inactivity", required = true, description = "1 to ${bundle:expiration.months}.")
            int months;

            @Option(names = "--percentage", required = true, description = "Percentage of the balance that expires, 1 to 100.")
            int percentage;

            @Override
            protected void execute() {
                run(ProgramJobs.ENABLE_EXPIRATION, new ProgramJobs.EnableExpiration(months, percentage));
                printProgram();
            }
        }

        @Command(name = "disable", description = "Stop expiring points.")
        static class Disable extends ProgramLeaf {
            @Override
            protected void execute() {
                run(ProgramJobs.DISABLE_EXPIRATION, new ProgramJobs.NoArguments());
                printProgram();
            }
        }
    }
}
