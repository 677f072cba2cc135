package com.loyaltybatch.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a second JVM on the test class path, as a separate operating-system process (for races
 * between processes, SIGKILL and SIGTERM), its output going to a log file.
 */
public final class ChildJvm {

    private ChildJvm() {
    }

    public static Process start(Path log, Class<?> mainClass, String... args) throws IOException {
        return new ProcessBuilder(command(mainClass, args)).redirectErrorStream(true).redirectOutput(log.toFile())
                .start();
    }

    /** As {@link #start(Path, Class, String...)}, with stdout and stderr in files of their own. */
    public static Process start(Path out, Path err, Class<?> mainClass, String... args) throws IOException {
        return new ProcessBuilder(command(mainClass, args)).redirectOutput(out.toFile()).redirectError(err.toFile())
                .start();
    }

    private static List<String> command(Class<?> mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), mainClass.getName()));
        command.addAll(List.of(args));
        return command;
    }
}
