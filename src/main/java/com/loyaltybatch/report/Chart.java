package com.loyaltybatch.report;

import java.util.List;

/** A {@link ResultChart} filled with numbers: one group of values per parameter value, oldest first. */
public record Chart(String jobName, String title, String groupBy, List<ResultChart.Series> series,
        List<Group> groups) {

    /** The values of one group, in the order of the series, and the execution they come from with its status. */
    public record Group(String label, long executionId, String status, List<Long> values) {
    }

    public long max() {
        return groups.stream().flatMap(g -> g.values().stream()).mapToLong(Long::longValue).max().orElse(0);
    }
}
