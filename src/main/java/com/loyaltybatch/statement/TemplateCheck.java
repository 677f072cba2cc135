package com.loyaltybatch.statement;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import com.loyaltybatch.messaging.TemplateRenderer;

/**
 * Renders the statement templates with sample models before anything is sent: every shipped
 * language, once with every optional part present and once with none. A template that does not
 * parse or uses a variable the model lacks fails here, not halfway through the month's mail.
 */
class TemplateCheck {

    static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.GERMAN);

    private final TemplateRenderer renderer;

    TemplateCheck(TemplateRenderer renderer) {
        this.renderer = renderer;
    }

    void run() {
        renderer.reload();
        for (Locale locale : LOCALES) {
            renderer.render(StatementMessages.TEMPLATE, locale, sample(locale, true));
            renderer.render(StatementMessages.TEMPLATE, locale, sample(locale, false));
        }
    }

    static StatementModel sample(Locale locale, boolean everything) {
        var period = new StatementPeriod(YearMonth.of(2026, 10), ZoneOffset.UTC);
        var messages = new StatementMessages(null, null, null, period, "example.com");
        return new StatementModel(
                new StatementModel.Program("Coffee Club", "Beans"),
                new StatementModel.Recipient(everything ? "Ada" : null, everything ? "Lovelace" : null, "Ada",
                        "ada@example.com"),
                messages.periodOf(locale),
                new StatementModel.Points(1250, 1000, 400, 100, -50, 0),
                everything ? List.of(new StatementModel.Line("Oct 12, 2026", "EARN", "Order 1001", 400),
                        new StatementModel.Line("Oct 20, 2026", "REDEEM", "Free coffee", -100)) : List.of(),
                everything ? new StatementModel.Tier("Gold") : null,
                everything ? new StatementModel.ExpiringPoints(125, "Dec 1, 2026") : null,
                everything ? List.of("Free coffee") : List.of(),
                everything ? "https://example.com/unsubscribe?token=sample" : null);
    }
}
