package com.loyaltybatch.demo;

import java.time.Clock;
import java.time.YearMonth;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import com.loyaltybatch.common.ConflictException;
import com.loyaltybatch.contact.ContactService;
import com.loyaltybatch.program.ProgramChanges;
import com.loyaltybatch.program.ProgramService;

/**
 * Seeds the sample data one block per call, each block in its own transaction together with the
 * step's progress ({@value #DONE} in the step execution context). Blocks commit in order, so the
 * database always holds exactly the first {@code done} sample accounts, each with its whole
 * ledger.
 *
 * <p>Safety: the first call refuses unless the database holds as many contacts as this execution
 * has already seeded: none on a fresh run, so sample data never mixes with real data. A run that
 * fails midway (an error, or a stop) keeps its committed blocks and ends FAILED; a new
 * {@code demo} then refuses because the database is no longer empty, while restarting the failed
 * execution ({@code JobOperator.restart}) continues after the last committed block with the same
 * accounts, seed and month. A killed process leaves its execution STARTED: {@code
 * JobOperator.recover} marks it FAILED first. To start over instead, empty the database.
 */
class DemoSeeder implements Tasklet, StepExecutionListener {

    static final String DONE = "demo.accounts.done";
    static final String TRANSACTIONS = "demo.transactions";
    static final String MONTH = "demo.month";

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

    private final long total;
    private final long seed;
    private final int blockSize;
    private final ProgramService program;
    private final ContactService contacts;
    private final SampleWriter writer;
    private final Clock clock;

    private SampleFeed feed;
    private Progress progress;

    DemoSeeder(long total, long seed, int blockSize, ProgramService program, ContactService contacts,
            SampleWriter writer, Clock clock) {
        this.total = total;
        this.seed = seed;
        this.blockSize = blockSize;
        this.program = program;
        this.contacts = contacts;
        this.writer = writer;
        this.clock = clock;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        StepExecution step = contribution.getStepExecution();
        ExecutionContext context = step.getExecutionContext();
        if (feed == null) {
            start(context);
        }
        SampleBlock block = feed.next();
        writer.write(block);
        long transactions = context.getLong(TRANSACTIONS, 0L) + block.transactions().size();
        context.putLong(DONE, block.end());
        context.putLong(TRANSACTIONS, transactions);
        contribution.incrementWriteCount(block.accounts().size());
        progress.report(block.end(), transactions);
        if (block.end() < total) {
            return RepeatStatus.CONTINUABLE;
        }
        ExecutionContext result = step.getJobExecution().getExecutionContext();
        result.putLong("contacts", total);
        result.putLong("accounts", total);
        result.putLong("transactions", transactions);
        result.putString("month", context.getString(MONTH));
        return RepeatStatus.FINISHED;
    }

    private void start(ExecutionContext context) {
        long done = context.getLong(DONE, 0L);
        long existing = contacts.count();
        if (existing != done) {
            throw new ConflictException(done == 0
                    ? "database already holds " + existing + " contacts; demo seeds only an empty database"
                    : "database holds " + existing + " contacts, but this demo run had seeded " + done
                            + "; demo seeds only an empty database");
        }
        if (done == 0) {
            context.putString(MONTH, SampleMonth.before(clock).month().toString());
            prepareProgram();
        }
        SampleMonth month = SampleMonth.of(YearMonth.parse(context.getString(MONTH)));
        log.info("demo: seeding {} accounts with activity in {} (seed {}){}", total, month.month(), seed,
                done == 0 ? "" : ", continuing after " + done);
        progress = new Progress(total, done);
        feed = new SampleFeed(new SampleGenerator(seed, month), done, total, blockSize);
    }

    /** Names the program if it has no name yet (a name of one's own is kept) and activates it. */
    private void prepareProgram() {
        if (program.get().name() == null) {
            program.update(new ProgramChanges("Coffee Club", "Beans", null));
        }
        program.activate();
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (feed != null) {
            try {
                feed.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            feed = null;
        }
        return null;
    }
}
