package com.loyaltybatch.statement;

/** More recipients were rejected in one execution than {@code loyalty.statement.max-failed-deliveries} allows. */
class TooManyFailedDeliveriesException extends RuntimeException {

    TooManyFailedDeliveriesException(long failed, int limit) {
        super(failed + " deliveries rejected in this execution, more than loyalty.statement.max-failed-deliveries="
                + limit + "; fix the cause, then restart: what went out is not sent again");
    }
}
