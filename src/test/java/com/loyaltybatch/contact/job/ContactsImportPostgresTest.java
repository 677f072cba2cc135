package com.loyaltybatch.contact.job;

import com.loyaltybatch.support.PostgresTest;

@PostgresTest
class ContactsImportPostgresTest extends ContactsImportTest {
}
