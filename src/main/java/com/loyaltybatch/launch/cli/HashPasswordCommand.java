package com.loyaltybatch.launch.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import com.loyaltybatch.common.InvalidInputException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "hash-password", description = {"Read a dashboard password (typed without echo, or the first line of",
        "standard input) and print its hash for loyalty.dashboard.users.<name>.",
        "Example: loyalty hash-password < password.txt"})
class HashPasswordCommand implements Callable<Integer> {

    static final int MIN_LENGTH = 12;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        String password = read();
        if (password == null || password.isEmpty()) {
            throw new InvalidInputException("no password given on standard input");
        }
        if (password.length() < MIN_LENGTH) {
            throw new InvalidInputException("the password is too short: at least " + MIN_LENGTH + " characters");
        }
        spec.commandLine().getOut().println(PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(password));
        return 0;
    }

    private static String read() throws IOException {
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("Password: ");
            return typed == null ? null : new String(typed);
        }
        return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
    }
}
