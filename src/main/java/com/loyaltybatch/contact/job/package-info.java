/**
 * Jobs of contacts ({@link com.loyaltybatch.contact.job.ContactJobs}): the import, a chunk-oriented
 * job that reads a contacts CSV file, upserts each chunk through
 * {@link com.loyaltybatch.contact.ContactService#upsert}, and writes the rows it rejects, with their
 * reasons, to an errors file (see {@link com.loyaltybatch.contact.job.ContactsImportJobConfiguration});
 * and {@code contacts-unsubscribe}.
 */
package com.loyaltybatch.contact.job;
