package com.loyaltybatch.launch.schedule;

import java.util.List;

/** Invalid schedule files; each problem names the file, the field and the reason. */
public class ScheduleException extends RuntimeException {

    private final List<String> problems;

    public ScheduleException(List<String> problems) {
        super(problems.size() == 1 ? problems.get(0)
                : problems.size() + " problems in job schedules: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
