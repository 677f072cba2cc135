/**
 * The {@code demo} job: seeds an empty installation with a sample program ("Coffee Club", points
 * called "Beans"), contacts, accounts and a month of ledger activity, so the monthly statement and
 * the reports have something realistic to work on. Depends on the domain packages; nothing
 * depends on it.
 */
package com.loyaltybatch.demo;
