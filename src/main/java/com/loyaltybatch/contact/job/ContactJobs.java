package com.loyaltybatch.contact.job;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

import com.loyaltybatch.batch.JobContract;
import com.loyaltybatch.common.InvalidInputException;

/** The jobs of contacts: their names, requests and results. */
public final class ContactJobs {

    /**
     * {@code contacts import}: an absolute path to the contacts CSV and, optionally, where the
     * rejected rows go (default: {@code FILE.rejects.csv} next to it); never the input itself.
     */
    public record Import(String file, @Nullable String errors) {

        public Import {
            absolute("file", file);
            absolute("errors", errors);
            if (errors != null && Path.of(errors).normalize().equals(Path.of(file).normalize())) {
                throw InvalidInputException.field("errors", "must not be the input file " + file);
            }
        }

        private static void absolute(String field, String value) {
            if (value != null && !Path.of(value).isAbsolute()) {
                throw InvalidInputException.field(field, "must be an absolute path, got " + value);
            }
        }
    }

    /** {@code contacts unsubscribe}: notes the contact's id. */
    public record Unsubscribe(String email) {
    }

    public static final JobContract<Import, Void> IMPORT = JobContract.of("contacts-import", Import.class);
    public static final JobContract<Unsubscribe, String> UNSUBSCRIBE =
            JobContract.of("contacts-unsubscribe", Unsubscribe.class, "contactId", String.class);

    private ContactJobs() {
    }
}
