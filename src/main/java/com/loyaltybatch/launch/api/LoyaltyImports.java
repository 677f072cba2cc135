package com.loyaltybatch.launch.api;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.loyaltybatch.account.job.AccountJobs;
import com.loyaltybatch.batch.Csv;
import com.loyaltybatch.batch.RejectsFile;
import com.loyaltybatch.common.ConflictException;
import com.loyaltybatch.common.Ids;
import com.loyaltybatch.common.InvalidInputException;
import com.loyaltybatch.common.NotFoundException;
import com.loyaltybatch.common.Sql;
import com.loyaltybatch.launch.JobRunner;

import jakarta.annotation.PreDestroy;

/**
 * Points imports over HTTP, as the Loyalty APIs run them: create (the file is fetched, its header
 * and first rows read), then execute, which runs the {@code import-points} job in the background;
 * from then on the import's status and results are the job execution's. A file comes from a
 * {@code file:} path under {@code loyalty.api.imports.file-roots} or an {@code http(s)} URL that
 * starts with one of {@code loyalty.api.imports.url-allow-list}; it is copied to
 * {@code loyalty.api.imports.folder}.
 */
@ConditionalOnWebApplication
@Service
public class LoyaltyImports {

    private static final Logger log = LoggerFactory.getLogger(LoyaltyImports.class);

    /** An import as stored; its status comes from its job execution, if it has one. */
    public record Stored(String id, Path file, String fileUrl, String fileName, Long fileSize, List<String> header,
            List<List<String>> sampleRows, String parseError, Long rowCount, Long executionId, Instant createdDate,
            Instant updatedDate, long revision) {
    }

    private final JdbcClient jdbc;
    private final JobRunner jobs;
    private final Clock clock;
    private final Path folder;
    private final ImportFiles files;
    private volatile JobExecution running;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "loyalty-imports");
        thread.setDaemon(true);
        return thread;
    });

    LoyaltyImports(JdbcClient jdbc, JobRunner jobs, Clock clock,
            @Value("${loyalty.api.imports.folder:imports}") String folder,
            @Value("${loyalty.api.imports.file-roots:.}") List<String> fileRoots,
            @Value("${loyalty.api.imports.url-allow-list:}") List<String> urlAllowList) {
        this.jdbc = jdbc;
        this.jobs = jobs;
        this.clock = clock;
        this.folder = Path.of(folder).toAbsolutePath().normalize();
        this.files = new ImportFiles(fileRoots, urlAllowList);
    }

    public Stored create(String fileUrl, String fileName, Long fileSize) {
        if (fileUrl == null || fileUrl.isBlank() || fileUrl.length() > 10_000) {
            throw InvalidInputException.field("fileUrl", "required, up to 10,000 characters");
        }
        String id = Ids.newId();
        Path copy = folder.resolve(id + ".csv");
        try {
            Files.createDirectories(folder);
            files.fetch(fileUrl.strip(), copy);
        } catch (IOException e) {
            throw InvalidInputException.field("fileUrl", "cannot read " + fileUrl + ": " + e.getMessage());
        }
        List<String> header = List.of();
        List<List<String>> sample = new ArrayList<>();
        String parseError = null;
        long rows = 0;
        try (BufferedReader in = Csv.open(Files.newInputStream(copy))) {
            String line = in.readLine();
            header = line == null ? List.of() : Arrays.asList(Csv.tokenizer().tokenize(line).getValues());
            var names = header.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
            if (names.size() != 2 || !names.containsAll(List.of("email", "points"))) {
                parseError = "the header must have exactly the columns email and points, has: " + line;
            }
            for (String row = in.readLine(); row != null; row = in.readLine()) {
                if (!row.isBlank()) {
                    rows++;
                    if (sample.size() < 5) {
                        sample.add(Arrays.asList(Csv.tokenizer().tokenize(row).getValues()));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            parseError = "not a readable CSV file: " + e.getMessage();
        }
        Instant now = clock.instant();
        jdbc.sql("""
                INSERT INTO loyalty_import (id, file_path, file_url, file_name, file_size, header, sample_rows,
                       parse_error, row_count, created_date, updated_date, revision)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""")
                .params(id, copy.toString(), fileUrl, fileName, fileSize, String.join("\u001f", header),
                        String.join("\u001e", sample.stream().map(r -> String.join("\u001f", r)).toList()), parseError,
                        rows, Sql.ts(now), Sql.ts(now))
                .update();
        return get(id);
    }

    /** Starts importing a parsed file; the import then follows its job execution. */
    public Stored execute(String id) {
        Stored stored = get(id);
        if (stored.parseError() != null) {
            throw InvalidInputException.field("loyaltyImportId", "the file could not be parsed: " + stored.parseError());
        }
        int claimed = jdbc.sql("UPDATE loyalty_import SET execution_id = -1, updated_date = ?, revision = revision + 1 "
                + "WHERE id = ? AND execution_id IS NULL").params(Sql.ts(clock.instant()), id).update();
        if (claimed == 0) {
            throw new ConflictException("loyalty import " + id + " was already executed");
        }
        var given = AccountJobs.importPoints(stored.file(), errorsFile(stored));
        runner.submit(() -> {
            try {
                jobs.launch(AccountJobs.IMPORT_POINTS, given, execution -> recordExecution(id, execution));
            } catch (RuntimeException e) {
                log.warn("loyalty import {} failed to start: {}", id, e.getMessage());
                jdbc.sql("UPDATE loyalty_import SET parse_error = ?, updated_date = ? WHERE id = ?")
                        .params(e.getMessage(), Sql.ts(clock.instant()), id).update();
            }
        });
        return get(id);
    }

    private void recordExecution(String id, JobExecution execution) {
        running = execution;
        jdbc.sql("UPDATE loyalty_import SET execution_id = ?, updated_date = ? WHERE id = ?")
                .params(execution.getId(), Sql.ts(clock.instant()), id).update();
    }

    public Stored get(String id) {
        return find(id).orElseThrow(() -> new NotFoundException("loyalty import", id));
    }

    public List<Stored> list() {
        return jdbc.sql(SELECT + " ORDER BY created_date DESC, id").query((rs, n) -> map(rs)).list();
    }

    /** The job execution importing it, once it has started. */
    public Optional<JobExecution> execution(Stored stored) {
        return stored.executionId() == null || stored.executionId() < 0 ? Optional.empty()
                : Optional.of(jobs.execution(stored.executionId()));
    }

    public Path errorsFile(Stored stored) {
        return RejectsFile.besides(stored.file());
    }

    private Optional<Stored> find(String id) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(id).query((rs, n) -> map(rs)).optional();
    }

    private static final String SELECT = """
            SELECT id, file_path, file_url, file_name, file_size, header, sample_rows, parse_error, row_count,
                   execution_id, created_date, updated_date, revision FROM loyalty_import""";

    private static Stored map(java.sql.ResultSet rs) throws java.sql.SQLException {
        String header = rs.getString("header");
        String sample = rs.getString("sample_rows");
        return new Stored(rs.getString("id"), Path.of(rs.getString("file_path")), rs.getString("file_url"),
                rs.getString("file_name"), Sql.nullableLong(rs, "file_size"),
                header == null || header.isEmpty() ? List.of() : List.of(header.split("\u001f", -1)),
                sample == null || sample.isEmpty() ? List.of()
                        : Arrays.stream(sample.split("\u001e")).map(r -> List.of(r.split("\u001f", -1))).toList(),
                rs.getString("parse_error"), Sql.nullableLong(rs, "row_count"), Sql.nullableLong(rs, "execution_id"),
                Sql.instant(rs, "created_date"), Sql.instant(rs, "updated_date"), rs.getLong("revision"));
    }

    /**
     * On shutdown an import in progress is asked to stop at its next chunk boundary (STOPPED,
     * restartable with {@code restart}); the process waits up to a minute for it.
     */
    @PreDestroy
    void stop() throws InterruptedException {
        runner.shutdown();
        JobExecution current = running;
        if (current != null && !runner.isTerminated()) {
            try {
                jobs.stop(current.getId());
            } catch (RuntimeException e) {
                log.debug("import execution {} was not running any more: {}", current.getId(), e.getMessage());
            }
        }
        if (!runner.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS)) {
            runner.shutdownNow();
        }
    }
}
