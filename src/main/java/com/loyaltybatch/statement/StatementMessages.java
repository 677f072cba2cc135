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
import com.loyaltybatch.tier.TierLadder;

/** Turns an account and its period activity into the template model and the email. */
class StatementMessages {

    static final String TEMPLATE = "monthly-statement";

    private final TemplateRenderer renderer;
    private final UnsubscribeLinks unsubscribe;
    private final StatementModel.Program program;
    private final StatementPeriod period;
    private final String messageIdDomain;
    private final TierLadder tiers;
    private final java.time.Instant nextStatementEnd;
    private final Map<Locale, LocaleFormats> formats = new ConcurrentHashMap<>();
    private static final Map<String, Locale> LOCALES = new ConcurrentHashMap<>();

    StatementMessages(TemplateRenderer renderer, UnsubscribeLinks unsubscribe, StatementModel.Program program,
            StatementPeriod period, String messageIdDomain) {
        this(renderer, unsubscribe, program, period, messageIdDomain, null);
    }

    /** With the tiers as the run loaded them once, for the members' tier names. */
    StatementMessages(TemplateRenderer renderer, UnsubscribeLinks unsubscribe, StatementModel.Program program,
            StatementPeriod period, String messageIdDomain, TierLadder tiers) {
        this.tiers = tiers;
        this.renderer = renderer;
        this.unsubscribe = unsubscribe;
        this.program = program;
        this.period = period;
        this.messageIdDomain = messageIdDomain;
        this.nextStatementEnd = period.month().plusMonths(2).atDay(1).atStartOfDay(period.zone()).toInstant();
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
        return new StatementModel(program, recipient(account), formats.period(), points, lines, tier(account),
                expiringPoints(account, formats.day()), rewards.names(account.tierId(), balance),
                unsubscribe.url(account.contactId(), period.key()));
    }

    /** The member's tier name; the base tier's for no tier; none while tiers are not ACTIVE. */
    private StatementModel.Tier tier(StatementAccount account) {
        String name = tiers == null ? null : tiers.nameOf(account.tierId());
        return name == null ? null : new StatementModel.Tier(name);
    }

    /**
     * The warning for points that expire before the next statement can tell: an expiration date
     * before the end of the month after the period (for October's statement, before December 1st).
     */
    private StatementModel.ExpiringPoints expiringPoints(StatementAccount account, DateTimeFormatter day) {
        if (account.expirationDate() == null || account.expiringPointsAmount() == null
                || account.expiringPointsAmount() <= 0 || !account.expirationDate().isBefore(nextStatementEnd)) {
            return null;
        }
        return new StatementModel.ExpiringPoints(account.expiringPointsAmount(), day.format(account.expirationDate()));
    }

    /** What is the same for every message in one language: built once per locale, not per message. */
    private record LocaleFormats(DateTimeFormatter day, StatementModel.Period period) {
    }

    private LocaleFormats formats(Locale locale) {
        return formats.computeIfAbsent(locale, l -> new LocaleFormats(
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(l).withZone(period.zone()), periodOf(l)));
    }

    /** The account's message: its model (with the rewards its closing balance covers), rendered in its language. */
    MailMessage render(StatementAccount account, AffordableRewards rewards) {
        Locale locale = locale(account.locale());
        var model = model(account, account.activity().totals(), account.activity().latest(), rewards, locale);
        return message(account, model, locale);
    }

    MailMessage message(StatementAccount account, StatementModel model, Locale locale) {
        RenderedMessage rendered = renderer.render(TEMPLATE, locale, model);
        return new MailMessage(messageId(account.accountId()), account.email(), rendered.subject(), rendered.text(),
                rendered.html(), unsubscribe.headers(account.contactId(), account.email(), period.key()));
    }

    /** Deterministic per (period, account): a re-sent message carries the same id. */
    String messageId(String accountId) {
        return "statement-" + period.key() + "-" + accountId + "@" + messageIdDomain;
    }

    /**
     * A new id for each test send: a mailbox that keeps one message per Message-ID would
     * otherwise show a template author the first test send again instead of the new one.
     */
    String testMessageId(String accountId) {
        return "statement-test-" + period.key() + "-" + accountId + "-" + java.util.UUID.randomUUID() + "@"
                + messageIdDomain;
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

    /** The display name falls back to the email's local part (empty in the preview of a contact without email). */
    private static StatementModel.Recipient recipient(StatementAccount account) {
        String display = account.firstName() != null ? account.firstName()
                : account.lastName() != null ? account.lastName()
                : account.email() == null ? ""
                : account.email().substring(0, account.email().indexOf('@'));
        return new StatementModel.Recipient(account.firstName(), account.lastName(), display, account.email());
    }

    ZoneId zone() {
        return period.zone();
    }
}
