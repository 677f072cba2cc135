package com.loyaltybatch.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

import com.loyaltybatch.LoyaltyApplication;
import com.loyaltybatch.launch.cli.Cli;
import com.loyaltybatch.support.ChildJvm;
import com.loyaltybatch.support.Postgres;
import com.loyaltybatch.support.RecordingSmtpSink;

/**
 * The statement's promise under SIGKILL, tried as an operator meets it: a separate process owns
 * the database (for H2, the file: nothing else holds it open) and sends the statement of a sample
 * program to a fast SMTP sink; the sink has the process killed with SIGKILL at a chosen message
 * (10%, half, 90%, the last message of a chunk, the first after a chunk boundary), either before
 * its {@code 250} goes back (the message is at the relay, the sender does not know it) or a moment
 * after (while the sender records it, renders, reads or commits). Then {@code recover} and
 * {@code restart}, as the README says. Compared with a straight run of a copy of the same
 * database: nobody is missing, nobody extra, at most one message more than the straight run per
 * connection, and the run reports at least as many {@code uncertain} deliveries as there were
 * duplicates. On H2 (the default) and PostgreSQL, over 2 and 8 connections, each case
 * {@value #DEFAULT_REPEATS} times ({@code -Dstatement.kill.repeats=1} for a quick pass). Tagged
 * {@code postgres} with the other tests that need the embedded PostgreSQL server, H2 cases and all.
 */
@Tag("postgres")
class StatementKillTest {

    static final int DEFAULT_REPEATS = 5;
    static final int REPEATS = Integer.getInteger("statement.kill.repeats", DEFAULT_REPEATS);
    static final String PERIOD = "2026-10";
    static final String CLOCK = "2026-11-15T10:00:00Z";
    static final int ACCOUNTS = 600;
    // a page that is not a chunk: read-ahead pages straddle chunk boundaries and restart positions
    static final int CHUNK = 50;
    static final int PAGE = 40;
    static final Path ROOT = Path.of("target", "statement-kill").toAbsolutePath();

    private static final AtomicInteger cases = new AtomicInteger();
    private static final Map<Database, Baseline> baselines = new EnumMap<>(Database.class);

    enum Database {
        H2, POSTGRES;

        /** A fresh copy of the seeded sample database; returns its JDBC URL. */
        String copy(String name) throws IOException, SQLException {
            if (this == H2) {
                Path dir = Files.createDirectories(ROOT.resolve(name));
                Files.copy(ROOT.resolve("template-h2").resolve("loyalty.mv.db"), dir.resolve("loyalty.mv.db"));
                return h2Url(dir);
            }
            postgresAdmin("CREATE DATABASE " + name + " TEMPLATE kill_template");
            return Postgres.server().getJdbcUrl("postgres", name);
        }

        String template() throws IOException, SQLException {
            if (this == H2) {
                Path dir = ROOT.resolve("template-h2");
                FileSystemUtils.deleteRecursively(dir);
                return h2Url(Files.createDirectories(dir));
            }
            postgresAdmin("DROP DATABASE IF EXISTS kill_template");
            postgresAdmin("CREATE DATABASE kill_template");
            return Postgres.server().getJdbcUrl("postgres", "kill_template");
        }

        void drop(String name) throws IOException, SQLException {
            if (this == H2) {
                FileSystemUtils.deleteRecursively(ROOT.resolve(name));
            } else {
                postgresAdmin("DROP DATABASE IF EXISTS " + name);
            }
        }

        private static String h2Url(Path dir) {
            // the README's default form: nothing but AUTO_SERVER
            return "jdbc:h2:file:" + dir.resolve("loyalty") + ";AUTO_SERVER=TRUE";
        }

        private static void postgresAdmin(String sql) throws SQLException {
            try (Connection connection = DriverManager.getConnection(Postgres.server().getJdbcUrl("postgres", "postgres"),
                    "postgres", "")) {
                connection.createStatement().execute(sql);
            }
        }
    }

    /** Where the sink has the sending process killed, counted in accepted messages. */
    enum KillPoint {
        TEN_PERCENT, HALF, NINETY_PERCENT, LAST_OF_A_CHUNK, FIRST_AFTER_A_CHUNK;

        int message(Baseline baseline, int attempt) {
            int total = baseline.recipients().size();
            int boundary = baseline.chunkEnds().get(Math.min(baseline.chunkEnds().size() - 2, 3 + 2 * attempt));
            return switch (this) {
                case TEN_PERCENT -> total / 10 + attempt;
                case HALF -> total / 2 + 3 * attempt;
                case NINETY_PERCENT -> total * 9 / 10 - attempt;
                case LAST_OF_A_CHUNK -> boundary;
                case FIRST_AFTER_A_CHUNK -> boundary + 1;
            };
        }
    }

    /**
     * What a straight run of the seeded database sends: its recipients, and the count of messages
     * sent by the end of each chunk.
     */
    record Baseline(Set<String> recipients, List<Integer> chunkEnds) {
    }

    @BeforeAll
    static void startClean() {
        FileSystemUtils.deleteRecursively(ROOT.toFile());
    }

    static Stream<Arguments> cases() {
        List<Arguments> all = new ArrayList<>();
        for (Database database : Database.values()) {
            for (int connections : new int[] {2, 8}) {
                for (KillPoint point : KillPoint.values()) {
                    for (int attempt = 1; attempt <= REPEATS; attempt++) {
                        all.add(Arguments.of(database, connections, point, attempt));
                    }
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}, {1} connections, killed at {2}, try {3}")
    @MethodSource("cases")
    void killedAnywhereThenRecoveredAndRestartedEveryMemberGetsTheirStatementAtMostOneExtraPerConnection(
            Database database, int connections, KillPoint point, int attempt) throws Exception {
        Baseline baseline = baseline(database);
        String name = "kill_case_" + cases.incrementAndGet();
        String url = database.copy(name);
        int killAt = point.message(baseline, attempt);
        // odd tries: killed before the relay's 250 goes back; even: a moment after it
        boolean beforeReply = attempt % 2 == 1;
        long delayNanos = new Random(name.hashCode()).nextInt(3_000_000);
        Path log = Files.createDirectories(ROOT.resolve(name + "-logs")).resolve("sender.log");
        try (RecordingSmtpSink sink = new RecordingSmtpSink()) {
            AtomicReference<Process> sender = new AtomicReference<>();
            AtomicReference<Boolean> killed = new AtomicReference<>(false);
            sink.onAccepted(count -> {
                if (count != killAt) {
                    return;
                }
                killed.set(true);
                if (beforeReply) {
                    kill(sender.get());
                } else {
                    Thread later = new Thread(() -> {
                        long until = System.nanoTime() + delayNanos;
                        while (System.nanoTime() < until) {
                            Thread.onSpinWait();
                        }
                        kill(sender.get());
                    });
                    later.start();
                }
            });
            List<String> args = new ArrayList<>(List.of("run", "monthly-statement", "period=" + PERIOD));
            args.addAll(settings(database, url, sink.port(), connections));
            sender.set(ChildJvm.start(log, LoyaltyApplication.class, args.toArray(String[]::new)));
            assertThat(sender.get().waitFor(180, TimeUnit.SECONDS)).as("the sending process ended").isTrue();
            assertThat(killed.get()).as("killed at message %d of %d; the sender's log:%n%s", killAt,
                    baseline.recipients().size(), Files.readString(log)).isTrue();
            int beforeRestart = sink.accepted();

            long uncertain;
            try (ConfigurableApplicationContext app = application(database, url, sink.port(), connections)) {
                JdbcClient jdbc = app.getBean(JdbcClient.class);
                long executionId = jdbc.sql("SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION").query(Long.class)
                        .single();
                String recovered = cli(app, "recover", Long.toString(executionId));
                assertThat(recovered).startsWith("0 ");
                String restarted = cli(app, "restart", Long.toString(executionId));
                assertThat(restarted).as("killed at message %d (%s the reply), %d sent before the restart", killAt,
                        beforeReply ? "before" : "after", beforeRestart).startsWith("0 ");
                uncertain = jdbc.sql("SELECT COUNT(*) FROM statement_delivery WHERE uncertain").query(Long.class)
                        .single();
            }

            Map<String, Long> received = sink.receivedPerRecipient();
            long duplicates = received.values().stream().mapToLong(count -> count - 1).sum();
            String context = String.format("killed at message %d (%s the reply), %d before the restart, %d after,"
                    + " %d duplicates, %d uncertain", killAt, beforeReply ? "before" : "after", beforeRestart,
                    sink.accepted() - beforeRestart, duplicates, uncertain);
            assertThat(received.keySet()).as(context).isEqualTo(baseline.recipients());
            assertThat(received.values()).as(context).allMatch(count -> count <= 2);
            assertThat(duplicates).as(context).isLessThanOrEqualTo(connections);
            assertThat(uncertain).as(context).isGreaterThanOrEqualTo(duplicates);
        }
        database.drop(name);
        FileSystemUtils.deleteRecursively(log.getParent());
    }

    private static void kill(Process process) {
        process.destroyForcibly(); // SIGKILL
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Seeds the sample program once per database and sends its statement straight through once. */
    private static synchronized Baseline baseline(Database database) throws Exception {
        Baseline known = baselines.get(database);
        if (known != null) {
            return known;
        }
        String template = database.template();
        try (ConfigurableApplicationContext app = application(database, template, 1, 2)) {
            assertThat(cli(app, "demo", "--accounts", Integer.toString(ACCOUNTS))).startsWith("0 ");
        }
        String straight = "kill_straight";
        database.drop(straight);
        String url = database.copy(straight);
        Baseline baseline;
        try (RecordingSmtpSink sink = new RecordingSmtpSink();
                ConfigurableApplicationContext app = application(database, url, sink.port(), 2)) {
            assertThat(cli(app, "run", "monthly-statement", "period=" + PERIOD)).startsWith("0 ");
            assertThat(sink.receivedPerRecipient().values()).allMatch(count -> count == 1);
            List<Boolean> mailed = app.getBean(JdbcClient.class).sql("""
                    SELECT d.account_id IS NOT NULL FROM loyalty_account a
                    LEFT JOIN statement_delivery d ON d.account_id = a.id AND d.period = ?
                    ORDER BY a.id""").param(PERIOD).query(Boolean.class).list();
            List<Integer> chunkEnds = new ArrayList<>();
            int sent = 0;
            for (int i = 0; i < mailed.size(); i++) {
                sent += mailed.get(i) ? 1 : 0;
                if ((i + 1) % CHUNK == 0) {
                    chunkEnds.add(sent);
                }
            }
            baseline = new Baseline(Set.copyOf(sink.recipients()), chunkEnds);
            assertThat(baseline.recipients()).hasSize(sent);
        }
        database.drop(straight);
        baselines.put(database, baseline);
        return baseline;
    }

    private static List<String> settings(Database database, String url, int mailPort, int connections) {
        List<String> settings = new ArrayList<>(List.of("--spring.datasource.url=" + url,
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + mailPort, "--loyalty.clock.fixed=" + CLOCK,
                "--loyalty.statement.chunk-size=" + CHUNK, "--loyalty.statement.page-size=" + PAGE,
                "--loyalty.mail.connections=" + connections,
                "--spring.datasource.hikari.maximum-pool-size=" + (connections + 4)));
        if (database == Database.POSTGRES) {
            settings.addAll(List.of("--spring.datasource.username=postgres", "--spring.datasource.password="));
        }
        return settings;
    }

    private static ConfigurableApplicationContext application(Database database, String url, int mailPort,
            int connections) {
        List<String> args = new ArrayList<>(settings(database, url, mailPort, connections));
        args.add("--loyalty.cli.enabled=false");
        return new SpringApplicationBuilder(LoyaltyApplication.class).run(args.toArray(String[]::new));
    }

    /** Runs a command in the application, returning "EXIT_CODE stdout stderr". */
    private static String cli(ConfigurableApplicationContext app, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = app.getBean(Cli.class).execute(new PrintWriter(out), new PrintWriter(err), args);
        return code + " " + out + err;
    }
}
