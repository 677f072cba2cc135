/** Management jobs of accounts and points: each a one-step job around an {@link com.loyaltybatch.account.AccountService} call. */
package com.loyaltybatch.account.job;
