package com.loyaltybatch.contact.job;

import com.loyaltybatch.contact.ContactDraft;

/** A row that passed validation, and the contact draft made of it. */
record ImportRow(CsvRow row, ContactDraft draft) {
}
