/**
 * The contacts import: a chunk-oriented job that reads a contacts CSV file, upserts each chunk
 * through {@link com.loyaltybatch.contact.ContactService#upsert}, and writes the rows it rejects,
 * with their reasons, to an errors file. See {@link com.loyaltybatch.contact.job.ContactsImportJobConfiguration}.
 */
package com.loyaltybatch.contact.job;
