package com.loyaltybatch.launch.cli;

import java.util.Locale;

import org.springframework.beans.factory.annotation.Autowired;

import com.loyaltybatch.demo.DemoJob;
import com.loyaltybatch.program.Program;
import com.loyaltybatch.program.ProgramService;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", description = {"Seed an empty database with a sample program: N contacts and accounts",
        "with history and a month of activity (the month before today). Refused when the database",
        "already holds contacts, unless --if-empty says to leave it alone."})
class DemoCommand extends LeafCommand {

    @Option(names = "--accounts", defaultValue = "1000", description = "How many contacts and accounts, 1 to ${bundle:demo.accounts} (default: ${DEFAULT-VALUE}).")
    long accounts;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the generator: the same seed gives the same data (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--if-empty", description = "Seed only an empty database; one with contacts is left alone (exit 0).")
    boolean ifEmpty;

    @Autowired
    ProgramService program;

    @Autowired
    com.loyaltybatch.contact.ContactService contacts;

    /** The {@code --format json} output. */
    record Seeded(long contacts, long accounts, long transactions, String month, long seed, double seconds,
            ProgramSummary program, long jobExecutionId) {
    }

    record ProgramSummary(String name, String pointName, String status) {
    }

    @Override
    protected void execute() {
        long existing = ifEmpty ? contacts.count() : 0;
        if (existing > 0) {
            print(java.util.Map.of("seeded", false, "contacts", existing),
                    "The database already holds " + existing + " contacts; nothing seeded.");
            return;
        }
        long started = System.nanoTime();
        var execution = jobs.runInstance(DemoJob.CONTRACT, new DemoJob.Seed(accounts, seed));
        double seconds = Math.round((System.nanoTime() - started) / 1e8) / 10.0;
        var result = execution.getExecutionContext();
        Program p = program.get();
        var seeded = new Seeded(result.getLong("contacts"), result.getLong("accounts"), result.getLong("transactions"),
                result.getString("month"), seed, seconds,
                new ProgramSummary(p.name(), p.pointDefinition().customName(), p.status().name()), execution.getId());
        print(seeded, String.format(Locale.ROOT,
                "Seeded %d contacts, %d accounts and %d transactions in %.1f s (program \"%s\" %s)",
                seeded.contacts(), seeded.accounts(), seeded.transactions(), seconds, p.name(), p.status()));
    }
}
