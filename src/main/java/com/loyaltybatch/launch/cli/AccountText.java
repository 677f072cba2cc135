package com.loyaltybatch.launch.cli;

import java.util.List;

import com.loyaltybatch.account.Account;

/** How accounts read as text. */
final class AccountText {

    static final List<String> HEADER = List.of("ID", "CONTACT", "BALANCE", "EARNED", "ADJUSTED", "REDEEMED",
            "EXPIRED", "REVISION", "LAST ACTIVITY");

    private AccountText() {
    }

    static List<String> row(Account a) {
        var p = a.points();
        return List.of(a.id(), a.contactId(), str(p.balance()), str(p.earned()), str(p.adjusted()),
                str(p.redeemed()), str(p.expired()), str(a.revision()), str(a.lastActivityDate()));
    }

    static String describe(Account a) {
        var p = a.points();
        return String.join(System.lineSeparator(),
                "Account:   " + a.id() + " (revision " + a.revision() + ")",
                "Contact:   " + a.contactId() + (a.memberId() == null ? "" : " (member " + a.memberId() + ")"),
                "Balance:   " + p.balance() + " (earned " + p.earned() + ", adjusted " + p.adjusted() + ", redeemed "
                        + p.redeemed() + ", expired " + p.expired() + ")",
                "Tier:      " + (a.tier().id() == null ? "base tier" : a.tier().id())
                        + (a.tier().points() == null ? "" : " (" + a.tier().points() + " tier points)"),
                "Expiring:  " + (a.pointsExpiration().expirationDate() == null ? "nothing"
                        : a.pointsExpiration().expiringPointsAmount() + " on " + a.pointsExpiration().expirationDate()),
                "Rewards:   " + (a.rewardAvailable() ? "a reward is available" : "none affordable"),
                "Created:   " + a.createdDate(),
                "Activity:  " + (a.lastActivityDate() == null ? "none yet" : a.lastActivityDate().toString()));
    }

    private static String str(Object value) {
        return value == null ? "-" : value.toString();
    }
}
