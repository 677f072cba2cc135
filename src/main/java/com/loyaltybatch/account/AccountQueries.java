package com.loyaltybatch.account;

import org.springframework.stereotype.Component;

/** Filtered, sorted, cursor-paged reads over accounts. */
@Component
class AccountQueries {

    AccountPage page(AccountQuery query) {
        throw new UnsupportedOperationException("not yet");
    }

    long count(String filter, String search) {
        throw new UnsupportedOperationException("not yet");
    }

    AccountTotals totals() {
        throw new UnsupportedOperationException("not yet");
    }
}
