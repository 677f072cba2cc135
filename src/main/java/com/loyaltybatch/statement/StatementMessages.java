package com.loyaltybatch.statement;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.loyaltybatch.messaging.MailMessage;
import com.loyaltybatch.messaging.RenderedMessage;
import com.loyaltybatch.messaging.TemplateRenderer;
import com.loyaltybatch.reward.AffordableRewards;

/** Turns an account and its period activity into the template model and the email. */
class StatementMessages {

    static final String TEMPLATE = "monthly-statement";

    private final TemplateRenderer renderer;
    private final UnsubscribeLinks unsubscribe;
    private final StatementModel.Program program;
    private final StatementPeriod period;
    private final String messageIdDomain;
    private final Map<Locale, LocaleFormats> formats = new ConcurrentHashMap<>();
    private static final Map<String, Locale> LOCALES = new ConcurrentHashMap<>();

    StatementMessages(TemplateRenderer renderer, UnsubscribeLinks unsubscribe, StatementModel.Program program,
            StatementPeriod period, String messageIdDomain) {
        this.renderer = renderer;
        this.unsubscribe = unsubscribe;
        this.program = program;
        this.period = period;
        this.messageIdDomain = messageIdDomain;
    }

    /** The model of one statement; {@code rewards} tells which rewards the period's closing balance covers. */
    StatementModel model(StatementAccount account, StatementActivity.Totals totals,
            List<StatementActivity.Entry> entries, AffordableRewards rewards, Locale locale) {
        long balance = account.balance() - totals.afterEnd();
        var points = new StatementModel.Points(balance, balance - totals.net(), totals.earned(), totals.redeemed(),
                totals.adjusted(), totals.expired());
        LocaleFormats formats = formats(locale);
        List<StatementModel.Line> lines = new ArrayList<>(entries.size());
        for (StatementActivity.Entry e : entries) {
            lines.add(new StatementModel.Line(formats.day().format(e.createdDate()), e.type(), e.description(), e.amount()));
        }
        return new StatementModel(program, recipient(account), formats.period(), points, lines, null, null,
                rewards.names(account.tierId(), balance), unsubscribe.url(account.contactId()));
    }

    /** What is the same for every message in one language: built once per locale, not per message. */
    private record LocaleFormats(DateTimeFormatter day, StatementModel.Period period) {
    }

    private LocaleFormats formats(Locale locale) {
        return formats.computeIfAbsent(locale, l -> new LocaleFormats(
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(l).withZone(period.zone()), periodOf(l)));
    }

    MailMessage message(StatementAccount account, StatementModel model, Locale locale) {
        RenderedMessage rendered = renderer.render(TEMPLATE, locale, model);
        return new MailMessage(messageId(account.accountId()), account.email(), rendered.subject(), rendered.text(),
                rendered.html(), unsubscribe.headers(account.contactId(), account.email()));
    }

    /** Deterministic per (period, account): a re-sent message carries the same id. */
    String messageId(String accountId) {
        return "statement-" + period.key() + "-" + accountId + "@" + messageIdDomain;
    }

    StatementModel.Period periodOf(Locale locale) {
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        return new StatementModel.Period(period.key(),
                DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(period.month()),
                day.format(period.month().atDay(1)), day.format(period.month().atEndOfMonth()));
    }

    static Locale locale(String tag) {
        return tag == null || tag.isBlank() ? Locale.ENGLISH : LOCALES.computeIfAbsent(tag, Locale::forLanguageTag);
    }

    private static StatementModel.Recipient recipient(StatementAccount account) {
        String display = account.firstName() != null ? account.firstName()
                : account.lastName() != null ? account.lastName()
                : account.email().substring(0, account.email().indexOf('@'));
        return new StatementModel.Recipient(account.firstName(), account.lastName(), display, account.email());
    }

    ZoneId zone() {
        return period.zone();
    }
}
