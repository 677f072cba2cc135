package com.loyaltybatch.contact.job;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStream;
import org.springframework.batch.infrastructure.item.ItemWriter;

import com.loyaltybatch.contact.ContactService;

/**
 * Upserts a chunk of rows in one call, and keeps count of the rows that created a contact and
 * those that updated one. A row that updates a contact created earlier in the same file counts as
 * an update, so new + updated is always the number of rows imported. The counts are saved with
 * each committed chunk, so a restarted run goes on counting where the failed one committed last.
 */
class ContactsWriter implements ItemWriter<ImportRow>, ItemStream {

    static final String INSERTED = "inserted";
    static final String UPDATED = "updated";

    private final ContactService contacts;
    private long inserted;
    private long updated;

    ContactsWriter(ContactService contacts) {
        this.contacts = contacts;
    }

    @Override
    public void write(Chunk<? extends ImportRow> rows) {
        var result = contacts.upsert(rows.getItems().stream().map(ImportRow::draft).toList());
        inserted += result.inserted();
        updated += rows.size() - result.inserted();
    }

    @Override
    public void open(ExecutionContext context) {
        inserted = context.getLong(INSERTED, 0L);
        updated = context.getLong(UPDATED, 0L);
    }

    @Override
    public void update(ExecutionContext context) {
        context.putLong(INSERTED, inserted);
        context.putLong(UPDATED, updated);
    }
}
