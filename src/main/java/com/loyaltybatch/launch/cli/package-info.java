/** The picocli commands. Each command is a thin shell: parse, call a service or run a job, print. */
package com.loyaltybatch.launch.cli;
