package com.loyaltybatch.batch;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.job.parameters.JobParametersValidator;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import com.loyaltybatch.common.InvalidInputException;

/**
 * What a job takes and gives, in one place: its name, its request as a record, and the one
 * conversion between that record and {@link JobParameters}; for a management job also the key and
 * type of the value it notes as its result. Front doors (the command line, schedules, the HTTP
 * API) build the validated request and hand it over; nobody else spells a job or parameter name.
 *
 * <p>Each record component is one parameter of the same name: {@code String} and whole numbers as
 * themselves, {@code boolean}, {@link BigDecimal} and enums as their text, a {@code List} of a type
 * with a registered text form as its entries joined by {@code ;}. A component that is itself a
 * record is flattened: its components are parameters of their own. A component marked
 * {@link Nullable} may be left out, and so may a flag (a primitive {@code boolean}, false when left
 * out); the others are required.
 *
 * @param <R> the request
 * @param <T> the result a management job notes ({@link Void} when none)
 */
public final class JobContract<R extends Record, T> {

    /** How a list entry reads from and writes to text, e.g. {@code tier=ID,cost=N}. */
    public record TextForm<E>(Class<E> type, Function<String, E> parse, Function<E, String> format) {
    }

    private final String name;
    private final Class<R> type;
    private final String resultKey;
    private final Class<T> resultType;
    private final Map<Class<?>, TextForm<?>> forms;
    private final RequestTree root;

    private JobContract(String name, Class<R> type, String resultKey, Class<T> resultType,
            Map<Class<?>, TextForm<?>> forms) {
        this.name = name;
        this.type = type;
        this.resultKey = resultKey;
        this.resultType = resultType;
        this.forms = forms;
        this.root = RequestTree.of(null, type, false, forms);
    }

    /** A job that takes {@code type} and notes no single result (an import, a seeding). */
    public static <R extends Record> JobContract<R, Void> of(String name, Class<R> type, TextForm<?>... forms) {
        return new JobContract<>(name, type, null, Void.class, index(forms));
    }

    /** A management job that takes {@code type} and notes what it produced under {@code resultKey}. */
    public static <R extends Record, T> JobContract<R, T> of(String name, Class<R> type, String resultKey,
            Class<T> resultType, TextForm<?>... forms) {
        if (resultType != String.class && resultType != Long.class) {
            throw new IllegalArgumentException("a result is a String or a Long, not " + resultType);
        }
        return new JobContract<>(name, type, resultKey, resultType, index(forms));
    }

    public String name() {
        return name;
    }

    public Class<R> requestType() {
        return type;
    }

    /** The parameter names, in declaration order. */
    public List<String> keys() {
        List<String> keys = new ArrayList<>();
        root.leaves(keys, false);
        return keys;
    }

    /** The parameters that must be given. */
    public List<String> requiredKeys() {
        List<String> keys = new ArrayList<>();
        root.leaves(keys, true);
        return keys;
    }

    public JobParameters toParameters(R request) {
        JobParametersBuilder parameters = new JobParametersBuilder();
        root.write(request, parameters);
        return parameters.toJobParameters();
    }

    /** The request back from a launch's parameters; the record checks its own rules. */
    public R fromParameters(JobParameters parameters) {
        return type.cast(root.read(key -> {
            var parameter = parameters.getParameter(key);
            return parameter == null ? null : parameter.value();
        }));
    }

    /** The request from {@code key=value} text, as {@code run JOB key=value ...} or a schedule gives it. */
    public R fromText(Map<String, String> given) {
        Set<String> unknown = new LinkedHashSet<>(given.keySet());
        keys().forEach(unknown::remove);
        unknown.remove(ManagementJobs.LAUNCH_ID);
        if (!unknown.isEmpty()) {
            throw InvalidInputException.field(unknown.iterator().next(),
                    "not a parameter of " + name + " (known: " + String.join(", ", keys()) + ")");
        }
        return type.cast(root.read(given::get));
    }

    /**
     * Refuses, before a job starts, parameters with unknown keys, without a required one, or that
     * do not make a valid request.
     */
    public JobParametersValidator validator() {
        return parameters -> {
            Set<String> given = new LinkedHashSet<>();
            parameters.forEach(parameter -> given.add(parameter.name()));
            List<String> missing = requiredKeys().stream().filter(key -> !given.contains(key)).toList();
            if (!missing.isEmpty()) {
                throw new InvalidJobParametersException("missing required parameter(s) " + missing);
            }
            keys().forEach(given::remove);
            given.remove(ManagementJobs.LAUNCH_ID);
            if (!given.isEmpty()) {
                throw new InvalidJobParametersException("unknown parameter(s) " + given + " (known: "
                        + String.join(", ", keys()) + ")");
            }
            try {
                fromParameters(parameters);
            } catch (InvalidInputException e) {
                throw new InvalidJobParametersException(e.getMessage());
            }
        };
    }

    /** Notes the result in the job's execution context. */
    public void putResult(ExecutionContext context, T result) {
        if (resultKey == null || result == null) {
            return;
        }
        if (result instanceof Long number) {
            context.putLong(resultKey, number);
        } else {
            context.putString(resultKey, (String) result);
        }
    }

    /** The result a completed execution noted; null for a job that notes none. */
    public T result(ExecutionContext context) {
        if (resultKey == null || !context.containsKey(resultKey)) {
            return null;
        }
        return resultType.cast(context.get(resultKey));
    }

    @Override
    public String toString() {
        return name + "(" + type.getSimpleName() + ")";
    }

    private static Map<Class<?>, TextForm<?>> index(TextForm<?>... forms) {
        Map<Class<?>, TextForm<?>> byType = new HashMap<>();
        for (TextForm<?> form : forms) {
            byType.put(form.type(), form);
        }
        return byType;
    }
}
