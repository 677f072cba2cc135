package com.loyaltybatch.launch.schedule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import com.loyaltybatch.common.LoyaltyException;
import com.loyaltybatch.launch.JobRunner;

/**
 * Reads {@code jobs/*.yml} from the jobs folder ({@code loyalty.jobs.path}), falling back to the
 * copies bundled in the jar for jobs the folder does not have. Every file is checked whole:
 * known job, known fields, a valid cron, zone and flag, and parameters the job accepts. All
 * problems are reported together, each with file, field and reason.
 */
@Component
public class ScheduleLoader {

    private static final Set<String> FIELDS = Set.of("description", "cron", "zone", "enabled", "parameters");

    private final Path folder;
    private final ZoneId defaultZone;
    private final JobRunner jobs;

    ScheduleLoader(@Value("${loyalty.jobs.path:jobs}") Path folder, @Value("${loyalty.zone:UTC}") ZoneId defaultZone,
            JobRunner jobs) {
        this.folder = folder;
        this.defaultZone = defaultZone;
        this.jobs = jobs;
    }

    /** Every schedule, by job name; throws {@link ScheduleException} listing every problem. */
    public Map<String, JobSchedule> load() {
        Map<String, JobSchedule> schedules = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Source> entry : sources().entrySet()) {
            try {
                schedules.put(entry.getKey(), parse(entry.getKey(), entry.getValue(), problems));
            } catch (RuntimeException e) {
                problems.add(entry.getValue().name() + ": " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new ScheduleException(problems);
        }
        return schedules;
    }

    public String folder() {
        return folder.toAbsolutePath().normalize().toString();
    }

    private record Source(String name, String text) {
    }

    private Map<String, Source> sources() {
        Map<String, Source> sources = new TreeMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:jobs/*.yml")) {
                try (InputStream in = resource.getInputStream()) {
                    String file = resource.getFilename();
                    sources.put(file.substring(0, file.length() - 4),
                            new Source("jobs/" + file + " (bundled)", new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
                }
            }
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".yml")).sorted().toList()) {
                        String name = file.getFileName().toString();
                        sources.put(name.substring(0, name.length() - 4), new Source(file.toString(), Files.readString(file)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read job schedules: " + e.getMessage(), e);
        }
        return sources;
    }

    private JobSchedule parse(String job, Source source, List<String> problems) {
        String file = source.name();
        int before = problems.size();
        Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(source.text());
        if (!(document instanceof Map<?, ?> fields)) {
            problems.add(file + ": not a YAML mapping of schedule fields");
            return null;
        }
        if (!jobs.jobs().containsKey(job)) {
            problems.add(file + ": job: no job named '" + job + "' (the file name names the job)");
        }
        for (Object field : fields.keySet()) {
            if (!FIELDS.contains(String.valueOf(field))) {
                problems.add(file + ": " + field + ": unknown field (known: cron, zone, enabled, description, parameters)");
            }
        }
        String cron = text(fields.get("cron"));
        if (cron == null) {
            problems.add(file + ": cron: required (Spring cron with seconds, e.g. \"0 0 9 1 * *\")");
        } else if (!CronExpression.isValidExpression(cron)) {
            problems.add(file + ": cron: not a valid Spring cron expression (six fields, seconds first): " + cron);
        }
        ZoneId zone = defaultZone;
        if (fields.get("zone") != null) {
            try {
                zone = ZoneId.of(text(fields.get("zone")));
            } catch (DateTimeException e) {
                problems.add(file + ": zone: not a time zone: " + fields.get("zone"));
            }
        }
        Object enabled = fields.get("enabled");
        if (enabled != null && !(enabled instanceof Boolean)) {
            problems.add(file + ": enabled: must be true or false, got " + enabled);
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        Object given = fields.get("parameters");
        if (given != null && !(given instanceof Map<?, ?>)) {
            problems.add(file + ": parameters: must be a mapping of names to values");
        } else if (given instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                if (value instanceof Map<?, ?> || value instanceof List<?>) {
                    problems.add(file + ": parameters." + key + ": must be a single value");
                } else {
                    parameters.put(String.valueOf(key), String.valueOf(value));
                }
            });
        }
        if (problems.size() == before && jobs.jobs().containsKey(job)) {
            try {
                jobs.checkParameters(job, parameters);
            } catch (LoyaltyException e) {
                problems.add(file + ": parameters: " + e.getMessage());
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return new JobSchedule(job, text(fields.get("description")), cron, zone, enabled == null || (Boolean) enabled,
                parameters, file);
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value).strip();
    }
}
