/** Management jobs of the program: each a one-step job around a {@link com.loyaltybatch.program.ProgramService} call. */
package com.loyaltybatch.program.job;
