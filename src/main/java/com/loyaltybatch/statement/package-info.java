/**
 * The monthly statement job, the product's main job: every member with an email address gets
 * their points balance and the month's activity. Accounts are read in keyset pages, enriched per
 * chunk, rendered with FreeMarker and delivered through a per-(period, account) delivery record
 * so a crash never loses or repeats a message (at most the one in flight per connection).
 */
package com.loyaltybatch.statement;
