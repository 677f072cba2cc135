package com.loyaltybatch.metrics;

import java.util.Map;

import org.assertj.core.api.Assertions;

/** A Prometheus text exposition, read back: the value of a sample by name and labels. */
record Scrape(String text) {

    static Scrape of(String text) {
        return new Scrape(text);
    }

    /** The one sample named so that carries all these labels (others may be there too). */
    double value(String name, Map<String, String> labels) {
        var matching = text.lines()
                .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(line -> labels.entrySet().stream()
                        .allMatch(label -> line.contains(label.getKey() + "=\"" + label.getValue() + "\"")))
                .toList();
        Assertions.assertThat(matching).as("%s%s in%n%s", name, labels, text).hasSize(1);
        String line = matching.get(0);
        return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
    }
}
