package com.loyaltybatch.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.loyaltybatch.launch.ExitCodes;
import com.loyaltybatch.support.CliRunner;
import com.loyaltybatch.support.LoyaltyTest;
import com.loyaltybatch.support.TestData;

/**
 * A relay that accepts connections and never says a word: the statement gives up on each attempt
 * after the read timeout, retries, and stops FAILED (restartable) instead of hanging.
 */
@LoyaltyTest
class StatementSilentRelayTest {

    static final ServerSocket silent;
    static final List<Socket> accepted = new CopyOnWriteArrayList<>();

    static {
        try {
            silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(() -> {
            while (!silent.isClosed()) {
                try {
                    accepted.add(silent.accept()); // and never answer
                } catch (IOException closed) {
                    return;
                }
            }
        });
        acceptor.setDaemon(true);
        acceptor.start();
    }

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", silent::getLocalPort);
        registry.add("spring.mail.properties.mail.smtp.timeout", () -> "300");
        registry.add("loyalty.mail.retry.max-retries", () -> "1");
        registry.add("loyalty.mail.retry.delay", () -> "10ms");
    }

    @AfterAll
    static void close() throws IOException {
        silent.close();
        for (Socket socket : accepted) {
            socket.close();
        }
    }

    @Autowired
    TestData testData;

    @Autowired
    CliRunner cli;

    @Test
    void aRelayThatNeverAnswersFailsTheRunAfterItsRetriesInsteadOfHangingIt() {
        testData.reset();
        testData.activeProgram();
        testData.member("Ada", "Lovelace", "ada@example.com", "en", true, null);

        long start = System.nanoTime();
        var run = cli.run("run", "monthly-statement", "period=2026-10");
        long seconds = (System.nanoTime() - start) / 1_000_000_000;

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.out() + run.err()).as(run.out() + run.err()).containsIgnoringCase("timed out");
        assertThat(accepted).as("one connection per attempt").hasSize(2);
        assertThat(seconds).as("no hang").isLessThan(30);
    }
}
