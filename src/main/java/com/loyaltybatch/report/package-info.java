/**
 * Job status reports: recent executions and one execution in detail, from the Spring Batch job
 * repository, as JSON, a text table or a self-contained HTML page. Knows no loyalty types: a job
 * that has more to say about its executions (failed deliveries, a chart across runs) contributes
 * it through {@link com.loyaltybatch.report.ExecutionDetails}. Everything a report shows passes
 * through one redaction step, so email addresses are masked and credentials never appear.
 */
package com.loyaltybatch.report;
