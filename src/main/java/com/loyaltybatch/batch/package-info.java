/**
 * Spring Batch support shared by the feature jobs: the typed job contract ({@link
 * com.loyaltybatch.batch.JobContract}) and the one-step management jobs built from it, the
 * parameters of jobs launched by name ({@link com.loyaltybatch.batch.LaunchParameters}, {@link
 * com.loyaltybatch.batch.RunDay}), and the import toolkit ({@link com.loyaltybatch.batch.Csv},
 * {@link com.loyaltybatch.batch.RejectsFile}, {@link com.loyaltybatch.batch.ImportResult}). Uses the
 * shared kernel's refusals and knows no feature.
 */
package com.loyaltybatch.batch;
