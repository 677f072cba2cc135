/**
 * The monthly statement job, the product's main job: every member with an email address gets
 * their points balance and the month's activity. Accounts are read in keyset pages, enriched per
 * chunk, rendered with FreeMarker and delivered through a per-(period, account) delivery record
 * so a crash or a SIGKILL never loses a message and repeats at most the one in flight per
 * connection; on H2 the marks also go to a journal beside the database ({@link
 * com.loyaltybatch.statement.DeliveryJournals}).
 */
package com.loyaltybatch.statement;
