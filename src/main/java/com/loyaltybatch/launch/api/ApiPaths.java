package com.loyaltybatch.launch.api;

/**
 * Where the Loyalty API lives: each service under {@code /loyalty-<service>/v1}, and the same with
 * a leading {@code /_api}, which the Wix SDK adds for any host but Wix's own (and, on Wix's host,
 * for earning rules and imports).
 */
final class ApiPaths {

    static final String PROGRAMS = "/loyalty-programs/v1";
    static final String ACCOUNTS = "/loyalty-accounts/v1";
    static final String TRANSACTIONS = "/loyalty-transactions/v1";
    static final String REWARDS = "/loyalty-rewards/v1";
    static final String COUPONS = "/loyalty-coupons/v1";
    static final String CHECKOUT = "/loyalty-checkout-exchange/v1";
    static final String TIERS = "/loyalty-tiers/v1";
    static final String EARNING_RULES = "/loyalty-earning-rules/v1";
    static final String IMPORTS = "/loyalty-imports/v1";

    /** The one site a self-hosted installation is, where the API speaks of sites. */
    static final String SITE_ID = "00000000-0000-0000-0000-000000000000";

    private ApiPaths() {
    }

    static boolean isApi(String path) {
        return path.startsWith("/loyalty-") || path.startsWith("/_api/loyalty-");
    }
}
