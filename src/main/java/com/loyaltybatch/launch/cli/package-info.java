/**
 * The command line ({@code java -jar loyalty.jar <command>}): the picocli commands and their entry
 * point. Each command is a thin shell: parse, build the validated request and run its job through
 * a contract (or call a service to read), print.
 */
package com.loyaltybatch.launch.cli;
