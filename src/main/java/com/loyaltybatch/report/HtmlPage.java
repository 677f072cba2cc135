package com.loyaltybatch.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** The frame and the parts the HTML report's pages share: styles, status pills, tables. */
final class HtmlPage {

    private static final String CSS = css("status-report.css");
    private static final String DASHBOARD_CSS = css("dashboard.css");

    private final StringBuilder html = new StringBuilder();

    HtmlPage(String title) {
        this(title, null);
    }

    /** A page served live: the dashboard's styles too, and its script ({@code script}, a same-origin URL). */
    HtmlPage(String title, String script) {
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(Html.escape(title)).append("</title><style>\n").append(CSS);
        if (script != null) {
            // an empty icon: a served page would otherwise make the browser ask for /favicon.ico
            html.append(DASHBOARD_CSS).append("</style><link rel=\"icon\" href=\"data:,\"><script src=\"")
                    .append(Html.escape(script)).append("\" defer></script>");
        } else {
            html.append("</style>");
        }
        html.append("</head><body><main>");
    }

    private HtmlPage(StringBuilder fragment) {
        html.append(fragment);
    }

    /** Part of a page, for a live region to replace its content with. */
    static HtmlPage fragment() {
        return new HtmlPage(new StringBuilder());
    }

    /** The markup so far, for a fragment. */
    String markup() {
        return html.toString();
    }

    HtmlPage raw(String markup) {
        html.append(markup);
        return this;
    }

    HtmlPage text(Object value) {
        html.append(Html.escape(value));
        return this;
    }

    HtmlPage header(String title, String subtitle, String meta) {
        return raw("<header><h1>").text(title).raw(" <span class=\"sub\">· ").text(subtitle).raw("</span></h1>")
                .raw("<p class=\"meta\">").text(meta).raw("</p></header>");
    }

    /** A status as a colored pill, with the exit code beside it when it says more. */
    HtmlPage status(String status, String exitCode) {
        pill(status);
        if (exitCode != null && !exitCode.equals(status)) {
            raw(" <span class=\"exit ").raw(Html.cssName(exitCode)).raw("\">").text(exitCode).raw("</span>");
        }
        return this;
    }

    HtmlPage pill(String status) {
        return raw("<span class=\"status ").raw(Html.cssName(status)).raw("\">").text(status).raw("</span>");
    }

    /** A section's rows as a table; numbers right-aligned, single words kept on one line. */
    HtmlPage table(String id, List<String> columns, List<Map<String, Object>> rows) {
        raw("<table class=\"detail\" id=\"").text(id).raw("\"><thead><tr>");
        Map<String, Object> first = rows.get(0);
        for (String column : columns) {
            raw(first.get(column) instanceof Number ? "<th class=\"num\">" : "<th>").text(Display.columnName(column)).raw("</th>");
        }
        raw("</tr></thead><tbody>");
        for (Map<String, Object> row : rows) {
            raw("<tr>");
            for (String column : columns) {
                Object value = row.get(column);
                String css = value instanceof Number ? "num" : value != null && !value.toString().contains(" ") ? "word" : "";
                raw(css.isEmpty() ? "<td>" : "<td class=\"" + css + "\">")
                        .text(value instanceof Number number ? Display.count(number.longValue()) : value).raw("</td>");
            }
            raw("</tr>");
        }
        return raw("</tbody></table>");
    }

    String end(String footer) {
        return raw("<footer>").text(footer).raw("</footer></main></body></html>\n").html.toString();
    }

    private static String css(String name) {
        try (InputStream in = HtmlPage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
