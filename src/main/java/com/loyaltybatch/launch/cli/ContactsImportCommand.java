package com.loyaltybatch.launch.cli;

import java.nio.file.Path;

import org.springframework.batch.core.job.JobExecution;

import com.loyaltybatch.contact.job.ContactJobs;
import com.loyaltybatch.launch.ExitCodes;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", description = {"Import contacts from a CSV file: insert new ones, update known ones (by id, else email).",
        "Header row with any of: id, email, first_name, last_name, locale, member_id, subscribed (id or email required).",
        "Empty cells keep stored values. Rejected rows go to the errors file with a reason; the rest is imported.",
        "Exit code 3 when some rows were rejected."})
class ContactsImportCommand extends LeafCommand {

    @Parameters(paramLabel = "FILE.csv", description = "The contacts file (UTF-8, comma-separated, RFC 4180 quoting).")
    Path file;

    @Option(names = "--errors", paramLabel = "REJECTS.csv",
            description = "Where to write rejected rows (default: FILE.rejects.csv next to the input).")
    Path errors;

    private int exitCode = ExitCodes.OK;

    @Override
    public Integer call() {
        execute();
        return exitCode;
    }

    @Override
    protected void execute() {
        var request = new ContactJobs.Import(absolute(file), errors == null ? null : absolute(errors));
        JobExecution execution = jobs.runInstance(ContactJobs.IMPORT, request);
        var result = execution.getExecutionContext();
        long inserted = result.getLong("inserted", 0L);
        long updated = result.getLong("updated", 0L);
        long rejected = result.getLong("rejected", 0L);
        String errorsFile = rejected > 0 ? result.getString("errorsFile", null) : null;
        var summary = new Summary(execution.getId(), inserted + updated + rejected, inserted + updated, inserted, updated,
                rejected, errorsFile);
        print(summary, summary.text());
        exitCode = rejected > 0 ? ExitCodes.COMPLETED_WITH_SKIPS : ExitCodes.OK;
    }

    private static String absolute(Path path) {
        return path.toAbsolutePath().normalize().toString();
    }

    /** The {@code --format json} output; {@code errorsFile} is null when no row was rejected. */
    record Summary(long executionId, long read, long imported, long inserted, long updated, long rejected,
            String errorsFile) {

        String text() {
            return "Imported " + imported + (imported == 1 ? " contact" : " contacts") + " (" + inserted + " new, " + updated
                    + " updated); " + (rejected == 0 ? "no rows rejected"
                            : rejected + (rejected == 1 ? " row" : " rows") + " rejected, see " + errorsFile);
        }
    }
}
