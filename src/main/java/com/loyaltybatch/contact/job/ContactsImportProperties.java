package com.loyaltybatch.contact.job;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the contacts import.
 *
 * @param chunkSize rows read, upserted and committed together; memory use grows with it, not with
 *        the size of the file
 */
@ConfigurationProperties("loyalty.contacts.import")
record ContactsImportProperties(@DefaultValue("1000") int chunkSize) {

    ContactsImportProperties {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("loyalty.contacts.import.chunk-size must be at least 1, got " + chunkSize);
        }
    }
}
