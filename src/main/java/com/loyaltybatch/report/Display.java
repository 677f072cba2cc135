package com.loyaltybatch.report;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.stream.Collectors;

/** How report values read for people, the same in the text table and the HTML page. */
public final class Display {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private Display() {
    }

    /** {@code 2026-11-15 10:00:03}, in UTC; "-" for none. */
    public static String time(Instant instant) {
        return instant == null ? "-" : TIME.format(instant);
    }

    /** {@code 0.4s}, {@code 12s}, {@code 2m 03s}, {@code 1h 02m}; "-" for none. */
    public static String duration(Duration duration) {
        if (duration == null) {
            return "-";
        }
        long millis = Math.max(duration.toMillis(), 0);
        long seconds = millis / 1000;
        if (seconds < 10) {
            return String.format(java.util.Locale.ROOT, "%.1fs", millis / 1000.0);
        }
        if (seconds < 60) {
            return seconds + "s";
        }
        if (seconds < 3600) {
            return String.format("%dm %02ds", seconds / 60, seconds % 60);
        }
        return String.format("%dh %02dm", seconds / 3600, seconds / 60 % 60);
    }

    /** {@code dry-run=false period=2026-10}; "-" for none. */
    public static String parameters(Map<String, Object> parameters) {
        return parameters.isEmpty() ? "-" : parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
    }

    /** A JSON key as a column heading: {@code accountId} reads {@code Account id}. */
    public static String columnName(String key) {
        String words = key.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** A count with thousands separators: {@code 12,345}. */
    public static String count(long count) {
        return String.format(java.util.Locale.ROOT, "%,d", count);
    }
}
