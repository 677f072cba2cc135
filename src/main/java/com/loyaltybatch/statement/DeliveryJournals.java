package com.loyaltybatch.statement;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Makes the statement's delivery marks survive a killed process on an embedded H2 database.
 * <p>
 * What an H2 commit promises: the change is visible to every connection, but it reaches the
 * database file only when H2 next stores (in the background, every {@code WRITE_DELAY}, 500 ms by
 * default). A process killed with SIGKILL takes the commits of its last moments with it: the
 * marks of messages that did go out, and the chunk commits of the job repository. Storing after
 * every mark ({@code CHECKPOINT}, or {@code WRITE_DELAY=0}) writes a new chunk of several
 * kilobytes per message: in a run of 100,000 accounts it cost a third of the statement's rate
 * and, since H2 keeps old chunks for 45 s, more than doubled the file (BENCHMARKS.md).
 * <p>
 * So on H2 each mark is also appended, after its commit and before the next message leaves, to
 * a journal file beside the database ({@code <database>.statement-<period>.journal}): one small
 * {@code write} per message, which the operating system keeps when the process dies. At every
 * chunk boundary, with nothing in flight, {@code CHECKPOINT} writes the store to the file and
 * the journal is emptied, so it never holds more than a chunk. The next run of the period
 * replays a journal it finds into the records before it sends anything, and deletes it when it
 * ends. A journal survives the death of the process, not a power failure: for that, use
 * PostgreSQL (whose commits are durable, and which needs no journal) or H2 with an fsync after
 * every mark.
 * <p>
 * Other databases, and H2 databases with no local file (in memory, or reached over TCP, whose
 * server is not the process being killed), have no journal.
 */
final class DeliveryJournals {

    private static final Logger log = LoggerFactory.getLogger(DeliveryJournals.class);

    private final JdbcTemplate jdbc;
    private final Map<String, DeliveryJournal> open = new ConcurrentHashMap<>();

    DeliveryJournals(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Starts the period's journal; an earlier run's journal is first handed to {@code replay},
     * and what that commits is stored in the file before the old journal is emptied.
     */
    void open(String period, Consumer<List<DeliveryJournal.Entry>> replay) {
        Optional<Path> file = file(period);
        if (file.isEmpty()) {
            return;
        }
        List<DeliveryJournal.Entry> left = DeliveryJournal.read(file.get());
        if (!left.isEmpty()) {
            log.info("Replaying {} delivery marks of an interrupted run from {}", left.size(), file.get());
            replay.accept(left);
        }
        storeNow();
        DeliveryJournal journal = DeliveryJournal.open(file.get());
        journal.clear();
        DeliveryJournal previous = open.put(period, journal);
        if (previous != null) {
            previous.close();
        }
    }

    /** Appends the non-null entries in one write, when the period has a journal. */
    void record(String period, DeliveryJournal.Entry... entries) {
        DeliveryJournal journal = open.get(period);
        if (journal == null) {
            return;
        }
        var present = Arrays.stream(entries).filter(Objects::nonNull).toArray(DeliveryJournal.Entry[]::new);
        if (present.length > 0) {
            journal.append(present);
        }
    }

    /** Stores everything committed in the database file and empties the period's journal. */
    void checkpoint(String period) {
        DeliveryJournal journal = open.get(period);
        if (journal != null) {
            storeNow();
            journal.clear();
        }
    }

    /**
     * Stores, then deletes the journal; if storing fails, the journal stays for the next run.
     * A run that is no longer the period's ({@code ours} false) only lets go of the file.
     */
    void close(String period, boolean ours) {
        DeliveryJournal journal = open.remove(period);
        if (journal == null) {
            return;
        }
        if (!ours) {
            journal.close();
            return;
        }
        try {
            storeNow();
        } catch (RuntimeException e) {
            journal.close();
            log.warn("Kept the delivery journal {} for the next run: {}", journal.file(), e.getMessage());
            return;
        }
        journal.delete();
    }

    private void storeNow() {
        try {
            jdbc.execute("CHECKPOINT");
        } catch (DataAccessException e) {
            throw new IllegalStateException("cannot write the delivery records to the H2 database file (CHECKPOINT,"
                    + " which needs an H2 user with admin rights): " + e.getMostSpecificCause().getMessage(), e);
        }
    }

    /**
     * {@code <database>.statement-<period>.journal} beside an H2 database file this process can
     * reach; empty for any other database.
     */
    private Optional<Path> file(String period) {
        String path = jdbc.execute((ConnectionCallback<String>) connection -> {
            var metaData = connection.getMetaData();
            if (!"H2".equals(metaData.getDatabaseProductName()) || metaData.getURL().startsWith("jdbc:h2:tcp:")
                    || metaData.getURL().startsWith("jdbc:h2:ssl:")) {
                return "";
            }
            try (var statement = connection.createStatement();
                    var result = statement.executeQuery("SELECT DATABASE_PATH()")) {
                result.next();
                String value = result.getString(1);
                return value == null ? "" : value;
            }
        });
        if (path.isEmpty()) {
            return Optional.empty();
        }
        Path base = Path.of(path).toAbsolutePath();
        if (base.getParent() == null || !Files.isDirectory(base.getParent())) {
            return Optional.empty();
        }
        return Optional.of(base.resolveSibling(base.getFileName() + ".statement-" + period + ".journal"));
    }
}
