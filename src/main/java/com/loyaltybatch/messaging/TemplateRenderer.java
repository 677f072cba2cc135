package com.loyaltybatch.messaging;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

/**
 * Renders a message from the FreeMarker templates in {@code <templates>/<message>/}:
 * {@code subject.ftl}, {@code text.ftl} and {@code html.ftlh} (HTML auto-escaped, so data never
 * becomes markup). Templates are looked up by locale with fallback ({@code subject_de_AT.ftl},
 * {@code subject_de.ftl}, {@code subject.ftl}), so English is the base and other languages are
 * added beside it. Models are records; their components are read as {@code model.name} (the
 * model is turned into template values once per message, see {@link TemplateModels}).
 * Dangerous built-ins are off: {@code ?new} resolves no class and {@code ?api} is disabled.
 */
@Component
public class TemplateRenderer {

    private final Configuration freemarker;
    private final TemplateProperties properties;
    private final TemplateModels models;

    TemplateRenderer(TemplateProperties properties) {
        this.properties = properties;
        freemarker = new Configuration(Configuration.VERSION_2_3_34);
        freemarker.setTemplateLoader(loader());
        var wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        wrapper.setRecordZeroArgumentNonVoidMethodPolicy(ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        wrapper.setExposeFields(false);
        freemarker.setObjectWrapper(wrapper.build());
        models = new TemplateModels(freemarker.getObjectWrapper());
        freemarker.setDefaultEncoding("UTF-8");
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setWrapUncheckedExceptions(true);
        freemarker.setFallbackOnNullLoopVariable(false);
        freemarker.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        freemarker.setAPIBuiltinEnabled(false);
    }

    /** Looks at the templates folder again and forgets cached templates: edits since the last run count. */
    public void reload() {
        freemarker.setTemplateLoader(loader());
    }

    private TemplateLoader loader() {
        List<TemplateLoader> loaders = new ArrayList<>();
        if (Files.isDirectory(properties.path())) {
            try {
                loaders.add(new FileTemplateLoader(properties.path().toFile()));
            } catch (IOException e) {
                throw new TemplateException("templates folder " + properties.path() + ": " + e.getMessage(), e);
            }
        }
        loaders.add(new ClassTemplateLoader(TemplateRenderer.class, "/templates"));
        return new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new));
    }

    /** Renders subject, plain text and HTML of a message for a locale. */
    public RenderedMessage render(String message, Locale locale, Object model) {
        TemplateModel root;
        try {
            root = models.of(model);
        } catch (TemplateModelException e) {
            throw new TemplateException("message " + message + ": " + firstLine(e.getMessage()), e);
        }
        return new RenderedMessage(
                process(message + "/subject.ftl", locale, root).strip(),
                process(message + "/text.ftl", locale, root),
                process(message + "/html.ftlh", locale, root));
    }

    /**
     * Renders a single template, such as a web page ({@code unsubscribe/page.ftlh}), for a locale,
     * with the same lookup, fallback and escaping as a message.
     */
    public String renderTemplate(String name, Locale locale, Object model) {
        try {
            return process(name, locale, models.of(model));
        } catch (TemplateModelException e) {
            throw new TemplateException("template " + name + ": " + firstLine(e.getMessage()), e);
        }
    }

    private String process(String name, Locale locale, TemplateModel model) {
        try {
            Template template = freemarker.getTemplate(name, locale);
            StringWriter out = new StringWriter(4096);
            template.process(model, out);
            return out.toString();
        } catch (freemarker.template.TemplateException e) {
            String what = e.getBlamedExpressionString() != null
                    ? "'" + e.getBlamedExpressionString() + "' is missing or null"
                    : firstLine(e.getMessageWithoutStackTop());
            throw new TemplateException("template " + name + " (" + locale + ") line " + e.getLineNumber() + ": " + what, e);
        } catch (freemarker.core.ParseException e) {
            throw new TemplateException("template " + name + " (" + locale + ") line " + e.getLineNumber() + ": "
                    + firstLine(e.getEditorMessage()), e);
        } catch (IOException e) {
            throw new TemplateException("template " + name + " (" + locale + "): " + firstLine(e.getMessage()), e);
        }
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.strip().lines().findFirst().orElse("");
    }
}
