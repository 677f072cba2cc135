/**
 * Job launches for every front door ({@link com.loyaltybatch.launch.JobRunner}: by contract, by
 * name with text parameters, restart, stop, recover) and the mapping of outcomes to exit codes.
 * The command line lives in {@code launch.cli}, schedules and {@code serve} in
 * {@code launch.schedule}; both use this package, never the other way round.
 */
package com.loyaltybatch.launch;
