package com.loyaltybatch.messaging;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import freemarker.template.ObjectWrapper;
import freemarker.template.SimpleHash;
import freemarker.template.SimpleNumber;
import freemarker.template.SimpleScalar;
import freemarker.template.SimpleSequence;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

/**
 * Turns a record model into FreeMarker hashes, sequences and scalars once per message, so the
 * subject, text and HTML templates read plain values instead of going through reflection on
 * every {@code ${model.name}}. Record components become hash keys; a null component is absent
 * (so {@code ??} tests it); lists become sequences. Anything else goes through the configured
 * object wrapper.
 */
final class TemplateModels {

    private static final Map<Class<?>, Component[]> COMPONENTS = new ConcurrentHashMap<>();

    private record Component(String name, MethodHandle accessor) {
    }

    private final ObjectWrapper fallback;

    TemplateModels(ObjectWrapper fallback) {
        this.fallback = fallback;
    }

    TemplateModel of(Object value) throws TemplateModelException {
        if (value == null) {
            return null;
        }
        if (value instanceof TemplateModel model) {
            return model;
        }
        if (value instanceof String text) {
            return new SimpleScalar(text);
        }
        if (value instanceof Number number) {
            return new SimpleNumber(number);
        }
        if (value instanceof Boolean flag) {
            return flag ? TemplateBooleanModel.TRUE : TemplateBooleanModel.FALSE;
        }
        if (value instanceof Record record) {
            return hash(record);
        }
        if (value instanceof Collection<?> items) {
            SimpleSequence sequence = new SimpleSequence(items.size(), fallback);
            for (Object item : items) {
                sequence.add(of(item));
            }
            return sequence;
        }
        return fallback.wrap(value);
    }

    private SimpleHash hash(Record record) throws TemplateModelException {
        SimpleHash hash = new SimpleHash(fallback);
        for (Component component : components(record.getClass())) {
            Object value;
            try {
                value = component.accessor().invoke(record);
            } catch (Throwable e) {
                throw new TemplateModelException("cannot read " + component.name() + " of " + record.getClass().getSimpleName(), e);
            }
            if (value != null) {
                hash.put(component.name(), of(value));
            }
        }
        return hash;
    }

    private static Component[] components(Class<?> type) {
        return COMPONENTS.computeIfAbsent(type, recordType -> {
            RecordComponent[] parts = recordType.getRecordComponents();
            Component[] components = new Component[parts.length];
            for (int i = 0; i < parts.length; i++) {
                try {
                    parts[i].getAccessor().setAccessible(true);
                    components[i] = new Component(parts[i].getName(), MethodHandles.lookup().unreflect(parts[i].getAccessor()));
                } catch (ReflectiveOperationException | RuntimeException e) {
                    throw new IllegalArgumentException("template model " + recordType.getName() + " cannot be read: " + e.getMessage(), e);
                }
            }
            return components;
        });
    }
}
