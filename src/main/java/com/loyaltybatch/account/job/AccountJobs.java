package com.loyaltybatch.account.job;

import com.loyaltybatch.account.AdjustRequest;
import com.loyaltybatch.account.EarnRequest;
import com.loyaltybatch.batch.JobContract;

/** The management jobs of accounts and points: their names, requests and results. */
public final class AccountJobs {

    /** {@code accounts create}: opens the account of a contact; notes its id. */
    public record Create(String contactId) {
    }

    /** {@code accounts enroll}: an account for every contact without one; notes how many it opened. */
    public record Enroll() {
    }

    /** {@code points earn}: notes the transaction's id. */
    public record Earn(String accountId, EarnRequest request) {
    }

    /** {@code points adjust}: notes the transaction's id. */
    public record Adjust(String accountId, AdjustRequest request) {
    }

    public static final JobContract<Create, String> CREATE =
            JobContract.of("accounts-create", Create.class, "accountId", String.class);
    public static final JobContract<Enroll, Long> ENROLL =
            JobContract.of("accounts-enroll", Enroll.class, "enrolled", Long.class);
    public static final JobContract<Earn, String> EARN =
            JobContract.of("points-earn", Earn.class, "transactionId", String.class);
    public static final JobContract<Adjust, String> ADJUST =
            JobContract.of("points-adjust", Adjust.class, "transactionId", String.class);

    /** {@code import-points}, a business job launched by name: its file is the business key. */
    public static final String IMPORT_POINTS = ImportPointsJobConfiguration.JOB;

    /** What {@code import-points} notes: rows credited, rows a re-run found already credited, rows rejected. */
    public static final String IMPORT_CREDITED = PointsImportWriter.CREDITED;
    public static final String IMPORT_ALREADY_CREDITED = PointsImportWriter.ALREADY_CREDITED;
    public static final String IMPORT_REJECTED = com.loyaltybatch.batch.RejectsFile.REJECTED;

    /** The launch parameters of {@code import-points} for a file and, optionally, where its rejects go. */
    public static java.util.Map<String, String> importPoints(java.nio.file.Path file, java.nio.file.Path errors) {
        return errors == null ? java.util.Map.of(ImportPointsParameters.FILE, file.toString())
                : java.util.Map.of(ImportPointsParameters.FILE, file.toString(), ImportPointsParameters.ERRORS,
                        errors.toString());
    }

    private AccountJobs() {
    }
}
