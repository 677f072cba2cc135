/**
 * Contacts: the customers a loyalty account belongs to, their email consent, and their bulk
 * import. The import job lives in {@code contact.job}.
 */
package com.loyaltybatch.contact;
