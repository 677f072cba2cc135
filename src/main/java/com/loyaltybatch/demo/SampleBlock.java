package com.loyaltybatch.demo;

import java.util.List;

import com.loyaltybatch.account.Account;
import com.loyaltybatch.account.PointsTransaction;
import com.loyaltybatch.contact.Contact;

/**
 * Sample accounts {@code first} (inclusive) to {@code end} (exclusive) with their contacts and
 * ledgers: one commit's worth of rows.
 */
record SampleBlock(long first, long end, List<Contact> contacts, List<Account> accounts,
        List<PointsTransaction> transactions) {

    int rows() {
        return contacts.size() + accounts.size() + transactions.size();
    }
}
