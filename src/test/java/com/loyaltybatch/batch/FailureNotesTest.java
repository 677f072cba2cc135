package com.loyaltybatch.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;

class FailureNotesTest {

    @Test
    void aFailureIsNotedOneLinePerCauseWithoutPackagesOrRepeats() {
        var root = new ConnectException("Connection refused");
        var middle = new IllegalStateException("Couldn't connect to host\n\tnested detail", root);
        var top = new RuntimeException("Unable to process chunk", middle);

        assertThat(FailureNotes.lines(List.of(top, top))).containsExactly("RuntimeException: Unable to process chunk",
                "IllegalStateException: Couldn't connect to host", "ConnectException: Connection refused");
    }

    @Test
    void aStepNotesItsFailuresInItsExecutionContextAndARestartThatSucceedsForgetsThem() {
        StepExecution step = new StepExecution(1L, "send",
                new JobExecution(1L, new JobInstance(1L, "job"), new JobParameters()));
        step.addFailureException(new RuntimeException("Unable to process chunk", new ConnectException("refused")));
        FailureNotes notes = new FailureNotes();

        notes.afterStep(step);

        assertThat(step.getExecutionContext().getString(FailureNotes.KEY))
                .isEqualTo("RuntimeException: Unable to process chunk\nConnectException: refused");
        StepExecution restarted = new StepExecution(2L, "send", step.getJobExecution());
        restarted.setExecutionContext(step.getExecutionContext());
        notes.afterStep(restarted);
        assertThat(restarted.getExecutionContext().containsKey(FailureNotes.KEY)).isFalse();
    }

    @Test
    void aLongLineIsCut() {
        assertThat(FailureNotes.oneLine("x".repeat(1000))).hasSize(FailureNotes.MAX_LINE_LENGTH).endsWith("…");
        assertThat(FailureNotes.oneLine("com.example.deep.pkg.SomeException: boom")).isEqualTo("SomeException: boom");
        assertThat(FailureNotes.oneLine(null)).isEmpty();
    }
}
