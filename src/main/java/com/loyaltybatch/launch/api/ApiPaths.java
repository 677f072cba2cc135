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
    /** Job launches and status, this product's own (no Wix counterpart). */
    static final String JOBS = "/jobs";

    /** The one site a self-hosted installation is, where the API speaks of sites. */
    static final String SITE_ID = "00000000-0000-0000-0000-000000000000";

    private ApiPaths() {
    }

    /**
     * The paths an API key opens: the Loyalty API, the jobs, and the actuator's endpoints but
     * health (a load balancer asks it without a key).
     */
    static boolean isApi(String path) {
        return path.startsWith("/loyalty-") || path.startsWith("/_api/loyalty-")
                || path.equals(JOBS) || path.startsWith(JOBS + "/")
                || path.startsWith("/actuator") && !path.equals("/actuator/health") && !path.startsWith("/actuator/health/");
    }
}
