package com.loyaltybatch.statement;

import java.util.List;

/**
 * The data model of the monthly statement templates ({@code templates/monthly-statement/}).
 * Templates read it as {@code program.pointName}, {@code points.balance}, and so on. Optional
 * parts ({@code tier}, {@code expiringPoints}, {@code unsubscribeUrl}, {@code rewards}) are null
 * or empty when they do not apply: test them with {@code ??} or {@code ?has_content}.
 *
 * @param program        the program's name and what it calls its points
 * @param recipient      the member: names (may be null), display name (never null), email
 * @param period         the month: key {@code 2026-10}, a localized label and first/last day
 * @param points         balance at the end of the period, balance at its start, and the
 *                       period's earned, redeemed (net of refunds), adjusted (signed) and expired
 * @param transactions   the period's latest transactions, newest first
 * @param tier           the member's tier, or null
 * @param expiringPoints points about to expire and when, or null
 * @param rewards        names of rewards the balance covers (empty until rewards exist)
 * @param unsubscribeUrl the one-click opt-out link, or null when none is configured
 */
public record StatementModel(
        Program program,
        Recipient recipient,
        Period period,
        Points points,
        List<Line> transactions,
        Tier tier,
        ExpiringPoints expiringPoints,
        List<String> rewards,
        String unsubscribeUrl) {

    public record Program(String name, String pointName) {
    }

    public record Recipient(String firstName, String lastName, String displayName, String email) {
    }

    public record Period(String key, String label, String firstDay, String lastDay) {
    }

    public record Points(long balance, long openingBalance, long earned, long redeemed, long adjusted, long expired) {
    }

    /** One ledger line: a localized date, the type (EARN, REDEEM, ...), description and signed amount. */
    public record Line(String date, String type, String description, long amount) {
    }

    public record Tier(String name) {
    }

    public record ExpiringPoints(long amount, String date) {
    }
}
