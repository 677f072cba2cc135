package com.loyaltybatch.account.job;

import com.loyaltybatch.batch.RejectsFile;

/** One row of a points file: its line, its text as in the file (for the errors file) and its two values. */
record PointsRow(int line, String text, String email, String points) implements RejectsFile.SourceRow {
}
