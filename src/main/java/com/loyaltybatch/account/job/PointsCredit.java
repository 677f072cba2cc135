package com.loyaltybatch.account.job;

/** A row that passed validation: the email's key and the points to credit. */
record PointsCredit(PointsRow row, String emailKey, long points) {
}
