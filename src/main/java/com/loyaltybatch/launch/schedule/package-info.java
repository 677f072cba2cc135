/**
 * Schedules from {@code jobs/*.yml} and the long-running scheduler behind {@code serve}: when a
 * job runs and with what, kept apart from what it does.
 */
package com.loyaltybatch.launch.schedule;
