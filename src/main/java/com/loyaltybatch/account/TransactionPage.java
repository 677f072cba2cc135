package com.loyaltybatch.account;

import java.util.List;

/** One page of ledger transactions; {@code nextCursor} is null on the last page. */
public record TransactionPage(List<PointsTransaction> transactions, String nextCursor) {
}
