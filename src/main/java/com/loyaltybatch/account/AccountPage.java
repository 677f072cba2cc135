package com.loyaltybatch.account;

import java.util.List;

/** One page of accounts; {@code nextCursor} is null on the last page. */
public record AccountPage(List<Account> accounts, String nextCursor) {
}
