/**
 * Management jobs of the program ({@link com.loyaltybatch.program.job.ProgramJobs}): each a one-step
 * job around a {@link com.loyaltybatch.program.ProgramService} call.
 */
package com.loyaltybatch.program.job;
