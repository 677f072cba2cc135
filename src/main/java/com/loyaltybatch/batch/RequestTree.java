package com.loyaltybatch.batch;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

import com.loyaltybatch.batch.JobContract.TextForm;
import com.loyaltybatch.common.InvalidInputException;

/**
 * How a {@link JobContract} reads and writes its request: the request record as a tree whose
 * leaves are job parameters (see {@link JobContract} for which types a leaf may have). A record
 * node builds its record through the canonical constructor, so the record checks its own rules.
 */
record RequestTree(String key, Class<?> type, boolean optional, Class<?> element, TextForm<?> form,
        List<RequestTree> children, Constructor<?> constructor) {

    static RequestTree of(String key, Class<?> type, boolean optional, Map<Class<?>, TextForm<?>> forms) {
        if (type.isRecord()) {
            RecordComponent[] components = type.getRecordComponents();
            List<RequestTree> children = new ArrayList<>();
            for (RecordComponent component : components) {
                boolean nullable = component.getAnnotatedType().isAnnotationPresent(Nullable.class)
                        || component.isAnnotationPresent(Nullable.class);
                Class<?> elementType = null;
                if (component.getType() == List.class) {
                    var generic = (ParameterizedType) component.getGenericType();
                    elementType = (Class<?>) generic.getActualTypeArguments()[0];
                }
                // A flag (a primitive boolean) left out reads as false.
                boolean mayBeLeftOut = nullable || component.getType() == boolean.class;
                children.add(elementType != null
                        ? leaf(component.getName(), List.class, mayBeLeftOut, elementType, forms)
                        : of(component.getName(), component.getType(), mayBeLeftOut, forms));
            }
            try {
                Constructor<?> constructor = type.getDeclaredConstructor(
                        Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
                constructor.setAccessible(true);
                return new RequestTree(key, type, optional, null, null, List.copyOf(children), constructor);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(type + " has no canonical constructor", e);
            }
        }
        return leaf(key, type, optional, null, forms);
    }

    static RequestTree leaf(String key, Class<?> type, boolean optional, Class<?> element, Map<Class<?>, TextForm<?>> forms) {
        TextForm<?> form = element == null ? null : forms.get(element);
        if (element != null && form == null) {
            throw new IllegalStateException(key + ": no text form registered for " + element);
        }
        boolean known = type == String.class || type == List.class || type == BigDecimal.class || type.isEnum()
                || number(type) || type == boolean.class || type == Boolean.class;
        if (!known) {
            throw new IllegalStateException(key + ": a job parameter cannot be a " + type);
        }
        return new RequestTree(key, type, optional, element, form, null, null);
    }

    void leaves(List<String> keys, boolean requiredOnly) {
        if (children == null) {
            keys.add(key);
            return;
        }
        for (RequestTree child : children) {
            if (!(requiredOnly && child.optional)) {
                child.leaves(keys, requiredOnly);
            }
        }
    }

    void write(Object value, JobParametersBuilder parameters) {
        if (value == null || type == boolean.class && !(Boolean) value) {
            // left out, or a flag that is not set (it reads back as false)
            return;
        }
        if (children != null) {
            for (int i = 0; i < children.size(); i++) {
                try {
                    children.get(i).write(type.getRecordComponents()[i].getAccessor().invoke(value), parameters);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        } else if (value instanceof String text) {
            parameters.addString(key, text);
        } else if (value instanceof Long || value instanceof Integer) {
            parameters.addLong(key, ((Number) value).longValue());
        } else if (value instanceof List<?> list) {
            parameters.addString(key, String.join(";", list.stream().map(this::format).toList()));
        } else if (value instanceof BigDecimal money) {
            parameters.addString(key, money.toPlainString());
        } else if (value instanceof Enum<?> choice) {
            parameters.addString(key, choice.name());
        } else {
            parameters.addString(key, value.toString());
        }
    }

    @SuppressWarnings("unchecked")
    private String format(Object entry) {
        return ((TextForm<Object>) form).format().apply(entry);
    }

    /** Reads this node; a record left out entirely reads as null when it may be left out. */
    Object read(Function<String, Object> values) {
        if (children == null) {
            Object value = convert(values.apply(key));
            if (value == null && type == boolean.class) {
                return false;
            }
            if (value == null && !optional) {
                throw InvalidInputException.field(key, "required");
            }
            return value;
        }
        if (key != null && optional && absent(values)) {
            return null;
        }
        Object[] arguments = children.stream().map(child -> child.read(values)).toArray();
        try {
            return constructor.newInstance(arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException refusal) {
                throw refusal;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("cannot make a " + type.getSimpleName() + " of "
                    + Arrays.stream(arguments).map(a -> a == null ? "null" : a.getClass().getSimpleName()).toList(), e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean absent(Function<String, Object> values) {
        List<String> keys = new ArrayList<>();
        leaves(keys, false);
        return keys.stream().allMatch(k -> values.apply(k) == null);
    }

    private Object convert(Object value) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof String text)) {
            return type == int.class || type == Integer.class ? Math.toIntExact(((Number) value).longValue()) : value;
        }
        if (type == String.class) {
            return text;
        }
        if (type == List.class) {
            return Arrays.stream(text.split(";")).filter(entry -> !entry.isBlank())
                    .map(entry -> form.parse().apply(entry)).toList();
        }
        String stripped = text.strip();
        try {
            if (number(type)) {
                long number = Long.parseLong(stripped);
                return type == int.class || type == Integer.class ? (Object) Math.toIntExact(number) : (Object) number;
            }
            if (type == BigDecimal.class) {
                return new BigDecimal(stripped);
            }
        } catch (NumberFormatException | ArithmeticException e) {
            throw InvalidInputException.field(key, "not a " + (type == BigDecimal.class ? "number" : "whole number")
                    + ": " + text);
        }
        if (type == boolean.class || type == Boolean.class) {
            return switch (stripped.toLowerCase(Locale.ROOT)) {
                case "true" -> true;
                case "false" -> false;
                default -> throw InvalidInputException.field(key, "true or false, got " + text);
            };
        }
        return choice(stripped, text);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object choice(String stripped, String text) {
        try {
            return Enum.valueOf((Class) type, stripped.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.field(key, "one of " + Arrays.toString(type.getEnumConstants()) + ", got "
                    + text);
        }
    }

    private static boolean number(Class<?> type) {
        return type == long.class || type == Long.class || type == int.class || type == Integer.class;
    }
}
